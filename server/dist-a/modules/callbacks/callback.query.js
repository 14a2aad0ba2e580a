"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.likePattern = void 0;
exports.periodRange = periodRange;
exports.personalDataSearch = personalDataSearch;
exports.callbackWhere = callbackWhere;
const shared_1 = require("@hf/shared");
const graphql_1 = require("graphql");
const node_1 = require("../../graphql/node");
const access_1 = require("../users/access");
function periodRange(period) {
    if (!(0, shared_1.isPeriodKey)(period)) {
        throw new graphql_1.GraphQLError('period must look like 2026Q3 or 2026-07', { extensions: { code: shared_1.ErrorCode.BAD_USER_INPUT, field: ['filter', 'period'] } });
    }
    return (0, shared_1.parsePeriod)(period);
}
const likePattern = (text) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
exports.likePattern = likePattern;
/**
 * Text search in residents' name and unit only where the caller may read them: otherwise a search would tell
 * a caller without pii:read whose ticket a row is (seed 001: 保护客户隐私，不得泄露个人信息).
 */
function personalDataSearch(access, wrap, like) {
    const allowed = access.piiProjectIds?.filter((id) => access.projectIds.includes(id)) ?? [];
    if (allowed.length === 0)
        return [];
    return [wrap({ project: { $in: allowed }, $or: [{ ownerName: { $ilike: like } }, { unit: { $ilike: like } }] })];
}
/** The filter of the callbacks list as a MikroORM query, always limited to the viewer's projects. */
function callbackWhere(viewer, filter, now = new Date()) {
    const and = [{ project: { $in: (0, access_1.projectArgument)(viewer, filter?.projectId) } }];
    if (filter?.kinds?.length)
        and.push({ ticket: { kind: { $in: filter.kinds } } });
    if (filter?.statuses?.length)
        and.push({ status: { $in: filter.statuses } });
    if (filter?.purposes?.length)
        and.push({ purpose: { $in: filter.purposes } });
    if (filter?.period) {
        const range = periodRange(filter.period);
        and.push({ anchorDate: { $gte: range.from, $lte: range.to } });
    }
    if (filter?.assigneeId) {
        const decoded = (0, node_1.decodeGlobalId)(filter.assigneeId);
        if (!decoded || decoded.typeName !== 'User') {
            throw new graphql_1.GraphQLError('assigneeId is not a User id', { extensions: { code: shared_1.ErrorCode.BAD_USER_INPUT, field: ['filter', 'assigneeId'] } });
        }
        and.push({ $or: [{ assignee: decoded.id }, { coAssignee: decoded.id }] });
    }
    const today = (0, shared_1.toLocalDate)(now);
    if (filter?.overdue === true)
        and.push({ status: shared_1.CallbackStatus.PLANNED, windowTo: { $lt: today } });
    if (filter?.overdue === false)
        and.push({ $or: [{ status: { $ne: shared_1.CallbackStatus.PLANNED } }, { windowTo: { $gte: today } }] });
    if (filter?.due)
        and.push({ status: shared_1.CallbackStatus.PLANNED, windowFrom: { $lte: today } });
    if (filter?.text?.trim()) {
        const like = (0, exports.likePattern)(filter.text.trim());
        and.push({
            $or: [
                { serialCode: { $ilike: like } },
                { ticket: { number: { $ilike: like } } },
                { ticket: { summary: { $ilike: like } } },
                ...personalDataSearch(viewer, (match) => ({ ticket: match }), like),
            ],
        });
    }
    return { $and: and };
}
//# sourceMappingURL=callback.query.js.map