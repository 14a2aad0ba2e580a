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
exports.NodeResolver = void 0;
const type_graphql_1 = require("type-graphql");
const callback_entity_1 = require("../modules/callbacks/callback.entity");
const owner_entity_1 = require("../modules/owners/owner.entity");
const callback_policy_entity_1 = require("../modules/policies/callback-policy.entity");
const project_entity_1 = require("../modules/projects/project.entity");
const ticket_entity_1 = require("../modules/tickets/ticket.entity");
const quarterly_report_entity_1 = require("../modules/statistics/quarterly-report.entity");
const access_1 = require("../modules/users/access");
const shared_1 = require("@hf/shared");
const graphql_1 = require("graphql");
const user_entity_1 = require("../modules/users/user.entity");
const workbook_export_entity_1 = require("../modules/exports/workbook-export.entity");
const context_1 = require("./context");
const node_1 = require("./node");
const NODE_TYPES = {
    Project: project_entity_1.Project, Department: project_entity_1.Department, Owner: owner_entity_1.Owner, Ticket: ticket_entity_1.Ticket, Callback: callback_entity_1.Callback, CallbackPolicy: callback_policy_entity_1.CallbackPolicy, User: user_entity_1.User, QuarterlyReport: quarterly_report_entity_1.QuarterlyReport, WorkbookExport: workbook_export_entity_1.WorkbookExport,
};
/** What an API token needs to look a type up by id (null: any scope; absent: staff only). */
const TOKEN_SCOPES = {
    Project: null,
    Department: null,
    Owner: [shared_1.ApiScope.TICKETS_READ],
    Ticket: [shared_1.ApiScope.TICKETS_READ],
    Callback: [shared_1.ApiScope.CALLBACKS_READ],
    CallbackPolicy: [shared_1.ApiScope.CALLBACKS_READ],
    QuarterlyReport: [shared_1.ApiScope.STATISTICS_READ],
};
let NodeResolver = class NodeResolver {
    async node(id, ctx) {
        const viewer = (0, access_1.requireCaller)(ctx);
        const decoded = (0, node_1.decodeGlobalId)(id);
        // a malformed id is the caller's mistake; a well-formed one that is unknown or not theirs is simply null
        if (!decoded)
            throw new graphql_1.GraphQLError('不是有效的 ID (not a global id)', { extensions: { code: shared_1.ErrorCode.BAD_USER_INPUT, field: ['id'] } });
        const entity = NODE_TYPES[decoded.typeName];
        if (!entity)
            return null;
        if ((0, context_1.isTokenCaller)(viewer)) {
            const needed = TOKEN_SCOPES[decoded.typeName];
            if (needed === undefined || (needed && !needed.some((s) => viewer.token.scopes.includes(s))))
                return null;
        }
        const found = (await ctx.em.findOne(entity, { id: decoded.id }));
        if (!found)
            return null;
        if (found instanceof project_entity_1.Project)
            return viewer.projectIds.includes(found.id) ? found : null;
        if (found instanceof user_entity_1.User)
            return found;
        const project = found.project;
        return project && viewer.projectIds.includes(project.id) ? found : null;
    }
};
exports.NodeResolver = NodeResolver;
__decorate([
    (0, type_graphql_1.Authorized)(...shared_1.ALL_API_SCOPES),
    (0, type_graphql_1.Query)(() => node_1.Node, { nullable: true, description: 'any object by its global ID; null when it does not exist or is not yours to see' }),
    __param(0, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID)),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", Promise)
], NodeResolver.prototype, "node", null);
exports.NodeResolver = NodeResolver = __decorate([
    (0, type_graphql_1.Resolver)()
], NodeResolver);
//# sourceMappingURL=node.resolver.js.map