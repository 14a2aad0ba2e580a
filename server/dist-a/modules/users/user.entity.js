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
Object.defineProperty(exports, "__esModule", { value: true });
exports.Session = exports.User = void 0;
const core_1 = require("@mikro-orm/core");
const shared_1 = require("@hf/shared");
const type_graphql_1 = require("type-graphql");
const node_1 = require("../../graphql/node");
const project_entity_1 = require("../projects/project.entity");
/** A member of staff: clerk, supervisor, department supervisor, project manager, auditor or admin. */
let User = class User {
    constructor() {
        this.projects = new core_1.Collection(this);
        this.active = true;
        this.createdAt = new Date();
    }
    get nodeId() {
        return (0, node_1.encodeGlobalId)('User', this.id);
    }
};
exports.User = User;
__decorate([
    (0, core_1.PrimaryKey)({ type: 'integer' }),
    __metadata("design:type", Number)
], User.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { name: 'id' }),
    __metadata("design:type", String),
    __metadata("design:paramtypes", [])
], User.prototype, "nodeId", null);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, core_1.Unique)(),
    (0, core_1.Property)({ type: 'string', length: 50 }),
    __metadata("design:type", String)
], User.prototype, "username", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, core_1.Property)({ type: 'string', length: 50 }),
    __metadata("design:type", String)
], User.prototype, "displayName", void 0);
__decorate([
    (0, core_1.Property)({ type: 'string', length: 100, hidden: true, lazy: true }),
    __metadata("design:type", String)
], User.prototype, "passwordHash", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => shared_1.Role),
    (0, core_1.Enum)({ items: () => shared_1.Role }),
    __metadata("design:type", String)
], User.prototype, "role", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => project_entity_1.Department, { ref: true, nullable: true }),
    __metadata("design:type", Object)
], User.prototype, "department", void 0);
__decorate([
    (0, core_1.ManyToMany)({ entity: () => project_entity_1.Project, pivotTable: 'user_project', owner: true }),
    __metadata("design:type", Object)
], User.prototype, "projects", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean),
    (0, core_1.Property)({ type: 'boolean' }),
    __metadata("design:type", Boolean)
], User.prototype, "active", void 0);
__decorate([
    (0, core_1.Property)({ type: 'Date' }),
    __metadata("design:type", Date)
], User.prototype, "createdAt", void 0);
exports.User = User = __decorate([
    (0, type_graphql_1.ObjectType)({ implements: node_1.Node, description: '员工' }),
    (0, core_1.Entity)({ tableName: 'app_user' })
], User);
/** A signed-in session; only the SHA-256 of the token is stored. */
let Session = class Session {
    constructor() {
        this.createdAt = new Date();
        this.revokedAt = null;
    }
};
exports.Session = Session;
__decorate([
    (0, core_1.PrimaryKey)({ type: 'integer' }),
    __metadata("design:type", Number)
], Session.prototype, "id", void 0);
__decorate([
    (0, core_1.Unique)(),
    (0, core_1.Property)({ type: 'string', length: 64 }),
    __metadata("design:type", String)
], Session.prototype, "tokenHash", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => User, { ref: true }),
    __metadata("design:type", Object)
], Session.prototype, "user", void 0);
__decorate([
    (0, core_1.Property)({ type: 'Date' }),
    __metadata("design:type", Date)
], Session.prototype, "createdAt", void 0);
__decorate([
    (0, core_1.Property)({ type: 'Date' }),
    __metadata("design:type", Date)
], Session.prototype, "expiresAt", void 0);
__decorate([
    (0, core_1.Property)({ type: 'Date', nullable: true }),
    __metadata("design:type", Object)
], Session.prototype, "revokedAt", void 0);
exports.Session = Session = __decorate([
    (0, core_1.Entity)({ tableName: 'session' })
], Session);
//# sourceMappingURL=user.entity.js.map