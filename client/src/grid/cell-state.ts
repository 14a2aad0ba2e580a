import { cellKey } from './cells';

export type CellStatus = 'saving' | 'saved' | 'error';

export interface CellState {
  status: CellStatus;
  message?: string;
}

/** The save state of each edited cell: saving, saved, or the server's (or the parser's) message. */
export class CellStates {
  private states = new Map<string, CellState>();

  get(rowId: string, field: string): CellState | undefined {
    return this.states.get(cellKey(rowId, field));
  }

  set(rowId: string, field: string, state: CellState | null): void {
    if (state) this.states.set(cellKey(rowId, field), state);
    else this.states.delete(cellKey(rowId, field));
  }

  counts(): Record<CellStatus, number> {
    const counts: Record<CellStatus, number> = { saving: 0, saved: 0, error: 0 };
    for (const s of this.states.values()) counts[s.status] += 1;
    return counts;
  }
}
