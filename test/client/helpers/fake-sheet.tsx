import { act, fireEvent, waitFor } from '@testing-library/react';
import { SATISFACTION_LABELS } from '@hf/shared';
import { AllCommunityModule, ModuleRegistry } from 'ag-grid-community';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CellChange } from '../../../client/src/grid/cells';
import { SpreadsheetGrid } from '../../../client/src/grid/SpreadsheetGrid';
import type { SaveFn, SaveResult, SheetColumn } from '../../../client/src/grid/sheet-types';
import { I18nProvider } from '../../../client/src/i18n/i18n';

// the app registers AG Grid's Community modules in main.tsx
ModuleRegistry.registerModules([AllCommunityModule]);

// Chromium has Pointer Events, so AG Grid takes a cell's mouse-down from pointerdown there; jsdom has none and AG
// Grid would listen to touchstart (no mouse button) instead. Give jsdom pointer events as a mouse event, as in Chromium.
if (!('onpointerdown' in HTMLElement.prototype)) {
  Object.defineProperty(HTMLElement.prototype, 'onpointerdown', { value: null, writable: true, configurable: true });
  (window as unknown as { PointerEvent: typeof MouseEvent }).PointerEvent = class PointerEvent extends MouseEvent {};
}

/** A callback-like row: a read-only code, a few record columns, a status, and a row that is locked (read-only for the clerk). */
export interface FakeRow {
  id: string;
  version: number;
  code: string;
  visitors: string | null;
  satisfaction: string | null;
  score: number | null;
  shortcomings: string | null;
  locked: boolean;
  /** a record with 回访人, 满意程度 and 评分 is finished (DONE) and must keep them, as the real record's required columns */
  status: 'PLANNED' | 'DONE';
}

export const COLUMNS: SheetColumn<FakeRow>[] = [
  { field: 'code', header: '编码', kind: { type: 'text' }, value: (r) => r.code, pinned: true },
  { field: 'visitors', header: '回访人', kind: { type: 'text', maxLength: 10 }, value: (r) => r.visitors, editable: (r) => !r.locked },
  { field: 'satisfaction', header: '满意程度', kind: { type: 'enum', labels: SATISFACTION_LABELS }, value: (r) => r.satisfaction, editable: (r) => !r.locked, select: true },
  { field: 'score', header: '评分', kind: { type: 'integer', min: 1, max: 10 }, value: (r) => r.score, editable: (r) => !r.locked },
  {
    field: 'shortcomings', header: '缺点与不足', kind: { type: 'text' }, value: (r) => r.shortcomings, editable: (r) => !r.locked,
    suggestions: ['处理不及时', '服务态度差'],
    // the row says the comment is missing (as the callback sheet's notes do)
    note: (r) => (r.satisfaction === 'UNSATISFIED' && !r.shortcomings ? { level: 'gap', message: '不满意须填写缺点与不足' } : null),
  },
];

const DISSATISFIED = ['UNSATISFIED', 'VERY_UNSATISFIED'];

/**
 * The server, faked: it keeps rows with versions, refuses a stale version with a conflict (its current row),
 * refuses 不满意 without 缺点与不足 for the whole row (as the real rule does), and saves everything else.
 */
export class FakeServer {
  rows: FakeRow[];
  /** every save the grid sent, as it sent it */
  calls: { changes: CellChange[]; versions: Record<string, number> }[] = [];
  /** saves sent and not answered yet */
  pending = 0;

  constructor(count = 4) {
    this.rows = Array.from({ length: count }, (_, i) => ({
      id: `r${i}`, version: 1, code: `HF-${i}`, visitors: null, satisfaction: null, score: null, shortcomings: null, locked: false, status: 'PLANNED',
    }));
  }

  row(id: string): FakeRow {
    return this.rows.find((r) => r.id === id)!;
  }

  private listeners = new Set<(rows: FakeRow[]) => void>();

