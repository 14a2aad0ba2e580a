import type { CellPosition } from './cells';
import { type CellRange, rangeBounds } from './range';

/**
 * Parses what Excel / LibreOffice put on the clipboard as text/plain: rows split by newlines, cells by tabs,
 * a cell with a tab, newline or quote wrapped in double quotes (a quote doubled inside). The line break
 * after the last row is not an extra empty row.
 */
export function parseClipboardTable(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const source = text.replace(/\r\n?/g, '\n');
  let quotedCellStart = true;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '"' && quotedCellStart && cell === '') {
      // a quoted cell: read to the closing quote
      let j = i + 1;
      let value = '';
      let closed = false;
      while (j < source.length) {
        if (source[j] === '"') {
          if (source[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          closed = true;
          j += 1;
          break;
        }
        value += source[j];
        j += 1;
      }
      if (closed && (j >= source.length || source[j] === '\t' || source[j] === '\n')) {
        cell = value;
        i = j;
        quotedCellStart = false;
        continue;
      }
      // not a well-formed quoted cell: the quote is text
    }
    quotedCellStart = false;
    if (ch === '\t') {
      row.push(cell);
      cell = '';
      quotedCellStart = true;
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      quotedCellStart = true;
    } else {
      cell += ch;
    }
    i += 1;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** One pasted cell: where it lands and the text it carries. */
export interface PastedCell extends CellPosition {
  text: string;
}

/**
 * Where a pasted block lands: from the top-left of the selection, clipped to the grid. A single value
 * pasted onto a selected block fills the whole block, as in Excel.
 */
export function planPaste(table: string[][], target: CellRange, rowCount: number, colCount: number): PastedCell[] {
  if (table.length === 0) return [];
  const b = rangeBounds(target);
  const cells: PastedCell[] = [];
  const single = table.length === 1 && table[0].length === 1;
  if (single && (b.bottom > b.top || b.right > b.left)) {
    for (let r = b.top; r <= Math.min(b.bottom, rowCount - 1); r++) {
      for (let c = b.left; c <= Math.min(b.right, colCount - 1); c++) cells.push({ rowIndex: r, colIndex: c, text: table[0][0] });
    }
    return cells;
  }
  table.forEach((values, dr) => {
    values.forEach((text, dc) => {
      const rowIndex = b.top + dr;
      const colIndex = b.left + dc;
      if (rowIndex < rowCount && colIndex < colCount) cells.push({ rowIndex, colIndex, text });
    });
  });
  return cells;
}

/** The block a paste wrote to, to select after it; null when nothing was pasted (an empty clipboard). */
export function pastedRange(cells: PastedCell[]): CellRange | null {
  if (cells.length === 0) return null;
  const rows = cells.map((c) => c.rowIndex);
  const cols = cells.map((c) => c.colIndex);
  return {
    anchor: { rowIndex: Math.min(...rows), colIndex: Math.min(...cols) },
    focus: { rowIndex: Math.max(...rows), colIndex: Math.max(...cols) },
  };
}

/** The selected block as TSV, for the clipboard (quoted like Excel when a value has a tab, newline or quote). */
export function toClipboardTable(values: string[][]): string {
  const quote = (v: string) => (/[\t\n"]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return values.map((row) => row.map(quote).join('\t')).join('\n');
}
