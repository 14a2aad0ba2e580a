"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.periodArgument = periodArgument;
exports.previousPeriod = previousPeriod;
exports.archiveStatus = archiveStatus;
exports.archivePeriod = archivePeriod;
const shared_1 = require("@hf/shared");
const node_1 = require("../../graphql/node");
const user_error_1 = require("../../graphql/user-error");
const project_entity_1 = require("../projects/project.entity");
const access_1 = require("../users/access");
const user_entity_1 = require("../users/user.entity");
function periodArgument(period, field = 'period') {
    if (!(0, shared_1.isPeriodKey)(period)) {
        throw user_error_1.DomainError.of(shared_1.ErrorCode.BAD_USER_INPUT, field, '统计期间格式应为 2026Q3 或 2026-07 (period must look like 2026Q3 or 2026-07)');
    }
    return (0, shared_1.parsePeriod)(period);
}
/** The period due for archiving now: the one before today's, in the project's setting. */
function previousPeriod(project, now) {
    const current = (0, shared_1.parsePeriod)((0, shared_1.periodOf)((0, shared_1.toLocalDate)(now), project.statisticsPeriod));
    return (0, shared_1.periodOf)((0, shared_1.addDays)(current.from, -1), project.statisticsPeriod);
}
async function archiveStatus(em, project, period, now = new Date()) {
    const range = periodArgument(period);
    const [row] = await em.execute(`select archived_at, archived_by_id from archived_period
      where project_id = ? and from_date <= ? and to_date >= ? order by archived_at limit 1`, [project.id, range.to, range.from]);
    const dueDate = (0, shared_1.archiveDueDate)(range.key);
    return {
        projectId: (0, node_1.encodeGlobalId)('Project', project.id),
        period: range.key,
        from: range.from,
        to: range.to,
        archived: Boolean(row),
        archivedAt: row ? new Date(row.archived_at) : null,
        archivedBy: row?.archived_by_id ? await em.findOne(user_entity_1.User, row.archived_by_id) : null,
        dueDate,
        reminder: !row && (0, shared_1.toLocalDate)(now) > dueDate,
        retentionYears: project.retentionYears,
        keepUntil: (0, shared_1.addMonths)(range.to, 12 * project.retentionYears),
    };
}
/** 存档 by the service supervisor: from now on every record of the period is read-only for everyone. */
async function archivePeriod(em, viewer, input, now = new Date()) {
    const projectId = (0, access_1.parseId)(input.projectId, 'Project', 'projectId');
    (0, access_1.assertProjectAccess)(viewer, projectId);
    const range = periodArgument(input.period);
    if (range.to >= (0, shared_1.toLocalDate)(now)) {
        throw user_error_1.DomainError.of(shared_1.ErrorCode.INVALID_STATE, 'period', '期间尚未结束，不能存档 (the period has not ended yet)');
    }
    return em.transactional(async (tx) => {
        // the project row serialises two supervisors archiving overlapping periods at once
        const [project] = await tx.execute('select id from project where id = ? for update', [projectId]);
        if (!project)
            throw user_error_1.DomainError.of(shared_1.ErrorCode.NOT_FOUND, 'projectId', '记录不存在或无权访问 (not found)');
        const overlapping = await tx.execute('select period from archived_period where project_id = ? and from_date <= ? and to_date >= ? limit 1', [projectId, range.to, range.from]);
        if (overlapping.length) {
            throw user_error_1.DomainError.of(shared_1.ErrorCode.INVALID_STATE, 'period', `已存档 (${overlapping[0].period} is already archived)`);
        }
        await tx.execute('insert into archived_period (project_id, period, from_date, to_date, archived_at, archived_by_id) values (?, ?, ?, ?, ?, ?)', [projectId, range.key, range.from, range.to, now, viewer.user.id]);
        return archiveStatus(tx, await tx.findOneOrFail(project_entity_1.Project, projectId), range.key, now);
    });
}
//# sourceMappingURL=archive.service.js.map