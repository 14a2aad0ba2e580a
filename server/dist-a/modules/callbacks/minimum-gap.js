"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.respectsMinimumGap = respectsMinimumGap;
const shared_1 = require("@hf/shared");
/**
 * A busy household is not called every week: a sampled callback is skipped when the owner already has
 * one within the minimum gap (default 30 days). Complaints are always called back.
 */
function respectsMinimumGap(kind, windowFrom, otherCallbackDates, minGapDays) {
    if (kind === shared_1.TicketKind.COMPLAINT || minGapDays <= 0)
        return true;
    return otherCallbackDates.every((date) => Math.abs((0, shared_1.daysBetween)(date, windowFrom)) >= minGapDays);
}
//# sourceMappingURL=minimum-gap.js.map