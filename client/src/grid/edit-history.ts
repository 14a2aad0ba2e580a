import { type CellChange, cellKey } from './cells';

/**
 * Undo/redo of saved edits, one entry per action (a typed cell, a paste, a fill). Undoing sends the
 * previous values back to the server, so the entry's changes come back reversed; redo sends them again.
 * The server may refuse an undo (a finished record cannot lose its required columns): `settle` puts the
 * refused cells back where they were, so what was not undone can still be undone and is not offered as a redo.
 */
export class EditHistory {
  private done: CellChange[][] = [];
  private undone: CellChange[][] = [];
  /** the entry (and the direction) each answer of undo() / redo() came from */
  private origin = new WeakMap<CellChange[], { entry: CellChange[]; mode: 'undo' | 'redo' }>();

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
    const changes = last.map((c) => ({ rowId: c.rowId, field: c.field, before: c.after, after: c.before })).reverse();
    this.origin.set(changes, { entry: last, mode: 'undo' });
    return changes;
  }

  /** the changes that repeat the last undone action */
  redo(): CellChange[] | null {
    const last = this.undone.pop();
    if (!last) return null;
    this.done.push(last);
    const changes = last.map((c) => ({ ...c }));
    this.origin.set(changes, { entry: last, mode: 'redo' });
    return changes;
  }

  /**
   * The server's answer to an undo or redo (the changes undo() or redo() returned): the cells it refused were not
   * undone (redone), so they go back to the stack they came from; the cells it applied stay moved.
   */
  settle(changes: CellChange[], refused: ReadonlySet<string>): void {
    const origin = this.origin.get(changes);
    if (!origin || refused.size === 0) return;
    const { entry, mode } = origin;
    const notMoved = entry.filter((c) => refused.has(cellKey(c.rowId, c.field)));
    if (notMoved.length === 0) return;
    const moved = entry.filter((c) => !refused.has(cellKey(c.rowId, c.field)));
    const [movedTo, cameFrom] = mode === 'undo' ? [this.undone, this.done] : [this.done, this.undone];
    const at = movedTo.lastIndexOf(entry);
    if (at >= 0) {
      if (moved.length) movedTo.splice(at, 1, moved);
      else movedTo.splice(at, 1);
    }
    cameFrom.push(notMoved);
  }
}
