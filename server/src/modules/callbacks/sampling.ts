/**
 * 回访率 by systematic sampling: a completed ticket is selected when that keeps the selected count at
 * or above ceil(rate × completed so far) for its project, kind and period. The quota is met by
 * construction after every completion, and the choice depends only on the order of completion.
 */
export function requiredCount(ratePercent: number, completed: number): number {
  // integer arithmetic: 30% of 10 is exactly 3 (0.3 * 10 in floating point is 3.0000000000000004)
  return Math.ceil((ratePercent * completed) / 100);
}

export function isSelected(ratePercent: number, completedIncludingThis: number, selectedBefore: number): boolean {
  return selectedBefore < requiredCount(ratePercent, completedIncludingThis);
}
