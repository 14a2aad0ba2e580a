// Pure rules of how a workbook sheet lands on paper: the paper, the text size, column widths, wrapped line counts,
// row heights and which columns print on which page. No I/O; unit-tested in test/unit/print-layout.test.ts and
// checked end to end by rendering an export with LibreOffice (test/server/workbook-print.test.ts).
//
// Measured in LibreOffice 7.4 with Carlito (Calibri's metric twin) and Noto Sans CJK: a Chinese character is 1 em
// wide, a Latin digit 0.51 em, a capital at most 0.56 em; one unit of column width is 5.55 pt (Excel: 7 px = 5.25 pt
// plus 5 px of padding per column); a wrapped line of 9 pt Chinese text takes 13 pt.

/**
 * A4 landscape: the paper every service centre prints and files (A4 binders). A3 was measured and left out: at a
 * readable size 《业主回访记录表》 needs about 2,000 pt of width, so even A3 (1,126 pt) prints it as three parts.
 */
export const PAPER = { name: 'A4', code: 9, width: 841.89, height: 595.28 } as const;

/** Margins in inches: 15 mm on the left for the punch holes of a binder (存档), header and footer in their own band. */
export const MARGINS = { left: 0.6, right: 0.3, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };

/** 小五 (9 pt) for the body and the column headers: at a print scale of at least 89 % it is ≥ 8 pt on paper. */
export const BODY_FONT_PT = 9;
export const CAPTION_FONT_PT = 10;
/** 10 pt: header and footer shrink with the sheet's scale (Excel's "scale with document"), 8.9 pt at the least */
export const HEADER_FOOTER_FONT_PT = 10;
/** the smallest text on paper the issue allows (8 pt), and the print scale that keeps the body at it */
export const MIN_PRINTED_PT = 8;
export const MIN_SCALE = Math.ceil((MIN_PRINTED_PT / BODY_FONT_PT) * 100);
/** Named on every cell: a font without a name falls back to the renderer's default (wider Latin in LibreOffice). */
export const FONT_NAME = 'Calibri';

/** Width of one column unit on paper: the larger of LibreOffice's and Excel's, so a page plan holds in both. */
export function columnPoints(width: number): number {
  return Math.max(width * 5.55, width * 5.25 + 3.75);
}

/** One half-width character (CJK counts two) at 1 pt, with a little room for capitals (0.56 em measured). */
const HALF_CELL_EM = 0.51;
/** inner padding of a cell, both sides together, in pt */
const CELL_PADDING_PT = 4;
/** a line of text: Noto Sans CJK's line height (1.45 em), the tallest of the fonts the sheets use */
const LINE_HEIGHT_EM = 1.45;
/** a row's padding above and below its lines, in pt */
const ROW_PADDING_PT = 3;
/** Excel's largest row height */
export const MAX_ROW_HEIGHT_PT = 409;

/**
 * CJK ideographs, kana, hangul, full-width forms and CJK punctuation take two columns of width (all in the BMP: a
 * character outside it counts one).
 */
const WIDE_RANGES: [number, number][] = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf], [0xac00, 0xd7a3],
  [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60], [0xffe0, 0xffe6],
];

// Line breaking as spreadsheets do it for Chinese: any two ideographs may be split, Latin words are kept whole
// (split after a space, hyphen or slash), closing punctuation never starts a line and opening punctuation never
// ends one (禁则); a word longer than the line is cut where the line is full.
const CLOSING = '，。、；：？！）》」』】〉”’,.;:?!)]}%';
const OPENING = '（《「『【〈“‘([{';

/**
 * What each UTF-16 code unit is to the measure and the line breaker, looked up rather than matched with a regular
 * expression: the export measures every text cell of every row.
 */
const WIDE = 1;
const CLOSES = 2;
const OPENS = 4;
const CHAR_CLASS = (() => {
  const table = new Uint8Array(0x10000);
  for (const [from, to] of WIDE_RANGES) table.fill(WIDE, from, to + 1);
  for (const char of CLOSING) table[char.charCodeAt(0)] |= CLOSES;
  for (const char of OPENING) table[char.charCodeAt(0)] |= OPENS;
  return table;
})();

/** The class of one character (a code point, as `for … of` gives it): one outside the BMP is none of them. */
const classOf = (char: string) => (char.length === 1 ? CHAR_CLASS[char.charCodeAt(0)] : 0);

/** Width of a text in half-width characters (one per Latin character, two per Chinese character). */
export function displayWidth(text: string): number {
  let width = text.length;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x1100) continue;
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      // a surrogate pair is one character, outside the BMP: one column
      if (next >= 0xdc00 && next <= 0xdfff) {
        width -= 1;
        index += 1;
      }
      continue;
    }
    if (CHAR_CLASS[code] & WIDE) width += 1;
  }
  return width;
}

