"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.anchorDate = anchorDate;
exports.callbackWindow = callbackWindow;
exports.earliestPerformedAt = earliestPerformedAt;
const shared_1 = require("@hf/shared");
/** The date of a stage's anchor event, or null while the event has not happened (or is unknown). */
function anchorDate(anchor, ticket) {
    switch (anchor) {
        case shared_1.Anchor.RECEIVED:
            return (0, shared_1.toLocalDate)(ticket.receivedAt);
        case shared_1.Anchor.STARTED:
            return ticket.startedAt ? (0, shared_1.toLocalDate)(ticket.startedAt) : null;
        case shared_1.Anchor.COMPLETED:
            return ticket.completedAt ? (0, shared_1.toLocalDate)(ticket.completedAt) : null;
        case shared_1.Anchor.CONTRACT_MIDPOINT:
            // 特约服务: halfway through the contract, rounded down to a whole day
            if (!ticket.contractStart || !ticket.contractEnd)
                return null;
            return (0, shared_1.addDays)(ticket.contractStart, Math.floor((0, shared_1.daysBetween)(ticket.contractStart, ticket.contractEnd) / 2));
        case shared_1.Anchor.CONTRACT_END:
            return ticket.contractEnd;
    }
}
function offset(date, amount, unit) {
    return unit === shared_1.OffsetUnit.MONTH ? (0, shared_1.addMonths)(date, amount) : (0, shared_1.addDays)(date, amount);
}
/**
 * 回访标准规程 4.1.1: the window of one stage, e.g. complaints within 3 days of completion,
 * repairs from 1 to 2 months after completion.
 */
function callbackWindow(stage, ticket) {
    const anchor = anchorDate(stage.anchor, ticket);
    if (!anchor)
        return null;
    return { anchorDate: anchor, from: offset(anchor, stage.fromOffset, stage.unit), to: offset(anchor, stage.toOffset, stage.unit) };
}
/** The instant from which a callback of this stage can have been performed (its anchor event). */
function earliestPerformedAt(anchor, ticket) {
    switch (anchor) {
        case shared_1.Anchor.RECEIVED:
            return ticket.receivedAt;
        case shared_1.Anchor.STARTED:
            return ticket.startedAt;
        default:
            // callbacks check the result of the service: never before the ticket was completed
            return ticket.completedAt;
    }
}
//# sourceMappingURL=window.js.map