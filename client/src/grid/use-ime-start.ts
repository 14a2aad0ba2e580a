import { type CompositionEvent, type KeyboardEvent, useMemo } from 'react';
import type { DisplayedGrid } from './displayed-grid';
import type { CellSaves } from './use-cell-saves';

const EDITOR = '.ag-cell-inline-editing, .ag-popup-editor';
const EDITOR_INPUT = '.ag-cell-inline-editing input, .ag-popup-editor input, .ag-popup-editor textarea';

/** The event comes from an open cell editor (or another input): the composition belongs to it. */
function fromEditor(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return Boolean(target.closest(EDITOR)) || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** A key an input method takes (拼音, 五笔 …): Chromium and Firefox report it as "Process" / keyCode 229. */
function isImeKey(event: KeyboardEvent): boolean {
  return event.key === 'Process' || event.keyCode === 229 || event.nativeEvent.isComposing;
}

/**
 * Typing Chinese into a selected cell starts editing it, as a Latin letter does (AG Grid only starts on a printable
 * key, and an input method's keys are not): the IME's first key opens the cell's editor empty, so the composition
 * goes into it; a composition that still began on the cell (the editor not yet open) is put into the editor when it
 * ends. Enter then saves it like any typed value. Select cells (enums) are chosen, not typed, and are left alone.
 */
export function useImeStart<Row>(grid: DisplayedGrid<Row>, saves: CellSaves<Row>, container: () => HTMLElement | null) {
  return useMemo(() => {
    /** opens the focused cell's editor empty, if it takes typed text and the clerk may change it */
    const start = (): boolean => {
      const api = grid.api();
      const focused = grid.focusedCell();
      if (!api || !focused || grid.isEditing()) return false;
      const column = grid.column(focused.colIndex);
      const row = grid.row(focused.rowIndex);
      if (!column || column.select || !saves.canEdit(column, row)) return false;
      // Backspace: AG Grid's way to open the text editor empty, as typing over a cell does in Excel
      api.startEditingCell({ rowIndex: focused.rowIndex, colKey: column.field, key: 'Backspace' });
      return true;
    };

    /**
     * puts the composed text into the editor once it is there (the React editor renders a moment later: on a busy
     * PC that can take longer than a few frames, so it is looked for during up to 2 s)
     */
    const insert = (text: string, attempts = 120) => {
      const input = container()?.querySelector<HTMLInputElement>(EDITOR_INPUT);
      if (!input) {
        if (attempts > 0 && grid.isEditing()) setTimeout(() => insert(text, attempts - 1), 16);
        return;
      }
      const at = input.selectionStart ?? input.value.length;
      const end = input.selectionEnd ?? at;
      input.focus();
      // through the element's own setter, so a React editor (a controlled input) sees the change as typed text
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      const next = input.value.slice(0, at) + text + input.value.slice(end);
      if (setValue) setValue.call(input, next);
      else input.value = next;
      input.setSelectionRange(at + text.length, at + text.length);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };

    return {
      onKeyDownCapture: (event: KeyboardEvent) => {
        if (!fromEditor(event.target) && isImeKey(event)) start();
      },
      onCompositionStartCapture: (event: CompositionEvent) => {
        if (!fromEditor(event.target)) start();
      },
      onCompositionEndCapture: (event: CompositionEvent) => {
        if (!fromEditor(event.target) && event.data) insert(event.data);
      },
    };
  }, [grid, saves, container]);
}
