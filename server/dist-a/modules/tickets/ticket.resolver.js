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
exports.TicketResolver = void 0;
const shared_1 = require("@hf/shared");
const type_graphql_1 = require("type-graphql");
const query_limits_1 = require("../../graphql/query-limits");
const enums_1 = require("../../graphql/enums");
const paginate_1 = require("../../graphql/paginate");
const user_error_1 = require("../../graphql/user-error");
const callback_entity_1 = require("../callbacks/callback.entity");
const callback_query_1 = require("../callbacks/callback.query");
const project_entity_1 = require("../projects/project.entity");
const access_1 = require("../users/access");
const ticket_entity_1 = require("./ticket.entity");
const ticket_service_1 = require("./ticket.service");
const ticket_types_1 = require("./ticket.types");
const shared_2 = require("@hf/shared");
const WRITERS = [shared_1.Role.CLERK, shared_1.Role.SUPERVISOR, shared_1.Role.PROJECT_MANAGER, shared_1.Role.ADMIN];
let CompleteTicketPayload = class CompleteTicketPayload {
};
__decorate([
    (0, type_graphql_1.Field)(() => ticket_entity_1.Ticket, { nullable: true }),
    __metadata("design:type", Object)
], CompleteTicketPayload.prototype, "ticket", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [callback_entity_1.Callback], { description: 'the callbacks scheduled by the policy and sampling' }),
    __metadata("design:type", Array)
], CompleteTicketPayload.prototype, "callbacks", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [user_error_1.UserError]),
    __metadata("design:type", Array)
], CompleteTicketPayload.prototype, "userErrors", void 0);
CompleteTicketPayload = __decorate([
    (0, type_graphql_1.ObjectType)()
], CompleteTicketPayload);
let TicketResolver = class TicketResolver {
    async tickets(ctx, first, after, filter, orderBy) {
        const viewer = (0, access_1.requireCaller)(ctx);
        const and = [{ project: { $in: (0, access_1.projectArgument)(viewer, filter?.projectId) } }];
        if (filter?.kinds?.length)
            and.push({ kind: { $in: filter.kinds } });
        if (filter?.statuses?.length)
            and.push({ status: { $in: filter.statuses } });
        if (filter?.period) {
            const range = (0, callback_query_1.periodRange)(filter.period);
            and.push({ receivedAt: { $gte: (0, shared_2.startOfLocalDate)(range.from), $lt: (0, shared_2.startOfLocalDate)((0, shared_2.addDays)(range.to, 1)) } });
        }
        if (filter?.text?.trim()) {
            const like = (0, callback_query_1.likePattern)(filter.text.trim());
            and.push({ $or: [{ number: { $ilike: like } }, { category: { $ilike: like } }, { summary: { $ilike: like } }, ...(0, callback_query_1.personalDataSearch)(viewer, (p) => p, like)] });
        }
        return (0, paginate_1.paginate)(ctx.em, ticket_entity_1.Ticket, { $and: and }, {
            first: (0, query_limits_1.pageSizeFor)(ctx, first),
            after,
            orderBy: orderBy?.field ?? ticket_types_1.TicketOrderField.NUMBER,
            direction: orderBy?.direction ?? enums_1.SortDirection.ASC,
        });
    }
    project(ticket) {
        return ticket.project.loadOrFail();
    }
    async department(ticket) {
        return ticket.department ? ((await ticket.department.load())?.name ?? null) : null;
    }
    callbacks(ticket, ctx) {
        return ctx.em.find(callback_entity_1.Callback, { ticket: ticket.id }, { orderBy: { serialCode: 'asc' } });
    }
    async createTicket(input, ctx) {
        return (0, user_error_1.withUserErrors)(async () => ({ ticket: await (0, ticket_service_1.createTicket)(ctx.em, (0, access_1.requireCaller)(ctx), input) }));
    }
    async updateTicket(input, ctx) {
        return (0, user_error_1.withUserErrors)(async () => ({ ticket: await (0, ticket_service_1.updateTicket)(ctx.em, (0, access_1.requireViewer)(ctx), input) }));
    }
    async completeTicket(input, ctx) {
        const result = await (0, user_error_1.withUserErrors)(() => (0, ticket_service_1.completeTicket)(ctx.em, (0, access_1.requireViewer)(ctx), input));
        return { ticket: result.ticket ?? null, callbacks: result.callbacks ?? [], userErrors: result.userErrors };
    }
    async closeTicket(input, ctx) {
        return (0, user_error_1.withUserErrors)(async () => ({ ticket: await (0, ticket_service_1.closeTicket)(ctx.em, (0, access_1.requireViewer)(ctx), input.id, input.version) }));
    }
    async voidTicket(input, ctx) {
        return (0, user_error_1.withUserErrors)(async () => ({ ticket: await (0, ticket_service_1.voidTicket)(ctx.em, (0, access_1.requireViewer)(ctx), input) }));
    }
};
exports.TicketResolver = TicketResolver;
__decorate([
    (0, type_graphql_1.Authorized)(shared_1.ApiScope.TICKETS_READ),
    (0, type_graphql_1.Query)(() => ticket_types_1.TicketConnection, { description: '工单登记 (incl. the complaint register)' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('first', () => type_graphql_1.Int, { nullable: true, description: '1–500 for staff, 1–100 for API tokens; default 50' })),
    __param(2, (0, type_graphql_1.Arg)('after', () => String, { nullable: true })),
    __param(3, (0, type_graphql_1.Arg)('filter', () => ticket_types_1.TicketFilter, { nullable: true })),
    __param(4, (0, type_graphql_1.Arg)('orderBy', () => ticket_types_1.TicketOrder, { nullable: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Number, String, ticket_types_1.TicketFilter,
        ticket_types_1.TicketOrder]),
    __metadata("design:returntype", Promise)
], TicketResolver.prototype, "tickets", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => project_entity_1.Project),
    __param(0, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [ticket_entity_1.Ticket]),
    __metadata("design:returntype", Promise)
], TicketResolver.prototype, "project", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => String, { nullable: true, description: 'department involved (被投诉部门 for complaints)' }),
    __param(0, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [ticket_entity_1.Ticket]),
    __metadata("design:returntype", Promise)
], TicketResolver.prototype, "department", null);
__decorate([
    (0, type_graphql_1.Authorized)(shared_1.ApiScope.CALLBACKS_READ),
    (0, type_graphql_1.FieldResolver)(() => [callback_entity_1.Callback]),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [ticket_entity_1.Ticket, Object]),
    __metadata("design:returntype", Promise)
], TicketResolver.prototype, "callbacks", null);
__decorate([
    (0, type_graphql_1.Authorized)(...WRITERS, shared_1.ApiScope.TICKETS_WRITE),
    (0, type_graphql_1.Mutation)(() => ticket_types_1.TicketPayload, { description: 'also for a call-centre system with an API token holding tickets:write' }),
    __param(0, (0, type_graphql_1.Arg)('input', () => ticket_types_1.CreateTicketInput)),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [ticket_types_1.CreateTicketInput, Object]),
    __metadata("design:returntype", Promise)
], TicketResolver.prototype, "createTicket", null);
__decorate([
    (0, type_graphql_1.Authorized)(...WRITERS),
    (0, type_graphql_1.Mutation)(() => ticket_types_1.TicketPayload),
    __param(0, (0, type_graphql_1.Arg)('input', () => ticket_types_1.UpdateTicketInput)),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [ticket_types_1.UpdateTicketInput, Object]),
    __metadata("design:returntype", Promise)
], TicketResolver.prototype, "updateTicket", null);
__decorate([
    (0, type_graphql_1.Authorized)(...WRITERS),
    (0, type_graphql_1.Mutation)(() => CompleteTicketPayload, { description: '处理完毕: schedules the callbacks its policy and sampling call for' }),
    __param(0, (0, type_graphql_1.Arg)('input', () => ticket_types_1.CompleteTicketInput)),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [ticket_types_1.CompleteTicketInput, Object]),
    __metadata("design:returntype", Promise)
], TicketResolver.prototype, "completeTicket", null);
__decorate([
    (0, type_graphql_1.Authorized)(...WRITERS),
    (0, type_graphql_1.Mutation)(() => ticket_types_1.TicketPayload),
    __param(0, (0, type_graphql_1.Arg)('input', () => ticket_types_1.TicketActionInput)),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [ticket_types_1.TicketActionInput, Object]),
    __metadata("design:returntype", Promise)
], TicketResolver.prototype, "closeTicket", null);
__decorate([
    (0, type_graphql_1.Authorized)(shared_1.Role.SUPERVISOR, shared_1.Role.PROJECT_MANAGER, shared_1.Role.ADMIN),
    (0, type_graphql_1.Mutation)(() => ticket_types_1.TicketPayload, { description: '作废 with a reason; the ticket and its number are kept' }),
    __param(0, (0, type_graphql_1.Arg)('input', () => ticket_types_1.VoidInput)),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [ticket_types_1.VoidInput, Object]),
    __metadata("design:returntype", Promise)
], TicketResolver.prototype, "voidTicket", null);
exports.TicketResolver = TicketResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => ticket_entity_1.Ticket)
], TicketResolver);
//# sourceMappingURL=ticket.resolver.js.map