/** Points a text of this display width takes at a font size, without padding. */
export function textPoints(width: number, fontPt = BODY_FONT_PT): number {
  return width * HALF_CELL_EM * fontPt;
}

/** Column units a text of this display width needs on one line, padding included. */
export function unitsFor(width: number, fontPt = BODY_FONT_PT): number {
  // Excel's unit is the smaller (5.25 pt): sizing with it leaves the text room in both renderers
  return (textPoints(width, fontPt) + CELL_PADDING_PT) / 5.25;
}

export const MIN_COLUMN_WIDTH = 5;
export const MAX_COLUMN_WIDTH = 40;
/** a wrapping text column is kept this narrow (8 Chinese characters a line): long values take more lines, not width */
export const WRAPPED_TEXT_WIDTH = 14;

/** The widest line of a header: up to three Chinese characters on one line, up to six on two, longer on three. */
function headerLineWidth(header: string): number {
  const width = displayWidth(header);
  if (width <= 6) return width;
  return width <= 12 ? Math.ceil(width / 4) * 2 : Math.ceil(width / 6) * 2;
}

/**
 * A column wide enough for a typical value (rows are streamed, so the width is chosen before they are read) and
 * for its header wrapped onto two or three lines; a wrapping text column stays narrow.
 */
export function columnWidth(header: string, typicalValue = '', wraps = false): number {
  const headerNeed = unitsFor(headerLineWidth(header));
  const valueNeed = wraps ? Math.min(WRAPPED_TEXT_WIDTH, unitsFor(displayWidth(typicalValue))) : unitsFor(displayWidth(typicalValue));
  const width = Math.max(MIN_COLUMN_WIDTH, headerNeed, valueNeed);
  return Math.min(MAX_COLUMN_WIDTH, Math.ceil(width * 2) / 2);
}

const holdsOpening = (unit: string) => {
  for (let index = 0; index < unit.length; index++) if (CHAR_CLASS[unit.charCodeAt(index)] & OPENS) return true;
  return false;
};

/** Splits a paragraph into the pieces a line may not break inside. */
function breakUnits(paragraph: string): string[] {
  const units: string[] = [];
  let latin = '';
  const flush = () => {
    if (latin) units.push(latin);
    latin = '';
  };
  for (const char of paragraph) {
    const type = classOf(char);
    const closing = (type & CLOSES) !== 0;
    const opening = !closing && (type & OPENS) !== 0;
    if (!closing && !opening && (type & WIDE) !== 0) {
      flush();
      units.push(char);
    } else if (closing) {
      // stays with what precedes it
      if (latin) latin += char;
      else if (units.length) units[units.length - 1] += char;
      else units.push(char);
    } else if (opening) {
      flush();
      units.push(char);
    } else {
      latin += char;
      if (char === ' ' || char === '-' || char === '/') flush();
    }
  }
  flush();
  // an opening mark joins the unit after it
  const joined: string[] = [];
  for (let index = 0; index < units.length; index++) {
    if (index + 1 < units.length && displayWidth(units[index]) <= 2 && holdsOpening(units[index])) {
      units[index + 1] = units[index] + units[index + 1];
    } else joined.push(units[index]);
  }
  return joined;
}

/** Lines a text takes in a column of this width when its cell wraps (an explicit line break starts a new line). */
export function wrappedLineCount(text: string, columnUnits: number, fontPt = BODY_FONT_PT): number {
  if (!text) return 1;
  // the room of a line in half-width characters (the padding is more than either renderer leaves)
  const capacity = Math.max(2, Math.floor((columnPoints(columnUnits) - CELL_PADDING_PT) / (HALF_CELL_EM * fontPt)));
  let lines = 0;
  for (const paragraph of text.includes('\n') ? text.split(/\r?\n/) : [text]) {
    lines += 1;
    // a paragraph no wider than the line takes that line, however it would break
    if (displayWidth(paragraph) <= capacity) continue;
    let used = 0;
    for (const unit of breakUnits(paragraph)) {
      const width = displayWidth(unit);
      const visible = displayWidth(unit.trimEnd());
      if (used > 0 && used + visible > capacity) {
        lines += 1;
        used = 0;
      }
      if (used === 0 && width > capacity) {
        // a word longer than the line: cut where it is full
        lines += Math.ceil(visible / capacity) - 1;
        used = visible % capacity || capacity;
        continue;
      }
      used += width;
    }
  }
  return lines;
}

/** Height of a line of text at a font size, in pt. */
export function lineHeight(fontPt = BODY_FONT_PT): number {
  return fontPt * LINE_HEIGHT_EM;
}

export interface CellText {
  text: string;
  /** the column's width in units */
  width: number;
  wraps: boolean;
  fontPt?: number;
}

