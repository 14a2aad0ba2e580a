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
exports.ArchiveResolver = void 0;
const shared_1 = require("@hf/shared");
const type_graphql_1 = require("type-graphql");
const user_error_1 = require("../../graphql/user-error");
const project_entity_1 = require("../projects/project.entity");
const access_1 = require("../users/access");
const archive_service_1 = require("./archive.service");
const archive_types_1 = require("./archive.types");
const query_errors_1 = require("../../graphql/query-errors");
let ArchiveResolver = class ArchiveResolver {
    async archiveStatus(ctx, projectId, period) {
        const [id] = (0, access_1.projectArgument)((0, access_1.requireCaller)(ctx), projectId);
        const project = await ctx.em.findOneOrFail(project_entity_1.Project, id);
        return (0, query_errors_1.withQueryErrors)(() => {
            if (period)
                (0, archive_service_1.periodArgument)(period);
            return (0, archive_service_1.archiveStatus)(ctx.em, project, period || (0, archive_service_1.previousPeriod)(project, new Date()));
        });
    }
    async archivePeriod(input, ctx) {
        return (0, user_error_1.withUserErrors)(async () => ({ archive: await (0, archive_service_1.archivePeriod)(ctx.em, (0, access_1.requireViewer)(ctx), input) }));
    }
};
exports.ArchiveResolver = ArchiveResolver;
__decorate([
    (0, type_graphql_1.Authorized)(shared_1.ApiScope.STATISTICS_READ),
    (0, type_graphql_1.Query)(() => archive_types_1.ArchiveStatus, { description: '存档状态; by default the period due for archiving now (the previous one)' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('projectId', () => type_graphql_1.ID)),
    __param(2, (0, type_graphql_1.Arg)('period', () => String, { nullable: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String, String]),
    __metadata("design:returntype", Promise)
], ArchiveResolver.prototype, "archiveStatus", null);
__decorate([
    (0, type_graphql_1.Authorized)(shared_1.Role.SUPERVISOR),
    (0, type_graphql_1.Mutation)(() => archive_types_1.ArchivePeriodPayload, { description: '存档: every record of the period becomes read-only (mutations answer ARCHIVED)' }),
    __param(0, (0, type_graphql_1.Arg)('input', () => archive_types_1.ArchivePeriodInput)),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [archive_types_1.ArchivePeriodInput, Object]),
    __metadata("design:returntype", Promise)
], ArchiveResolver.prototype, "archivePeriod", null);
exports.ArchiveResolver = ArchiveResolver = __decorate([
    (0, type_graphql_1.Resolver)()
], ArchiveResolver);
//# sourceMappingURL=archive.resolver.js.map