  /** the sheet's poll: it shows the rows as the server has them now */
  subscribe(listener: (rows: FakeRow[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  poll(): void {
    for (const listener of this.listeners) listener(this.rows);
  }

  /** someone else saves a row meanwhile (the clerk's sheet shows the old version until it polls) */
  changeBySomeoneElse(id: string, patch: Partial<FakeRow>): void {
    this.rows = this.rows.map((r) => (r.id === id ? { ...r, ...patch, version: r.version + 1 } : r));
  }

  save(changes: CellChange[], version: (id: string) => number): SaveResult {
    const result: SaveResult = { saved: [], errors: [], conflicts: [] };
    const ids = [...new Set(changes.map((c) => c.rowId))];
    for (const id of ids) {
      const mine = changes.filter((c) => c.rowId === id);
      const row = this.row(id);
      if (row.version !== version(id)) {
        result.conflicts.push({ rowId: id, changes: mine, version: row.version, values: { ...row } });
        continue;
      }
      const next = { ...row, ...Object.fromEntries(mine.map((c) => [c.field, c.after])) } as FakeRow;
      if (next.satisfaction && DISSATISFIED.includes(next.satisfaction) && !next.shortcomings) {
        result.errors.push({ rowId: id, field: null, message: '缺点与不足：不满意时必须填写缺点与不足' });
        continue;
      }
      const required = (['visitors', 'satisfaction', 'score'] as const);
      if (row.status === 'DONE') {
        // like the real server: each required column the edit empties is named, the row's other cells are not
        const missing = required.filter((f) => next[f] === null || next[f] === '');
        if (missing.length) {
          result.errors.push(...missing.map((field) => ({ rowId: id, field, message: '回访记录须填写此栏' })));
          continue;
        }
      }
      if (required.every((f) => next[f] !== null)) next.status = 'DONE';
      this.rows = this.rows.map((r) => (r.id === id ? { ...next, version: r.version + 1 } : r));
      result.saved.push(...mine);
    }
    return result;
  }
}

/** A sheet over the fake server: after each save it shows the rows as the server has them (as Apollo's cache does). */
export function FakeSheet({ server, readOnly = false }: { server: FakeServer; readOnly?: boolean }) {
  const [rows, setRows] = useState(server.rows);
  useEffect(() => server.subscribe(setRows), [server]);
  const shown = useRef(rows);
  shown.current = rows;
  const save = useCallback<SaveFn>(async (changes, versions) => {
    server.calls.push({ changes, versions });
    server.pending += 1;
    await new Promise((resolve) => setTimeout(resolve, 1)); // the answer comes later, as over the network
    const result = server.save(changes, (id) => versions[id] ?? shown.current.find((r) => r.id === id)!.version);
    setRows(server.rows);
    server.pending -= 1;
    return result;
  }, [server]);
  return (
    <I18nProvider>
      <SpreadsheetGrid<FakeRow>
        rows={rows}
        rowId={(r) => r.id}
        rowLabel={(r) => r.code}
        columns={COLUMNS}
        save={save}
        readOnly={readOnly}
        storageKey="fake"
      />
    </I18nProvider>
  );
}

/** The cell of a displayed row and column, as the browser tests find it. */
export function cell(rowIndex: number, colId: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`.ag-row[row-index="${rowIndex}"] .ag-cell[col-id="${colId}"]`);
  if (!el) throw new Error(`no cell ${rowIndex}/${colId}`);
  return el;
}

export const text = (rowIndex: number, colId: string) => cell(rowIndex, colId).textContent;
export const classes = (rowIndex: number, colId: string) => cell(rowIndex, colId).className.split(' ');

/**
 * AG Grid hands its events to the grid's listeners (onCellKeyDown, onCellFocused …) in a setTimeout(0) batch, in
 * Chromium as here: after a user action, let that batch run before looking.
 */
const gridTurn = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A click on a cell: the mouse goes down and up, and the cell takes the keyboard focus. */
export async function click(rowIndex: number, colId: string): Promise<void> {
  const target = cell(rowIndex, colId);
  await act(async () => {
    // AG Grid listens to pointerdown where the browser has it (Chromium and jsdom do)
    fireEvent.pointerDown(target, { button: 0, buttons: 1 });
    fireEvent.mouseDown(target, { button: 0, buttons: 1 });
    target.focus(); // the browser's default action of a mouse-down on a focusable cell
    fireEvent.pointerUp(target, { button: 0 });
    fireEvent.mouseUp(target, { button: 0 });
    fireEvent.click(target, { button: 0 });
    await gridTurn();
  });
}

/** A key pressed on whatever has the focus (the focused cell, or its editor). */
export async function press(key: string, modifiers: { ctrlKey?: boolean; shiftKey?: boolean } = {}): Promise<void> {
  const target = document.activeElement ?? document.body;
  await act(async () => {
    fireEvent.keyDown(target, { key, ...modifiers });
    fireEvent.keyUp(target, { key, ...modifiers });
    await gridTurn();
  });
}

/** F2 on the cell, the new text in its editor, Enter — as a clerk types a value. */
export async function typeInto(rowIndex: number, colId: string, value: string): Promise<void> {
  await click(rowIndex, colId);
  await press('F2');
  const editor = document.querySelector<HTMLInputElement>('.ag-cell-inline-editing input');
  if (!editor) throw new Error('the cell editor did not open');
  await act(async () => {
    fireEvent.change(editor, { target: { value } });
    fireEvent.input(editor);
    fireEvent.keyDown(editor, { key: 'Enter' });
    await gridTurn();
  });
}

/** Ctrl+V of a text/plain clipboard on the focused cell. */
export async function paste(textPlain: string): Promise<void> {
  const target = document.activeElement ?? document.body;
  await act(async () => {
    fireEvent.paste(target, { clipboardData: { getData: (type: string) => (type === 'text/plain' ? textPlain : '') } });
  });
}

/** Ctrl+C on the focused cell: what the grid put on the clipboard as text/plain. */
export async function copy(): Promise<string> {
  const target = document.activeElement ?? document.body;
  let copied = '';
  await act(async () => {
    fireEvent.copy(target, { clipboardData: { setData: (type: string, value: string) => { if (type === 'text/plain') copied = value; } } });
  });
  return copied;
}

/** Waits until every save the grid sent has been answered and no cell shows saving any more. */
export const settled = (server: FakeServer) => waitFor(() => {
  expect(server.pending).toBe(0);
  expect(document.querySelectorAll('.ag-cell.hf-saving')).toHaveLength(0);
});

/** AG Grid renders cell changes asynchronously: what the clerk sees, once the grid has drawn it. */
export const shows = <T,>(read: () => T, expected: T) => waitFor(() => expect(read()).toEqual(expected));
