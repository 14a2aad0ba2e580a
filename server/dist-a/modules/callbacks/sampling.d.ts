/**
 * 回访率 by systematic sampling: a completed ticket is selected when that keeps the selected count at
 * or above ceil(rate × completed so far) for its project, kind and period. The quota is met by
 * construction after every completion, and the choice depends only on the order of completion.
 */
export declare function requiredCount(ratePercent: number, completed: number): number;
export declare function isSelected(ratePercent: number, completedIncludingThis: number, selectedBefore: number): boolean;
