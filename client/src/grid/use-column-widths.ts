import type { ColumnResizedEvent, GridApi } from 'ag-grid-community';
import { useCallback } from 'react';

/** Column widths the clerk dragged are remembered per browser, under the sheet's key. */
export function useColumnWidths(storageKey: string) {
  const key = `hf.widths.${storageKey}`;

  const restore = useCallback((api: GridApi) => {
    try {
      const saved = JSON.parse(localStorage.getItem(key) ?? 'null') as Record<string, number> | null;
      if (saved) api.applyColumnState({ state: Object.entries(saved).map(([colId, width]) => ({ colId, width })) });
    } catch {
      // unreadable saved widths: keep the defaults
    }
  }, [key]);

  const onColumnResized = useCallback((event: ColumnResizedEvent) => {
    if (!event.finished || !event.source.startsWith('ui')) return;
    const widths = Object.fromEntries(event.api.getColumnState().map((s) => [s.colId, s.width]));
    localStorage.setItem(key, JSON.stringify(widths));
  }, [key]);

  return { restore, onColumnResized };
}
