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
exports.Owner = void 0;
const core_1 = require("@mikro-orm/core");
const type_graphql_1 = require("type-graphql");
const node_1 = require("../../graphql/node");
const personal_data_1 = require("../../graphql/personal-data");
const project_entity_1 = require("../projects/project.entity");
/** 业主/住户 of a unit (楼栋-单元-房号). */
let Owner = class Owner {
    constructor() {
        this.phone = null;
    }
    get nodeId() {
        return (0, node_1.encodeGlobalId)('Owner', this.id);
    }
};
exports.Owner = Owner;
__decorate([
    (0, core_1.PrimaryKey)({ type: 'integer' }),
    __metadata("design:type", Number)
], Owner.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { name: 'id' }),
    __metadata("design:type", String),
    __metadata("design:paramtypes", [])
], Owner.prototype, "nodeId", null);
__decorate([
    (0, core_1.ManyToOne)(() => project_entity_1.Project, { ref: true }),
    __metadata("design:type", Object)
], Owner.prototype, "project", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, personal_data_1.PersonalData)('name'),
    (0, core_1.Property)({ type: 'string', length: 50 }),
    __metadata("design:type", String)
], Owner.prototype, "name", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: '楼栋-单元-房号, e.g. 3-2-1502' }),
    (0, personal_data_1.PersonalData)('unit'),
    (0, core_1.Property)({ type: 'string', length: 30 }),
    __metadata("design:type", String)
], Owner.prototype, "unit", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, personal_data_1.PersonalData)('phone'),
    (0, core_1.Property)({ type: 'string', length: 30, nullable: true }),
    __metadata("design:type", Object)
], Owner.prototype, "phone", void 0);
exports.Owner = Owner = __decorate([
    (0, type_graphql_1.ObjectType)({ implements: node_1.Node, description: '业主' }),
    (0, core_1.Entity)({ tableName: 'owner' }),
    (0, core_1.Unique)({ properties: ['project', 'unit', 'name'] })
], Owner);
//# sourceMappingURL=owner.entity.js.map