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
exports.MAX_PAGE_SIZE = exports.PageInfo = void 0;
exports.Connection = Connection;
exports.pageSize = pageSize;
exports.encodeCursor = encodeCursor;
exports.decodeCursor = decodeCursor;
exports.assertCursorValueFits = assertCursorValueFits;
const type_graphql_1 = require("type-graphql");
const shared_1 = require("@hf/shared");
const graphql_1 = require("graphql");
let PageInfo = class PageInfo {
};
exports.PageInfo = PageInfo;
__decorate([
    (0, type_graphql_1.Field)(() => Boolean),
    __metadata("design:type", Boolean)
], PageInfo.prototype, "hasNextPage", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean),
    __metadata("design:type", Boolean)
], PageInfo.prototype, "hasPreviousPage", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], PageInfo.prototype, "startCursor", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], PageInfo.prototype, "endCursor", void 0);
exports.PageInfo = PageInfo = __decorate([
    (0, type_graphql_1.ObjectType)()
], PageInfo);
/** A Relay connection type for a node type; totalCount is counted only when asked for. */
function Connection(nodeType, name) {
    let Edge = class Edge {
    };
    __decorate([
        (0, type_graphql_1.Field)(() => String),
        __metadata("design:type", String)
    ], Edge.prototype, "cursor", void 0);
    __decorate([
        (0, type_graphql_1.Field)(() => nodeType),
        __metadata("design:type", Object)
    ], Edge.prototype, "node", void 0);
    Edge = __decorate([
        (0, type_graphql_1.ObjectType)(`${name}Edge`)
    ], Edge);
    let ConnectionType = class ConnectionType {
        totalCount() {
            return this.count();
        }
    };
    __decorate([
        (0, type_graphql_1.Field)(() => [Edge]),
        __metadata("design:type", Array)
    ], ConnectionType.prototype, "edges", void 0);
    __decorate([
        (0, type_graphql_1.Field)(() => PageInfo),
        __metadata("design:type", PageInfo)
    ], ConnectionType.prototype, "pageInfo", void 0);
    __decorate([
        (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'rows matching the filter (costs a count query)' }),
        __metadata("design:type", Function),
        __metadata("design:paramtypes", []),
        __metadata("design:returntype", Promise)
    ], ConnectionType.prototype, "totalCount", null);
    ConnectionType = __decorate([
        (0, type_graphql_1.ObjectType)(`${name}Connection`)
    ], ConnectionType);
    return ConnectionType;
}
exports.MAX_PAGE_SIZE = 500;
function pageSize(first, max = exports.MAX_PAGE_SIZE) {
    const size = first ?? 50;
    if (!Number.isInteger(size) || size < 1 || size > max) {
        throw new graphql_1.GraphQLError(`first must be between 1 and ${max}`, {
            extensions: { code: shared_1.ErrorCode.BAD_USER_INPUT, field: ['first'] },
        });
    }
    return size;
}
/** Opaque keyset cursor: the sort value and the id of the row. */
function encodeCursor(value, id) {
    return Buffer.from(JSON.stringify([value instanceof Date ? value.toISOString() : value, id]), 'utf8').toString('base64url');
}
function decodeCursor(cursor) {
    try {
        if (typeof cursor !== 'string' || cursor.length > 400)
            throw new Error('not a cursor');
        const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
        if (Array.isArray(parsed) && parsed.length === 2 && Number.isInteger(parsed[1]) && parsed[1] >= 0 && parsed[1] <= 2_147_483_647 &&
            ((typeof parsed[0] === 'string' && parsed[0].length <= 200) || Number.isFinite(parsed[0]))) {
            return parsed;
        }
    }
    catch {
        // fall through
    }
    throw badCursor();
}
const badCursor = () => new graphql_1.GraphQLError('after is not a cursor from this list', { extensions: { code: shared_1.ErrorCode.BAD_USER_INPUT, field: ['after'] } });
/** A cursor's sort value must fit the sort column (a forged one would otherwise reach SQL as a bad date). */
function assertCursorValueFits(value, columnType) {
    if (!columnType)
        return;
    if (columnType === 'date') {
        if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value)
            throw badCursor();
    }
    else if (columnType.startsWith('timestamp')) {
        const time = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : NaN;
        if (Number.isNaN(time))
            throw badCursor();
    }
    else if (/^(int|integer|smallint|bigint|serial)/.test(columnType)) {
        if (!Number.isInteger(value))
            throw badCursor();
    }
    else if (typeof value !== 'string') {
        throw badCursor();
    }
}
//# sourceMappingURL=connection.js.map