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
exports.CallbackResolver = void 0;
const shared_1 = require("@hf/shared");
const type_graphql_1 = require("type-graphql");
const query_limits_1 = require("../../graphql/query-limits");
const enums_1 = require("../../graphql/enums");
const paginate_1 = require("../../graphql/paginate");
const read_model_1 = require("../../graphql/read-model");
const user_error_1 = require("../../graphql/user-error");
const project_entity_1 = require("../projects/project.entity");
const ticket_entity_1 = require("../tickets/ticket.entity");
const ticket_types_1 = require("../tickets/ticket.types");
const access_1 = require("../users/access");
const user_entity_1 = require("../users/user.entity");
const callback_entity_1 = require("./callback.entity");
const callback_page_read_model_1 = require("./callback-page.read-model");
const callback_query_1 = require("./callback.query");
const callback_service_1 = require("./callback.service");
const callback_types_1 = require("./callback.types");
const overdue_1 = require("./overdue");
const STAFF = [shared_1.Role.CLERK, shared_1.Role.SUPERVISOR, shared_1.Role.DEPARTMENT_SUPERVISOR, shared_1.Role.PROJECT_MANAGER, shared_1.Role.ADMIN];
const PERFORMERS = [shared_1.Role.CLERK, shared_1.Role.SUPERVISOR, shared_1.Role.DEPARTMENT_SUPERVISOR, shared_1.Role.PROJECT_MANAGER];
let CallbackResolver = class CallbackResolver {
    async callbacks(ctx, first, after, filter, orderBy) {
        const viewer = (0, access_1.requireCaller)(ctx);
        return (0, paginate_1.paginate)(ctx.em, callback_entity_1.Callback, (0, callback_query_1.callbackWhere)(viewer, filter), {
            first: (0, query_limits_1.pageSizeFor)(ctx, first),
            after,
            orderBy: orderBy?.field ?? callback_types_1.CallbackOrderField.SERIAL_CODE,
            direction: orderBy?.direction ?? enums_1.SortDirection.ASC,
        }, (0, callback_page_read_model_1.readCallbackPage)(ctx.em));
    }
    ticket(callback) {
        return (0, read_model_1.related)(callback.ticket);
    }
    project(callback) {
        return (0, read_model_1.related)(callback.project);
    }
    assignee(callback) {
        return (0, read_model_1.relatedOrNull)(callback.assignee);
    }
    coAssignee(callback) {
        return (0, read_model_1.relatedOrNull)(callback.coAssignee);
    }
    recordedBy(callback) {
        return (0, read_model_1.relatedOrNull)(callback.recordedBy);
    }
    reviewedBy(callback) {
        return (0, read_model_1.relatedOrNull)(callback.reviewedBy);
    }
    escalatedTo(callback) {
        return (0, read_model_1.relatedOrNull)(callback.escalatedTo);
    }
    handlingBy(callback) {
        return (0, read_model_1.relatedOrNull)(callback.handlingBy);
    }
    overdue(callback) {
        return (0, overdue_1.isOverdue)(callback.status, callback.windowTo, (0, shared_1.toLocalDate)(new Date()));
    }
    voided(callback) {
        return callback.status === shared_1.CallbackStatus.VOIDED;
    }
    attempts(callback, ctx) {
        return ctx.em.find(callback_entity_1.CallbackAttempt, { callback: callback.id }, { orderBy: { attemptedAt: 'asc', id: 'asc' } });
    }
    async updateCallbacks(input, ctx) {
        const result = await (0, user_error_1.withUserErrors)(() => (0, callback_service_1.updateCallbacks)(ctx.em, (0, access_1.requireViewer)(ctx), input));
        return { callbacks: result.callbacks ?? [], savedCount: result.savedCount ?? 0, userErrors: result.userErrors };
    }
    async addCallback(input, ctx) {
        return (0, user_error_1.withUserErrors)(async () => ({ callback: await (0, callback_service_1.addCallback)(ctx.em, (0, access_1.requireViewer)(ctx), input) }));
    }
    async recordCallbackAttempt(input, ctx) {
        return (0, user_error_1.withUserErrors)(async () => ({ callback: await (0, callback_service_1.recordAttempt)(ctx.em, (0, access_1.requireViewer)(ctx), input) }));
    }
    async recordCallbackResult(input, ctx) {
        return (0, user_error_1.withUserErrors)(async () => ({ callback: await (0, callback_service_1.recordCallbackResult)(ctx.em, (0, access_1.requireViewer)(ctx), input) }));
    }
    async reviewCallback(input, ctx) {
        return (0, user_error_1.withUserErrors)(async () => ({ callback: await (0, callback_service_1.reviewCallback)(ctx.em, (0, access_1.requireViewer)(ctx), input) }));
    }
    async escalateCallback(input, ctx) {
        return (0, user_error_1.withUserErrors)(async () => ({ callback: await (0, callback_service_1.escalateCallback)(ctx.em, (0, access_1.requireViewer)(ctx), input) }));
    }
    async writeHandlingOpinion(input, ctx) {
        return (0, user_error_1.withUserErrors)(async () => ({ callback: await (0, callback_service_1.writeHandlingOpinion)(ctx.em, (0, access_1.requireViewer)(ctx), input) }));
    }
    async closeCallback(input, ctx) {
        return (0, user_error_1.withUserErrors)(async () => ({ callback: await (0, callback_service_1.closeCallback)(ctx.em, (0, access_1.requireViewer)(ctx), input) }));
    }
    async voidCallback(input, ctx) {
        return (0, user_error_1.withUserErrors)(async () => ({ callback: await (0, callback_service_1.voidCallback)(ctx.em, (0, access_1.requireViewer)(ctx), input) }));
    }
};
exports.CallbackResolver = CallbackResolver;
__decorate([
    (0, type_graphql_1.Authorized)(shared_1.ApiScope.CALLBACKS_READ),
    (0, type_graphql_1.Query)(() => callback_types_1.CallbackConnection, { description: '《业主回访记录表》 rows, in serial order by default' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('first', () => type_graphql_1.Int, { nullable: true, description: '1–500 for staff, 1–100 for API tokens; default 50' })),
    __param(2, (0, type_graphql_1.Arg)('after', () => String, { nullable: true })),
    __param(3, (0, type_graphql_1.Arg)('filter', () => callback_types_1.CallbackFilter, { nullable: true })),
    __param(4, (0, type_graphql_1.Arg)('orderBy', () => callback_types_1.CallbackOrder, { nullable: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Number, String, callback_types_1.CallbackFilter,
        callback_types_1.CallbackOrder]),
    __metadata("design:returntype", Promise)
], CallbackResolver.prototype, "callbacks", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => ticket_entity_1.Ticket),
    __param(0, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [callback_entity_1.Callback]),
    __metadata("design:returntype", void 0)
], CallbackResolver.prototype, "ticket", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => project_entity_1.Project),
    __param(0, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [callback_entity_1.Callback]),
    __metadata("design:returntype", void 0)
], CallbackResolver.prototype, "project", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => user_entity_1.User, { nullable: true }),
    __param(0, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [callback_entity_1.Callback]),
    __metadata("design:returntype", void 0)
], CallbackResolver.prototype, "assignee", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => user_entity_1.User, { nullable: true }),
    __param(0, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [callback_entity_1.Callback]),
    __metadata("design:returntype", void 0)
], CallbackResolver.prototype, "coAssignee", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => user_entity_1.User, { nullable: true }),
    __param(0, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [callback_entity_1.Callback]),
    __metadata("design:returntype", void 0)
], CallbackResolver.prototype, "recordedBy", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => user_entity_1.User, { nullable: true, description: '审核人' }),
    __param(0, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [callback_entity_1.Callback]),
    __metadata("design:returntype", void 0)
], CallbackResolver.prototype, "reviewedBy", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => user_entity_1.User, { nullable: true }),
    __param(0, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [callback_entity_1.Callback]),
    __metadata("design:returntype", void 0)
], CallbackResolver.prototype, "escalatedTo", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => user_entity_1.User, { nullable: true }),
    __param(0, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [callback_entity_1.Callback]),
    __metadata("design:returntype", void 0)
], CallbackResolver.prototype, "handlingBy", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => Boolean, { description: 'window passed without being done (derived)' }),
    __param(0, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [callback_entity_1.Callback]),
    __metadata("design:returntype", Boolean)
], CallbackResolver.prototype, "overdue", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => Boolean),
    __param(0, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [callback_entity_1.Callback]),
    __metadata("design:returntype", Boolean)
], CallbackResolver.prototype, "voided", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [callback_entity_1.CallbackAttempt]),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [callback_entity_1.Callback, Object]),
    __metadata("design:returntype", Promise)
], CallbackResolver.prototype, "attempts", null);
__decorate([
    (0, type_graphql_1.Authorized)(...STAFF),
    (0, type_graphql_1.Mutation)(() => callback_types_1.UpdateCallbacksPayload, { description: 'many cell edits at once (grid paste); each row with its version' }),
    __param(0, (0, type_graphql_1.Arg)('input', () => callback_types_1.UpdateCallbacksInput)),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [callback_types_1.UpdateCallbacksInput, Object]),
    __metadata("design:returntype", Promise)
], CallbackResolver.prototype, "updateCallbacks", null);
__decorate([
    (0, type_graphql_1.Authorized)(shared_1.Role.CLERK, shared_1.Role.SUPERVISOR, shared_1.Role.ADMIN),
    (0, type_graphql_1.Mutation)(() => callback_types_1.CallbackPayload, { description: 'add a callback for any ticket by hand' }),
    __param(0, (0, type_graphql_1.Arg)('input', () => callback_types_1.AddCallbackInput)),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [callback_types_1.AddCallbackInput, Object]),
    __metadata("design:returntype", Promise)
], CallbackResolver.prototype, "addCallback", null);
__decorate([
    (0, type_graphql_1.Authorized)(...PERFORMERS),
    (0, type_graphql_1.Mutation)(() => callback_types_1.CallbackPayload, { description: 'an attempt that reached nobody, or an owner who asked to be called later' }),
    __param(0, (0, type_graphql_1.Arg)('input', () => callback_types_1.RecordAttemptInput)),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [callback_types_1.RecordAttemptInput, Object]),
    __metadata("design:returntype", Promise)
], CallbackResolver.prototype, "recordCallbackAttempt", null);
__decorate([
    (0, type_graphql_1.Authorized)(...PERFORMERS),
    (0, type_graphql_1.Mutation)(() => callback_types_1.CallbackPayload, { description: 'record the result of a callback (the whole row)' }),
    __param(0, (0, type_graphql_1.Arg)('input', () => callback_types_1.RecordCallbackResultInput)),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [callback_types_1.RecordCallbackResultInput, Object]),
    __metadata("design:returntype", Promise)
], CallbackResolver.prototype, "recordCallbackResult", null);
__decorate([
    (0, type_graphql_1.Authorized)(shared_1.Role.SUPERVISOR),
    (0, type_graphql_1.Mutation)(() => callback_types_1.CallbackPayload, { description: '审核: qualified → REVIEWED, unqualified → ESCALATED to the project manager' }),
    __param(0, (0, type_graphql_1.Arg)('input', () => callback_types_1.CallbackActionInput)),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [callback_types_1.CallbackActionInput, Object]),
    __metadata("design:returntype", Promise)
], CallbackResolver.prototype, "reviewCallback", null);
__decorate([
    (0, type_graphql_1.Authorized)(shared_1.Role.SUPERVISOR),
    (0, type_graphql_1.Mutation)(() => callback_types_1.CallbackPayload, { description: '上报项目经理' }),
    __param(0, (0, type_graphql_1.Arg)('input', () => callback_types_1.CallbackActionInput)),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [callback_types_1.CallbackActionInput, Object]),
    __metadata("design:returntype", Promise)
], CallbackResolver.prototype, "escalateCallback", null);
__decorate([
    (0, type_graphql_1.Authorized)(shared_1.Role.PROJECT_MANAGER),
    (0, type_graphql_1.Mutation)(() => callback_types_1.CallbackPayload, { description: '处理意见: closes an escalated callback' }),
    __param(0, (0, type_graphql_1.Arg)('input', () => callback_types_1.CallbackActionInput)),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [callback_types_1.CallbackActionInput, Object]),
    __metadata("design:returntype", Promise)
], CallbackResolver.prototype, "writeHandlingOpinion", null);
__decorate([
    (0, type_graphql_1.Authorized)(shared_1.Role.SUPERVISOR),
    (0, type_graphql_1.Mutation)(() => callback_types_1.CallbackPayload),
    __param(0, (0, type_graphql_1.Arg)('input', () => callback_types_1.CallbackActionInput)),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [callback_types_1.CallbackActionInput, Object]),
    __metadata("design:returntype", Promise)
], CallbackResolver.prototype, "closeCallback", null);
__decorate([
    (0, type_graphql_1.Authorized)(shared_1.Role.SUPERVISOR, shared_1.Role.ADMIN),
    (0, type_graphql_1.Mutation)(() => callback_types_1.CallbackPayload, { description: '作废: kept with its serial code and the reason' }),
    __param(0, (0, type_graphql_1.Arg)('input', () => ticket_types_1.VoidInput)),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [ticket_types_1.VoidInput, Object]),
    __metadata("design:returntype", Promise)
], CallbackResolver.prototype, "voidCallback", null);
exports.CallbackResolver = CallbackResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => callback_entity_1.Callback)
], CallbackResolver);
//# sourceMappingURL=callback.resolver.js.map