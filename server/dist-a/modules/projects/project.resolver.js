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
exports.ProjectResolver = void 0;
const shared_1 = require("@hf/shared");
const type_graphql_1 = require("type-graphql");
const access_1 = require("../users/access");
const user_entity_1 = require("../users/user.entity");
const project_entity_1 = require("./project.entity");
let ProjectResolver = class ProjectResolver {
    projects(ctx) {
        return ctx.em.find(project_entity_1.Project, { id: { $in: (0, access_1.requireCaller)(ctx).projectIds } }, { orderBy: { code: 'asc' } });
    }
    staff(ctx, projectId, role) {
        const ids = (0, access_1.projectArgument)((0, access_1.requireViewer)(ctx), projectId);
        return ctx.em.find(user_entity_1.User, { projects: { $in: ids }, active: true, ...(role ? { role } : {}) }, { orderBy: { id: 'asc' } });
    }
    departments(project, ctx) {
        return ctx.em.find(project_entity_1.Department, { project: project.id }, { orderBy: { name: 'asc' } });
    }
};
exports.ProjectResolver = ProjectResolver;
__decorate([
    (0, type_graphql_1.Authorized)(...shared_1.ALL_API_SCOPES),
    (0, type_graphql_1.Query)(() => [project_entity_1.Project], { description: 'the projects the viewer (or API token) may see' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", Promise)
], ProjectResolver.prototype, "projects", null);
__decorate([
    (0, type_graphql_1.Authorized)(),
    (0, type_graphql_1.Query)(() => [user_entity_1.User], { description: 'staff of a project, e.g. to pick an assignee' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('projectId', () => type_graphql_1.ID)),
    __param(2, (0, type_graphql_1.Arg)('role', () => shared_1.Role, { nullable: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String, String]),
    __metadata("design:returntype", Promise)
], ProjectResolver.prototype, "staff", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [project_entity_1.Department]),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [project_entity_1.Project, Object]),
    __metadata("design:returntype", Promise)
], ProjectResolver.prototype, "departments", null);
exports.ProjectResolver = ProjectResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => project_entity_1.Project)
], ProjectResolver);
//# sourceMappingURL=project.resolver.js.map