"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.requiredCount = requiredCount;
exports.isSelected = isSelected;
/**
 * 回访率 by systematic sampling: a completed ticket is selected when that keeps the selected count at
 * or above ceil(rate × completed so far) for its project, kind and period. The quota is met by
 * construction after every completion, and the choice depends only on the order of completion.
 */
function requiredCount(ratePercent, completed) {
    // integer arithmetic: 30% of 10 is exactly 3 (0.3 * 10 in floating point is 3.0000000000000004)
    return Math.ceil((ratePercent * completed) / 100);
}
function isSelected(ratePercent, completedIncludingThis, selectedBefore) {
    return selectedBefore < requiredCount(ratePercent, completedIncludingThis);
}
//# sourceMappingURL=sampling.js.map