import type { CellEditRequestEvent } from 'ag-grid-community';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { type CellChange, type CellPosition, cellKey, sameValue } from './cells';
import { type CellState, CellStates } from './cell-state';
import { parseValue } from './cell-values';
import { judgeConflict, resolveConflict, type RowConflict } from './conflict';
import type { DisplayedGrid } from './displayed-grid';
import { EditHistory } from './edit-history';
import type { CellNote, SaveFn, SaveResult, SheetColumn } from './sheet-types';

/** What became of the cells of one save (with its resends): saved, or refused with a message by cell key. */
interface Outcome {
  saved: CellChange[];
  refused: Map<string, string>;
  /** the server's reasons by row: a message, and the column it names (null: the whole row) */
  reasons: Map<string, { column: string | null; message: string }[]>;
}

/** "回访人、满意程度：回访记录须填写此栏；…": a row's reasons, the columns of one message together. */
function describeReasons(reasons: { column: string | null; message: string }[]): string {
  const byMessage = new Map<string, string[]>();
  for (const r of reasons) {
    const columns = byMessage.get(r.message) ?? [];
    if (r.column && !columns.includes(r.column)) columns.push(r.column);
    byMessage.set(r.message, columns);
  }
  return [...byMessage].map(([message, columns]) => (columns.length ? `${columns.join('、')}：${message}` : message)).join('；');
}

interface Options<Row> {
  grid: DisplayedGrid<Row>;
  /** absent: a read-only report */
  save: SaveFn | undefined;
  /** an editable form that is locked now (archived, role) */
  readOnly: boolean;
  rowId: (row: Row) => string;
  rowsById: Map<string, Row>;
  columnsByField: Map<string, SheetColumn<Row>>;
  /** a row as the clerk knows it (编码 · 业主), to name it in a message */
  rowLabel?: (row: Row) => string;
}

/**
 * Every change of a cell goes to the server: each cell shows saving, saved, or the server's (or the parser's)
 * message; a row someone else changed is sent again on their version, or shown in the conflict dialog; an action
 * (a typed cell, a paste, a fill) is undone and redone on the server as a whole.
 */
