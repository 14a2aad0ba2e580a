"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isOverdue = isOverdue;
const shared_1 = require("@hf/shared");
/** A callback whose window has passed without being done is OVERDUE (derived, never stored). */
function isOverdue(status, windowTo, today) {
    return status === shared_1.CallbackStatus.PLANNED && windowTo < today;
}
//# sourceMappingURL=overdue.js.map