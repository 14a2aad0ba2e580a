import type { CellChange } from './cells';

/**
 * Undo/redo of saved edits, one entry per action (a typed cell, a paste, a fill). Undoing sends the
 * previous values back to the server, so the entry's changes come back reversed; redo sends them again.
 */
export class EditHistory {
  private done: CellChange[][] = [];
  private undone: CellChange[][] = [];

  constructor(private readonly limit = 100) {}

  /** a new action: it can be undone, and whatever was undone before can no longer be redone */
  record(changes: CellChange[]): void {
    if (changes.length === 0) return;
    this.done.push(changes);
    if (this.done.length > this.limit) this.done.shift();
    this.undone = [];
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** the changes that undo the last action (each cell back to its value before) */
  undo(): CellChange[] | null {
    const last = this.done.pop();
    if (!last) return null;
    this.undone.push(last);
    return last.map((c) => ({ rowId: c.rowId, field: c.field, before: c.after, after: c.before })).reverse();
  }

  /** the changes that repeat the last undone action */
  redo(): CellChange[] | null {
    const last = this.undone.pop();
    if (!last) return null;
    this.done.push(last);
    return last.map((c) => ({ ...c }));
  }
}
