import { useCallback, useMemo, useRef, useState } from 'react';

interface Versioned {
  id: string;
  version: number;
}

/**
 * The row an action button works on (无人接听, 约定稍后, 处理完毕): kept by its id and read from the sheet's rows as they are
 * now, never the object as it was when the clerk focused it. An action sends the newest version the sheet knows: the
 * row's, or the one the sheet's own last action on it returned (remember), whichever is newer — so a second action on
 * the same row is never refused as "changed by someone else".
 */
export function useSelectedRow<Row extends Versioned>(rows: readonly Row[]) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const own = useRef(new Map<string, number>());
  const selected = useMemo(() => (selectedId ? rows.find((r) => r.id === selectedId) ?? null : null), [rows, selectedId]);
  const select = useCallback((row: Row | null) => setSelectedId(row?.id ?? null), []);
  const versionOf = useCallback((row: Versioned) => Math.max(row.version, own.current.get(row.id) ?? 0), []);
  const remember = useCallback((row: Versioned | null | undefined) => {
    if (row) own.current.set(row.id, Math.max(row.version, own.current.get(row.id) ?? 0));
  }, []);
  return { selected, select, versionOf, remember };
}
