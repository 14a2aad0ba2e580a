import type { CellEditRequestEvent } from 'ag-grid-community';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { type CellChange, type CellPosition, cellKey, sameValue } from './cells';
import { type CellState, CellStates } from './cell-state';
import { parseValue } from './cell-values';
import { judgeConflict, resolveConflict, type RowConflict } from './conflict';
import type { DisplayedGrid } from './displayed-grid';
import { EditHistory } from './edit-history';
import type { SaveFn, SaveResult, SheetColumn } from './sheet-types';

type Mode = 'edit' | 'undo' | 'redo';

interface Options<Row> {
  grid: DisplayedGrid<Row>;
  /** absent: a read-only report */
  save: SaveFn | undefined;
  /** an editable form that is locked now (archived, role) */
  readOnly: boolean;
  rowId: (row: Row) => string;
  rowsById: Map<string, Row>;
  columnsByField: Map<string, SheetColumn<Row>>;
}

/**
 * Every change of a cell goes to the server: each cell shows saving, saved, or the server's (or the parser's)
 * message; a row someone else changed is sent again on their version, or shown in the conflict dialog; an action
 * (a typed cell, a paste, a fill) is undone and redone on the server as a whole.
 */
export function useCellSaves<Row>({ grid, save, readOnly, rowId, rowsById, columnsByField }: Options<Row>) {
  const { language, t } = useI18n();
  const states = useRef(new CellStates()).current;
  const pending = useRef(new Map<string, unknown>()).current;
  const history = useRef(new EditHistory()).current;
  const rowsRef = useRef(rowsById);
  rowsRef.current = rowsById;
  const [counts, setCounts] = useState({ saving: 0, saved: 0, error: 0 });
  const [focusMessage, setFocusMessage] = useState('');
  const [conflicts, setConflicts] = useState<RowConflict[]>([]);

  const canEdit = useCallback(
    (column: SheetColumn<Row> | undefined, row: Row | undefined): boolean =>
      Boolean(save && !readOnly && column?.editable && row && column.editable(row)),
    [save, readOnly],
  );

  /** what the cell shows: the value being saved, else the row's */
  const currentValue = useCallback((row: Row, column: SheetColumn<Row>) => {
    const key = cellKey(rowId(row), column.field);
    return pending.has(key) ? pending.get(key) : column.value(row);
  }, [rowId, pending]);

  const stateOf = useCallback((row: Row | undefined, field: string): CellState | undefined =>
    (row ? states.get(rowId(row), field) : undefined), [rowId, states]);

  const refresh = useCallback(() => {
    grid.api()?.refreshCells({ force: true, suppressFlash: true });
    setCounts(states.counts());
  }, [grid, states]);

  /** under the grid: the message of the focused cell, if the server (or the parser) refused it */
  const showFocusMessage = useCallback(() => {
    const focused = grid.api()?.getFocusedCell();
    const row = focused ? grid.row(focused.rowIndex) : undefined;
    const field = focused?.column.getColDef().field;
    const state = row && field ? states.get(rowId(row), field) : undefined;
    setFocusMessage(state?.status === 'error' ? state.message ?? '' : '');
  }, [grid, rowId, states]);

  /** Sends changes to the server as one save (one mutation for callbacks) and shows each cell's outcome. */
  const apply = useCallback(async (changes: CellChange[], mode: Mode, versions: Record<string, number> = {}) => {
    if (!save) return;
    const effective = changes.filter((c) => !sameValue(c.before, c.after));
    if (effective.length === 0) return;
    for (const c of effective) {
      states.set(c.rowId, c.field, { status: 'saving' });
      pending.set(cellKey(c.rowId, c.field), c.after);
    }
    refresh();
    let result: SaveResult;
    try {
      result = await save(effective, versions);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      result = { saved: [], errors: effective.map((c) => ({ rowId: c.rowId, field: c.field, message })), conflicts: [] };
    }
    for (const c of effective) pending.delete(cellKey(c.rowId, c.field));
    for (const c of result.saved) states.set(c.rowId, c.field, { status: 'saved' });
    if (mode === 'edit') history.record(result.saved);
    for (const e of result.errors) {
      const fields = e.field ? [e.field] : effective.filter((c) => c.rowId === e.rowId).map((c) => c.field);
      for (const field of fields) states.set(e.rowId, field, { status: 'error', message: e.message });
    }
    const asks: RowConflict[] = [];
    const resend: { changes: CellChange[]; version: number; rowId: string }[] = [];
    for (const conflict of result.conflicts) {
      const decision = judgeConflict(conflict.changes, { version: conflict.version, values: conflict.values });
      if (decision.kind === 'resend') resend.push({ changes: decision.changes, version: decision.version, rowId: conflict.rowId });
      else {
        asks.push(decision.conflict);
        for (const c of conflict.changes) states.set(c.rowId, c.field, { status: 'error', message: t('conflictTitle') });
      }
    }
    refresh();
    showFocusMessage();
    if (asks.length) setConflicts((existing) => [...existing.filter((e) => !asks.some((a) => a.rowId === e.rowId)), ...asks]);
    for (const r of resend) await apply(r.changes, mode, { [r.rowId]: r.version });
  }, [save, refresh, showFocusMessage, t, states, pending, history]);

  /** the change of a cell to a value, if the clerk may change it */
  const changeAt = useCallback((position: CellPosition, after: unknown): CellChange | null => {
    const column = grid.column(position.colIndex);
    const row = grid.row(position.rowIndex);
    if (!column || !row || !canEdit(column, row)) return null;
    return { rowId: rowId(row), field: column.field, before: currentValue(row, column), after };
  }, [grid, canEdit, rowId, currentValue]);

  /** Text typed or pasted into a cell → a change, or the parser's message on the cell; a read-only cell is counted. */
  const changeFromText = useCallback((position: CellPosition, text: string, skipped: { count: number }): CellChange | null => {
    const column = grid.column(position.colIndex);
    const row = grid.row(position.rowIndex);
    if (!column || !row) return null;
    if (!canEdit(column, row)) {
      skipped.count += 1;
      return null;
    }
    const parsed = parseValue(column.kind, text, language);
    if (!parsed.ok) {
      states.set(rowId(row), column.field, { status: 'error', message: `「${text}」${parsed.message}` });
      return null;
    }
    return changeAt(position, parsed.value);
  }, [grid, canEdit, language, rowId, states, changeAt]);

  /** the grid's editor closed with a text (readOnlyEdit: the grid never writes the row itself) */
  const onCellEditRequest = useCallback((event: CellEditRequestEvent<Row>) => {
    const column = columnsByField.get(event.colDef.field ?? '');
    if (!column || !event.data) return;
    const text = event.newValue === null || event.newValue === undefined ? '' : String(event.newValue);
    const position = { rowIndex: event.rowIndex ?? 0, colIndex: grid.colIndexOf(event.column) };
    const change = changeFromText(position, text, { count: 0 });
    if (change) void apply([change], 'edit');
    else refresh();
  }, [columnsByField, grid, changeFromText, apply, refresh]);

  const undoOrRedo = useCallback((mode: 'undo' | 'redo') => {
    const changes = mode === 'undo' ? history.undo() : history.redo();
    if (!changes) return;
    // each cell goes back from what it is now (another save may have happened since)
    const current = changes.map((c) => {
      const row = rowsRef.current.get(c.rowId);
      const column = columnsByField.get(c.field);
      return row && column ? { ...c, before: currentValue(row, column) } : c;
    });
    void apply(current, mode);
  }, [history, columnsByField, currentValue, apply]);

  /** the clerk's choice in the conflict dialog: mine is sent on their version, theirs sends nothing */
  const decide = useCallback((conflict: RowConflict, choice: 'mine' | 'theirs') => {
    setConflicts((existing) => existing.filter((c) => c.rowId !== conflict.rowId));
    for (const f of conflict.fields) states.set(conflict.rowId, f.field, null);
    refresh();
    if (choice === 'mine') void apply(resolveConflict(conflict, 'mine'), 'edit', { [conflict.rowId]: conflict.version });
  }, [states, refresh, apply]);

  return useMemo(() => ({
    counts, conflicts, focusMessage, rowsRef,
    canEdit, currentValue, stateOf, refresh, showFocusMessage, changeAt, changeFromText, onCellEditRequest, decide,
    /** one action of the clerk (typed, pasted, filled, cleared): saved, and undoable as a whole */
    edit: (changes: CellChange[]) => void apply(changes, 'edit'),
    undo: () => undoOrRedo('undo'),
    redo: () => undoOrRedo('redo'),
  }), [counts, conflicts, focusMessage, canEdit, currentValue, stateOf, refresh, showFocusMessage, changeAt, changeFromText, onCellEditRequest, decide, apply, undoOrRedo]);
}

export type CellSaves<Row> = ReturnType<typeof useCellSaves<Row>>;
