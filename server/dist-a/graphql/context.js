"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isTokenCaller = void 0;
const isTokenCaller = (caller) => Boolean(caller && 'token' in caller);
exports.isTokenCaller = isTokenCaller;
//# sourceMappingURL=context.js.map