/**
 * The height of a row: its tallest cell's wrapped lines, so nothing overlaps the next row and nothing is cut; at
 * most `maxHeight` (a row is never taller than a page, nor than Excel's 409 pt). Cells that do not wrap take one line.
 */
export function rowHeight(cells: Iterable<CellText>, maxHeight = MAX_ROW_HEIGHT_PT): number {
  let tallest = lineHeight();
  for (const cell of cells) {
    const fontPt = cell.fontPt ?? BODY_FONT_PT;
    const lines = cell.wraps ? wrappedLineCount(cell.text, cell.width, fontPt) : 1;
    tallest = Math.max(tallest, lines * lineHeight(fontPt));
  }
  return heightOfTallest(tallest, maxHeight);
}

/** rowHeight of a row of body text whose tallest cell takes `lines` lines (what the record sheets compute per row). */
export function bodyRowHeight(lines: number, maxHeight = MAX_ROW_HEIGHT_PT): number {
  return heightOfTallest(Math.max(lineHeight(), lines * lineHeight()), maxHeight);
}

function heightOfTallest(tallest: number, maxHeight: number): number {
  return Math.min(maxHeight, Math.ceil((tallest + ROW_PADDING_PT) * 4) / 4);
}

/** The printable width and height of the landscape page, in pt, at a print scale (the sheet's size on paper ÷ scale). */
export function printableArea(scale = 100): { width: number; height: number } {
  return {
    width: ((PAPER.width - (MARGINS.left + MARGINS.right) * 72) * 100) / scale,
    height: ((PAPER.height - (MARGINS.top + MARGINS.bottom) * 72) * 100) / scale,
  };
}

export interface PageColumns {
  /** 0-based index of the first column of the page (after the repeated ones) */
  from: number;
  /** 0-based index after its last column */
  to: number;
  /** the column groups on it, e.g. ['一、工单与回访安排'] */
  groups: string[];
}

export interface PrintPlan {
  /** print scale in percent: 100, or down to MIN_SCALE to keep a sheet one page wide */
  scale: number;
  pages: PageColumns[];
  /** the first columns printed again at the left of every page (none when the sheet fits one page wide) */
  repeated: number;
  /** 0-based indexes of the columns that start a new page: OOXML colBreaks */
  breaks: number[];
}

/**
 * How a sheet goes on paper, never below 8 pt: the whole sheet one page wide at 100 %, or shrunk as far as
 * MIN_SCALE (89 %: 9 pt text prints at 8 pt) when that is enough; else its column groups packed onto pages in order
 * at the largest scale where each group fits (a group is never split), each page repeating the first `repeat`
 * columns (编码, 业主). Throws when a group cannot fit even at MIN_SCALE: a sheet definition error, caught by the
 * unit tests.
 */
export function planPrint(columns: { width: number; group: string }[], repeat: number): PrintPlan {
  const points = columns.map((column) => columnPoints(column.width));
  const sum = (from: number, to: number) => points.slice(from, to).reduce((total, value) => total + value, 0);
  const allGroups = [...new Set(columns.map((column) => column.group))];
  const total = sum(0, columns.length);
  const fitScale = Math.min(100, Math.floor((printableArea().width / total) * 100));
  if (fitScale >= MIN_SCALE) return { scale: fitScale, pages: [{ from: 0, to: columns.length, groups: allGroups }], repeated: 0, breaks: [] };

  // consecutive runs of one group after the repeated columns
  const runs: { group: string; from: number; to: number }[] = [];
  for (let index = repeat; index < columns.length; index++) {
    const last = runs[runs.length - 1];
    if (last && last.group === columns[index].group) last.to = index + 1;
    else runs.push({ group: columns[index].group, from: index, to: index + 1 });
  }
  const repeated = sum(0, repeat);
  const widest = Math.max(...runs.map((run) => repeated + sum(run.from, run.to)));
  const scale = Math.min(100, Math.floor((printableArea().width / widest) * 100));
  if (scale < MIN_SCALE) {
    const run = runs.find((candidate) => repeated + sum(candidate.from, candidate.to) === widest)!;
    throw new Error(`column group ${run.group || '(none)'} (${Math.round(widest)} pt) does not fit A4 landscape at ${MIN_SCALE} %`);
  }
  const available = printableArea(scale).width;
  const pages: PageColumns[] = [];
  let used = repeated;
  for (const run of runs) {
    const width = sum(run.from, run.to);
    const page = pages[pages.length - 1];
    if (page && used + width <= available) {
      page.to = run.to;
      page.groups.push(run.group);
      used += width;
    } else {
      pages.push({ from: run.from, to: run.to, groups: [run.group] });
      used = repeated + width;
    }
  }
  return { scale, pages, repeated: repeat, breaks: pages.slice(1).map((page) => page.from) };
}
