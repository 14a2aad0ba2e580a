"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.voidOpenCallbacksOfTicket = voidOpenCallbacksOfTicket;
const shared_1 = require("@hf/shared");
const callback_entity_1 = require("./callback.entity");
/** When a ticket is voided, the callbacks still planned for it are voided too (kept, with the reason). */
async function voidOpenCallbacksOfTicket(em, ticket, reason, now) {
    const open = await em.find(callback_entity_1.Callback, { ticket: ticket.id, status: shared_1.CallbackStatus.PLANNED });
    for (const callback of open) {
        callback.status = shared_1.CallbackStatus.VOIDED;
        callback.voidReason = reason;
        callback.voidedAt = now;
    }
}
//# sourceMappingURL=callback-void.js.map