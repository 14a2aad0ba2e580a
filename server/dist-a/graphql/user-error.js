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
exports.badInput = exports.forbidden = exports.conflict = exports.notFound = exports.DomainError = exports.UserError = void 0;
exports.withUserErrors = withUserErrors;
const shared_1 = require("@hf/shared");
const type_graphql_1 = require("type-graphql");
(0, type_graphql_1.registerEnumType)(shared_1.ErrorCode, { name: 'ErrorCode' });
/** An expected failure of a mutation (Shopify's userErrors shape). */
let UserError = class UserError {
};
exports.UserError = UserError;
__decorate([
    (0, type_graphql_1.Field)(() => [String], { description: 'path to the input field, e.g. ["rows", "3", "satisfaction"]' }),
    __metadata("design:type", Array)
], UserError.prototype, "field", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => shared_1.ErrorCode),
    __metadata("design:type", String)
], UserError.prototype, "code", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], UserError.prototype, "message", void 0);
exports.UserError = UserError = __decorate([
    (0, type_graphql_1.ObjectType)()
], UserError);
/** Thrown by services for expected failures; becomes userErrors in the payload. */
class DomainError extends Error {
    constructor(errors) {
        super(errors.map((e) => e.message).join('; '));
        this.errors = errors;
    }
    static of(code, field, message) {
        return new DomainError([{ code, field: Array.isArray(field) ? field : [field], message }]);
    }
    static fromFieldErrors(errors, prefix = []) {
        return new DomainError(errors.map((e) => ({ code: e.code, field: [...prefix, e.field], message: e.message })));
    }
}
exports.DomainError = DomainError;
const notFound = (field = 'id') => DomainError.of(shared_1.ErrorCode.NOT_FOUND, field, '记录不存在或无权访问 (not found)');
exports.notFound = notFound;
const conflict = (field = 'version') => DomainError.of(shared_1.ErrorCode.CONFLICT, field, '该记录已被他人修改，请刷新后重试 (changed by someone else since you read it)');
exports.conflict = conflict;
const forbidden = (field, message = '无权执行此操作 (not allowed for your role)') => DomainError.of(shared_1.ErrorCode.FORBIDDEN, field, message);
exports.forbidden = forbidden;
const badInput = (field, message) => DomainError.of(shared_1.ErrorCode.BAD_USER_INPUT, field, message);
exports.badInput = badInput;
/** Runs a mutation's work; expected failures come back as userErrors, anything else stays an error. */
async function withUserErrors(run) {
    try {
        return { userErrors: [], ...(await run()) };
    }
    catch (error) {
        if (error instanceof DomainError)
            return { userErrors: error.errors };
        throw error;
    }
}
//# sourceMappingURL=user-error.js.map