"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_SPOT_CHECK_RATE_PERCENT = void 0;
exports.resolvePeriod = resolvePeriod;
exports.statisticsParameters = statisticsParameters;
exports.computeQuarterlyStatistics = computeQuarterlyStatistics;
const shared_1 = require("@hf/shared");
const graphql_1 = require("graphql");
const node_1 = require("../../graphql/node");
const project_entity_1 = require("../projects/project.entity");
const statistics_sql_1 = require("./statistics.sql");
/** seed 004: 主管每季度抽查20%的维修记录 */
exports.DEFAULT_SPOT_CHECK_RATE_PERCENT = 20;
/** The period asked for, or the current one in the project's setting (quarter by default, month per seed 001). */
function resolvePeriod(project, period, now = new Date()) {
    if (period === null || period === undefined || period === '') {
        return (0, shared_1.parsePeriod)((0, shared_1.periodOf)((0, shared_1.toLocalDate)(now), project.statisticsPeriod ?? shared_1.StatisticsPeriod.QUARTER));
    }
    if (!(0, shared_1.isPeriodKey)(period)) {
        throw new graphql_1.GraphQLError('统计期间格式应为 2026Q3 或 2026-07 (period must look like 2026Q3 or 2026-07)', {
            extensions: { code: shared_1.ErrorCode.BAD_USER_INPUT, field: ['period'] },
        });
    }
    return (0, shared_1.parsePeriod)(period);
}
/** The statement's parameters, in $n order (see statistics.sql.ts). */
function statisticsParameters(projectId, range, today) {
    return [
        projectId,
        (0, shared_1.startOfLocalDate)(range.from),
        (0, shared_1.startOfLocalDate)((0, shared_1.addDays)(range.to, 1)),
        range.from,
        range.to,
        today,
        shared_1.BUSINESS_UTC_OFFSET_MINUTES,
        exports.DEFAULT_SPOT_CHECK_RATE_PERCENT,
    ];
}
const rate = (value) => (value === null ? null : Number(value));
async function computeQuarterlyStatistics(em, projectId, period, now = new Date(), asOf) {
    const project = await em.findOneOrFail(project_entity_1.Project, projectId);
    const range = resolvePeriod(project, period, now);
    const today = asOf ?? (0, shared_1.toLocalDate)(now);
    const { sql, bindings } = (0, statistics_sql_1.positionalToKnex)(statistics_sql_1.QUARTERLY_STATISTICS_SQL, statisticsParameters(projectId, range, today));
    const [row] = await em.execute(sql, bindings);
    const kindRows = row.kinds.map((k) => ({
        ...k,
        achievedRatePercent: rate(k.achievedRatePercent),
        targetRatePercent: rate(k.targetRatePercent),
    }));
    const satisfaction = {
        distribution: Object.values(shared_1.Satisfaction).map((level) => ({ level, count: row.satisfaction[level] })),
        rated: row.satisfaction.rated,
        satisfiedRatePercent: rate(row.satisfaction.rate),
    };
    const unqualifiedCallbacks = row.unqualified.map((u) => ({
        projectId: project.id,
        callbackId: (0, node_1.encodeGlobalId)('Callback', u.id),
        serialCode: u.serial_code,
        ticketNumber: u.ticket_number,
        kind: u.kind,
        ownerName: u.owner_name,
        unit: u.unit,
        phone: u.phone ?? null,
        summary: u.summary,
        purpose: u.purpose,
        status: u.status,
        performedAt: u.performed_at ? new Date(u.performed_at) : null,
        visitors: u.visitors ?? null,
        satisfaction: u.satisfaction ?? null,
        shortcomings: u.shortcomings ?? null,
        suggestions: u.suggestions ?? null,
        reviewOpinion: u.review_opinion ?? null,
        escalatedTo: u.escalated_to ?? null,
        handlingOpinion: u.handling_opinion ?? null,
        followUp: u.follow_up ?? null,
    }));
    const repeated = (rows) => rows.map((r) => ({
        ...Object.fromEntries(Object.entries(r).filter(([key]) => !key.includes('_'))),
        projectId: project.id,
        ownerNames: r.owner_names,
        ticketNumbers: r.ticket_numbers,
        firstReceivedOn: r.first_received_on,
        lastReceivedOn: r.last_received_on,
    }));
    return {
        projectId: (0, node_1.encodeGlobalId)('Project', project.id),
        projectCode: project.code,
        projectName: project.name,
        period: range.key,
        periodKind: range.kind,
        from: range.from,
        to: range.to,
        asOf: today,
        computedAt: now,
        kinds: kindRows.filter((k) => k.kind !== null),
        totals: kindRows.find((k) => k.kind === null),
        satisfaction,
        unqualifiedCallbacks,
        repeatedComplaints: repeated(row.repeated_complaints),
        repeatedRepairs: repeated(row.repeated_repairs),
        spotCheck: row.spot_check,
    };
}
//# sourceMappingURL=statistics.service.js.map