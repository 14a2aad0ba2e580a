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
exports.ProjectSettingsResolver = void 0;
const shared_1 = require("@hf/shared");
const class_validator_1 = require("class-validator");
const type_graphql_1 = require("type-graphql");
const user_error_1 = require("../../graphql/user-error");
const access_1 = require("../users/access");
const project_entity_1 = require("./project.entity");
let UpdateProjectSettingsInput = class UpdateProjectSettingsInput {
};
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], UpdateProjectSettingsInput.prototype, "projectId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => shared_1.StatisticsPeriod, { nullable: true, description: 'quarter by default; seed 001 compiles monthly' }),
    __metadata("design:type", Object)
], UpdateProjectSettingsInput.prototype, "statisticsPeriod", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true, description: '保管2年: at least 2' }),
    (0, class_validator_1.Min)(2),
    (0, class_validator_1.Max)(100),
    __metadata("design:type", Object)
], UpdateProjectSettingsInput.prototype, "retentionYears", void 0);
UpdateProjectSettingsInput = __decorate([
    (0, type_graphql_1.InputType)({ description: '项目设置 of statistics and archiving' })
], UpdateProjectSettingsInput);
let ProjectSettingsPayload = class ProjectSettingsPayload {
};
__decorate([
    (0, type_graphql_1.Field)(() => project_entity_1.Project, { nullable: true }),
    __metadata("design:type", Object)
], ProjectSettingsPayload.prototype, "project", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [user_error_1.UserError]),
    __metadata("design:type", Array)
], ProjectSettingsPayload.prototype, "userErrors", void 0);
ProjectSettingsPayload = __decorate([
    (0, type_graphql_1.ObjectType)()
], ProjectSettingsPayload);
let ProjectSettingsResolver = class ProjectSettingsResolver {
    async updateProjectSettings(input, ctx) {
        return (0, user_error_1.withUserErrors)(async () => {
            const viewer = (0, access_1.requireViewer)(ctx);
            const id = (0, access_1.parseId)(input.projectId, 'Project', 'projectId');
            (0, access_1.assertProjectAccess)(viewer, id);
            return ctx.em.transactional(async (tx) => {
                const project = await tx.findOneOrFail(project_entity_1.Project, id);
                if (input.retentionYears !== null && input.retentionYears !== undefined) {
                    if (input.retentionYears < 2)
                        throw user_error_1.DomainError.of(shared_1.ErrorCode.BAD_USER_INPUT, 'retentionYears', '至少保管2年 (at least 2 years)');
                    project.retentionYears = input.retentionYears;
                }
                if (input.statisticsPeriod)
                    project.statisticsPeriod = input.statisticsPeriod;
                return { project };
            });
        });
    }
};
exports.ProjectSettingsResolver = ProjectSettingsResolver;
__decorate([
    (0, type_graphql_1.Authorized)(shared_1.Role.ADMIN),
    (0, type_graphql_1.Mutation)(() => ProjectSettingsPayload, { description: 'the administrator sets the statistics period and the retention' }),
    __param(0, (0, type_graphql_1.Arg)('input', () => UpdateProjectSettingsInput)),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [UpdateProjectSettingsInput, Object]),
    __metadata("design:returntype", Promise)
], ProjectSettingsResolver.prototype, "updateProjectSettings", null);
exports.ProjectSettingsResolver = ProjectSettingsResolver = __decorate([
    (0, type_graphql_1.Resolver)()
], ProjectSettingsResolver);
//# sourceMappingURL=project-settings.resolver.js.map