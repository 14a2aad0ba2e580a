"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.actorStorage = void 0;
exports.currentActorId = currentActorId;
exports.currentActorTokenId = currentActorTokenId;
const node_async_hooks_1 = require("node:async_hooks");
exports.actorStorage = new node_async_hooks_1.AsyncLocalStorage();
function currentActorId() {
    return exports.actorStorage.getStore()?.userId ?? null;
}
function currentActorTokenId() {
    return exports.actorStorage.getStore()?.apiTokenId ?? null;
}
//# sourceMappingURL=actor.js.map