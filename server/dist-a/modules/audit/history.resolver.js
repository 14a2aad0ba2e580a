"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.historyResolvers = exports.ChangeRecordResolver = exports.ChangeRecordConnection = void 0;
exports.loadHistory = loadHistory;
exports.historyResolverFor = historyResolverFor;
const type_graphql_1 = require("type-graphql");
const connection_1 = require("../../graphql/connection");
const query_limits_1 = require("../../graphql/query-limits");
const api_token_entity_1 = require("../api-tokens/api-token.entity");
const callback_entity_1 = require("../callbacks/callback.entity");
const callback_policy_entity_1 = require("../policies/callback-policy.entity");
const quarterly_report_entity_1 = require("../statistics/quarterly-report.entity");
const ticket_entity_1 = require("../tickets/ticket.entity");
const user_entity_1 = require("../users/user.entity");
const change_record_entity_1 = require("./change-record.entity");
exports.ChangeRecordConnection = (0, connection_1.Connection)(change_record_entity_1.ChangeRecord, 'ChangeRecord');
/** One page of a record's history, oldest first (keyset on the change_record id). */
async function loadHistory(ctx, entityType, entityId, first, after) {
    const afterId = after ? String((0, connection_1.decodeCursor)(after)[1]) : null;
    const where = { entityType, entityId, ...(afterId ? { id: { $gt: afterId } } : {}) };
    const rows = await ctx.em.find(change_record_entity_1.ChangeRecord, where, { orderBy: { id: 'asc' }, limit: first + 1 });
    const page = rows.slice(0, first);
    const edges = page.map((node) => ({ node, cursor: (0, connection_1.encodeCursor)('h', Number(node.id)) }));
    return {
        edges,
        pageInfo: {
            hasNextPage: rows.length > first,
            hasPreviousPage: Boolean(after),
            startCursor: edges[0]?.cursor ?? null,
            endCursor: edges[edges.length - 1]?.cursor ?? null,
        },
        totalCount: () => ctx.em.count(change_record_entity_1.ChangeRecord, { entityType, entityId }),
    };
}
/**
 * Adds `history` (who, when, field, old → new; read-only — the table refuses UPDATE, DELETE and TRUNCATE) to a
 * type whose rows the HistorySubscriber audits. The row was reachable, so its history is too; personal data in
 * it is masked by the ChangeRecord fields themselves.
 */
function historyResolverFor(type, entityType = type.name) {
    let HistoryResolver = class HistoryResolver {
        history(row, ctx, first, after) {
            return loadHistory(ctx, entityType, row.id, (0, query_limits_1.pageSizeFor)(ctx, first), after);
        }
    };
    __decorate([
        (0, type_graphql_1.FieldResolver)(() => exports.ChangeRecordConnection, { description: '变更历史: every change of this record (who, when, field, old → new), oldest first' }),
        __param(0, (0, type_graphql_1.Root)()),
        __param(1, (0, type_graphql_1.Ctx)()),
        __param(2, (0, type_graphql_1.Arg)('first', () => type_graphql_1.Int, { nullable: true, description: '1–100 for API tokens, 1–500 for staff; default 50' })),
        __param(3, (0, type_graphql_1.Arg)('after', () => String, { nullable: true })),
        __metadata("design:type", Function),
        __metadata("design:paramtypes", [Object, Object, Number, String]),
        __metadata("design:returntype", void 0)
    ], HistoryResolver.prototype, "history", null);
    HistoryResolver = __decorate([
        (0, type_graphql_1.Resolver)(() => type)
    ], HistoryResolver);
    Object.defineProperty(HistoryResolver, 'name', { value: `${entityType}HistoryResolver` });
    return HistoryResolver;
}
let ChangeRecordResolver = class ChangeRecordResolver {
    changedBy(record, ctx) {
        return record.changedById ? ctx.em.findOne(user_entity_1.User, record.changedById) : null;
    }
    async changedByApiToken(record, ctx) {
        return record.changedByTokenId ? ((await ctx.em.findOne(api_token_entity_1.ApiToken, record.changedByTokenId))?.name ?? null) : null;
    }
};
exports.ChangeRecordResolver = ChangeRecordResolver;
__decorate([
    (0, type_graphql_1.FieldResolver)(() => user_entity_1.User, { nullable: true, description: 'the member of staff who made the change' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [change_record_entity_1.ChangeRecord, Object]),
    __metadata("design:returntype", void 0)
], ChangeRecordResolver.prototype, "changedBy", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => String, { nullable: true, description: 'the other system (API token name) that made the change' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [change_record_entity_1.ChangeRecord, Object]),
    __metadata("design:returntype", Promise)
], ChangeRecordResolver.prototype, "changedByApiToken", null);
exports.ChangeRecordResolver = ChangeRecordResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => change_record_entity_1.ChangeRecord)
], ChangeRecordResolver);
/** The audited types that show their history; add a line for a new audited type. */
exports.historyResolvers = [
    historyResolverFor(ticket_entity_1.Ticket), historyResolverFor(callback_entity_1.Callback), historyResolverFor(callback_policy_entity_1.CallbackPolicy), historyResolverFor(quarterly_report_entity_1.QuarterlyReport),
];
//# sourceMappingURL=history.resolver.js.map