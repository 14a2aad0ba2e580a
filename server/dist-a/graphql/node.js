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
exports.Node = exports.MAX_ROW_ID = void 0;
exports.encodeGlobalId = encodeGlobalId;
exports.decodeGlobalId = decodeGlobalId;
const type_graphql_1 = require("type-graphql");
exports.MAX_ROW_ID = 2_147_483_647;
/** Relay global IDs: opaque, typed, e.g. base64url("Callback:42"). */
function encodeGlobalId(typeName, id) {
    return Buffer.from(`${typeName}:${id}`, 'utf8').toString('base64url');
}
function decodeGlobalId(globalId) {
    if (typeof globalId !== 'string' || globalId.length > 100 || !/^[A-Za-z0-9_-]+$/.test(globalId))
        return null;
    const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
    const m = /^([A-Za-z]+):([1-9]\d{0,9})$/.exec(decoded);
    // ids are PostgreSQL integers: a larger number is not an id (and must not reach SQL as one)
    return m && Number(m[2]) <= exports.MAX_ROW_ID ? { typeName: m[1], id: Number(m[2]) } : null;
}
let Node = class Node {
};
exports.Node = Node;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { name: 'id' }),
    __metadata("design:type", String)
], Node.prototype, "nodeId", void 0);
exports.Node = Node = __decorate([
    (0, type_graphql_1.InterfaceType)({
        description: 'An object with a global ID',
        resolveType: (value) => value.constructor.name,
    })
], Node);
//# sourceMappingURL=node.js.map