export function useCellSaves<Row>({ grid, save, readOnly, rowId, rowsById, columnsByField, rowLabel }: Options<Row>) {
  const { language, t } = useI18n();
  const states = useRef(new CellStates()).current;
  const pending = useRef(new Map<string, unknown>()).current;
  const history = useRef(new EditHistory()).current;
  const rowsRef = useRef(rowsById);
  rowsRef.current = rowsById;
  const rowLabelRef = useRef(rowLabel);
  rowLabelRef.current = rowLabel;
  const [counts, setCounts] = useState({ saving: 0, saved: 0, error: 0 });
  const [focusMessage, setFocusMessage] = useState('');
  /** the outcome of the last undo/redo the server refused, in one message */
  const [notice, setNotice] = useState('');
  const [conflicts, setConflicts] = useState<RowConflict[]>([]);
  /** the server's warnings of our last save of each row, by row and column */
  const warnings = useRef(new Map<string, Map<string, string>>()).current;

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

  /** what the cell says besides its save state: the row's gap or warning (the column's note), or the server's warning */
  const noteOf = useCallback((row: Row | undefined, column: SheetColumn<Row>): CellNote | null => {
    if (!row) return null;
    const note = column.note?.(row) ?? null;
    if (note) return note;
    const warning = warnings.get(rowId(row))?.get(column.field);
    return warning ? { level: 'warning', message: warning } : null;
  }, [rowId, warnings]);

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
    const column = field ? columnsByField.get(field) : undefined;
    const note = column ? noteOf(row, column) : null;
    setFocusMessage(state?.status === 'error' ? state.message ?? '' : note?.message ?? '');
  }, [grid, rowId, states, columnsByField, noteOf]);

  /**
   * Sends changes to the server as one save (one mutation for callbacks) and shows each cell's outcome: saved, or
   * refused with a message — a cell the server's answer does not name (its row was refused for another column) is
   * refused with the row's reason, so no cell stays "saving". Rows someone else changed in other columns are sent
   * again on their version; the answer covers those resends too.
   */
  const send = useCallback(async (changes: CellChange[], versions: Record<string, number>): Promise<Outcome> => {
    const outcome: Outcome = { saved: [], refused: new Map(), reasons: new Map() };
    if (!save) return outcome;
    const effective = changes.filter((c) => !sameValue(c.before, c.after));
    if (effective.length === 0) return outcome;
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
    const answered = new Set<string>();
    for (const c of result.saved) {
      states.set(c.rowId, c.field, { status: 'saved' });
      answered.add(cellKey(c.rowId, c.field));
      outcome.saved.push(c);
    }
    // the warnings of a saved row replace those of its previous save
    for (const id of new Set(result.saved.map((c) => c.rowId))) warnings.delete(id);
    for (const w of result.warnings ?? []) {
      const row = warnings.get(w.rowId) ?? new Map<string, string>();
      row.set(w.field, w.message);
      warnings.set(w.rowId, row);
    }
    const refuse = (rowId: string, field: string, message: string) => {
      states.set(rowId, field, { status: 'error', message });
      answered.add(cellKey(rowId, field));
      outcome.refused.set(cellKey(rowId, field), message);
    };
    // why a row was refused, naming the column when the message is about one
    const rowReasons = outcome.reasons;
    for (const e of result.errors) {
      const fields = e.field ? [e.field] : effective.filter((c) => c.rowId === e.rowId).map((c) => c.field);
      for (const field of fields) refuse(e.rowId, field, e.message);
      const reason = { column: e.field ? columnsByField.get(e.field)?.header ?? e.field : null, message: e.message };
      rowReasons.set(e.rowId, [...(rowReasons.get(e.rowId) ?? []), reason]);
    }
    const asks: RowConflict[] = [];
    const resend: { changes: CellChange[]; version: number; rowId: string }[] = [];
    for (const conflict of result.conflicts) {
      const decision = judgeConflict(conflict.changes, { version: conflict.version, values: conflict.values });
      for (const c of conflict.changes) answered.add(cellKey(c.rowId, c.field));
      if (decision.kind === 'resend') resend.push({ changes: decision.changes, version: decision.version, rowId: conflict.rowId });
      else {
        asks.push(decision.conflict);
        for (const c of conflict.changes) refuse(c.rowId, c.field, t('conflictTitle'));
        rowReasons.set(conflict.rowId, [...(rowReasons.get(conflict.rowId) ?? []), { column: null, message: t('conflictTitle') }]);
      }
    }
    // every cell sent ends saved or refused: one the answer does not name shares its row's refusal
    for (const c of effective) {
      if (answered.has(cellKey(c.rowId, c.field))) continue;
      const reasons = rowReasons.get(c.rowId);
      refuse(c.rowId, c.field, reasons ? t('rowNotSaved', { reason: describeReasons(reasons) }) : t('cellUnanswered'));
    }
    refresh();
    showFocusMessage();
    if (asks.length) setConflicts((existing) => [...existing.filter((e) => !asks.some((a) => a.rowId === e.rowId)), ...asks]);
    for (const r of resend) {
      const again = await send(r.changes, { [r.rowId]: r.version });
      outcome.saved.push(...again.saved);
      for (const [key, message] of again.refused) outcome.refused.set(key, message);
      for (const [rowId, reasons] of again.reasons) rowReasons.set(rowId, [...(rowReasons.get(rowId) ?? []), ...reasons]);
    }
    return outcome;
  }, [save, refresh, showFocusMessage, t, states, pending, columnsByField, warnings]);

  /** one action of the clerk (typed, pasted, filled, cleared, or kept in the conflict dialog): saved, and undoable as a whole */
  const edit = useCallback(async (changes: CellChange[], versions: Record<string, number> = {}) => {
    setNotice('');
    const outcome = await send(changes, versions);
    history.record(outcome.saved);
  }, [send, history]);

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
    if (change) void edit([change]);
    else refresh();
  }, [columnsByField, grid, changeFromText, edit, refresh]);

  /**
   * Ctrl+Z / Ctrl+Y: the last action's cells go back (or again) on the server, each from what it shows now. What the
   * server refuses stays undoable (it was not undone) and is explained in one message under the grid.
   */
  const undoOrRedo = useCallback(async (mode: 'undo' | 'redo') => {
    const changes = mode === 'undo' ? history.undo() : history.redo();
    if (!changes) return;
    setNotice('');
    // each cell goes back from what it is now (another save may have happened since)
    const current = changes.map((c) => {
      const row = rowsRef.current.get(c.rowId);
      const column = columnsByField.get(c.field);
      return row && column ? { ...c, before: currentValue(row, column) } : c;
    });
    const outcome = await send(current, {});
    history.settle(changes, new Set(outcome.refused.keys()));
    if (outcome.refused.size) {
      const rows = [...outcome.reasons].map(([id, reasons]) => {
        const row = rowsRef.current.get(id);
        const label = rowLabelRef.current;
        return `${row && label ? label(row) : id} — ${describeReasons(reasons)}`;
      });
      setNotice(t(mode === 'undo' ? 'undoRefused' : 'redoRefused', { count: outcome.reasons.size, rows: rows.join(' / ') }));
    }
  }, [history, columnsByField, currentValue, send, t]);

  /** the clerk's choice in the conflict dialog: mine is sent on their version, theirs sends nothing */
  const decide = useCallback((conflict: RowConflict, choice: 'mine' | 'theirs') => {
    setConflicts((existing) => existing.filter((c) => c.rowId !== conflict.rowId));
    for (const f of conflict.fields) states.set(conflict.rowId, f.field, null);
    refresh();
    if (choice === 'mine') void edit(resolveConflict(conflict, 'mine'), { [conflict.rowId]: conflict.version });
  }, [states, refresh, edit]);

  return useMemo(() => ({
    counts, conflicts, focusMessage, notice, rowsRef,
    canEdit, currentValue, stateOf, noteOf, refresh, showFocusMessage, changeAt, changeFromText, onCellEditRequest, decide,
    /** one action of the clerk (typed, pasted, filled, cleared): saved, and undoable as a whole */
    edit: (changes: CellChange[]) => void edit(changes),
    undo: () => void undoOrRedo('undo'),
    redo: () => void undoOrRedo('redo'),
  }), [counts, conflicts, focusMessage, notice, canEdit, currentValue, stateOf, noteOf, refresh, showFocusMessage, changeAt, changeFromText, onCellEditRequest, decide, edit, undoOrRedo]);
}

export type CellSaves<Row> = ReturnType<typeof useCellSaves<Row>>;
