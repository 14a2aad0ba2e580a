import { parseClipboardTable, pastedRange, planPaste, toClipboardTable } from '../../client/src/grid/paste';
import { parseValue } from '../../client/src/grid/cell-values';
import { METHOD_LABELS, SATISFACTION_LABELS } from '@hf/shared';

describe('pasting a block copied from Excel or LibreOffice', () => {
  it('should read rows and tabs, without an empty row for the final line break', () => {
    expect(parseClipboardTable('电话\t满意\t合格\r\n面谈\t非常满意\t合格\r\n')).toEqual([
      ['电话', '满意', '合格'],
      ['面谈', '非常满意', '合格'],
    ]);
  });

  it('should keep empty cells and a quoted cell with a line break, tab or quote inside', () => {
    expect(parseClipboardTable('a\t\tc\n"第一行\n第二行"\t"x\ty"\t"他说""好"""\n')).toEqual([
      ['a', '', 'c'],
      ['第一行\n第二行', 'x\ty', '他说"好"'],
    ]);
  });

  it('should treat a quote inside a cell as text', () => {
    expect(parseClipboardTable('5"门\t2')).toEqual([['5"门', '2']]);
  });

  it('should place a 3×4 block from the selected cell, clipped at the edge of the grid', () => {
    const table = [['1', '2', '3', '4'], ['5', '6', '7', '8'], ['9', '10', '11', '12']];
    const at = { rowIndex: 2, colIndex: 5 };
    const cells = planPaste(table, { anchor: at, focus: at }, 10, 20);
    expect(cells).toHaveLength(12);
    expect(cells[0]).toEqual({ rowIndex: 2, colIndex: 5, text: '1' });
    expect(cells[11]).toEqual({ rowIndex: 4, colIndex: 8, text: '12' });

    const clipped = planPaste(table, { anchor: { rowIndex: 9, colIndex: 18 }, focus: { rowIndex: 9, colIndex: 18 } }, 10, 20);
    expect(clipped.map((c) => c.text)).toEqual(['1', '2']);
  });

  it('should fill a selected block with a single pasted value, as Excel does', () => {
    const cells = planPaste([['满意']], { anchor: { rowIndex: 1, colIndex: 1 }, focus: { rowIndex: 3, colIndex: 2 } }, 10, 10);
    expect(cells).toHaveLength(6);
    expect(new Set(cells.map((c) => c.text))).toEqual(new Set(['满意']));
  });

  it('should select the block a paste wrote to, and nothing for an empty clipboard', () => {
    const filled = planPaste([['满意']], { anchor: { rowIndex: 3, colIndex: 2 }, focus: { rowIndex: 1, colIndex: 1 } }, 10, 10);
    expect(pastedRange(filled)).toEqual({ anchor: { rowIndex: 1, colIndex: 1 }, focus: { rowIndex: 3, colIndex: 2 } });
    const at = { rowIndex: 9, colIndex: 18 };
    expect(pastedRange(planPaste([['1', '2', '3'], ['4', '5', '6']], { anchor: at, focus: at }, 10, 20))).toEqual({ anchor: at, focus: { rowIndex: 9, colIndex: 19 } });
    // an empty clipboard pastes nothing and leaves no selection to extend (it used to reach -Infinity and hang Delete/Ctrl+D)
    expect(planPaste(parseClipboardTable(''), { anchor: at, focus: at }, 10, 20)).toEqual([]);
    expect(pastedRange([])).toBeNull();
  });

  it('should copy a block back out as TSV that parses to the same cells', () => {
    const values = [['a\tb', '多行\n文本'], ['"引号"', '']];
    expect(parseClipboardTable(toClipboardTable(values))).toEqual(values);
  });

  it('should read pasted labels in Chinese or English and say which values a column takes', () => {
    expect(parseValue({ type: 'enum', labels: SATISFACTION_LABELS }, '基本满意', 'zh-CN')).toEqual({ ok: true, value: 'BASICALLY_SATISFIED' });
    expect(parseValue({ type: 'enum', labels: SATISFACTION_LABELS }, 'very satisfied', 'zh-CN')).toEqual({ ok: true, value: 'VERY_SATISFIED' });
    expect(parseValue({ type: 'enumList', labels: METHOD_LABELS }, '电话+现场查看', 'zh-CN')).toEqual({ ok: true, value: ['PHONE', 'ON_SITE'] });
    const bad = parseValue({ type: 'enum', labels: SATISFACTION_LABELS }, '还行', 'zh-CN');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message).toContain('非常满意');
    expect(parseValue({ type: 'integer', min: 1, max: 10 }, '11', 'zh-CN').ok).toBe(false);
    expect(parseValue({ type: 'dateTime' }, '2026-11-20 10:30', 'zh-CN')).toEqual({ ok: true, value: '2026-11-20T02:30:00.000Z' });
    expect(parseValue({ type: 'dateTime' }, '2026-02-30 10:30', 'zh-CN').ok).toBe(false);
  });
});
