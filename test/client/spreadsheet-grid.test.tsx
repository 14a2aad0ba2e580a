import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { cell, classes, click, copy, FakeServer, FakeSheet, paste, press, settled, shows, text, typeInto } from './helpers/fake-sheet';

// The grid component in jsdom with AG Grid itself, over a fake saver (a fake server with versions and rules):
// what the clerk types, pastes, fills, undoes, and what they see when the server refuses or someone else was faster.

const status = () => screen.getByTestId('save-status').textContent;
const message = () => screen.getByTestId('cell-message').textContent;
const has = (rowIndex: number, colId: string, name: string) => classes(rowIndex, colId).includes(name);

async function open(server: FakeServer, readOnly = false) {
  render(<FakeSheet server={server} readOnly={readOnly} />);
  await waitFor(() => expect(document.querySelectorAll('.ag-row .ag-cell[col-id="visitors"]')).toHaveLength(server.rows.length));
}

beforeEach(() => localStorage.clear());

describe('the spreadsheet grid, typing', () => {
  it('should save a typed cell, show it saved and count it under the toolbar', async () => {
    const server = new FakeServer();
    await open(server);
    await typeInto(0, 'visitors', '张丽');
    await settled(server);
    expect(server.calls.map((c) => c.changes)).toEqual([[{ rowId: 'r0', field: 'visitors', before: null, after: '张丽' }]]);
    expect(server.row('r0').visitors).toBe('张丽');
    await shows(() => [text(0, 'visitors'), has(0, 'visitors', 'hf-saved')], ['张丽', true]);
    expect(status()).toBe('共 4 行 · 已保存 1');
  });

  it('should refuse a value the column cannot take on the cell itself, without sending it', async () => {
    const server = new FakeServer();
    await open(server);
    await typeInto(0, 'score', '11');
    expect(server.calls).toEqual([]);
    await shows(() => has(0, 'score', 'hf-error'), true);
    expect(status()).toBe('共 4 行 · 错误 1');
    await click(0, 'score');
    await shows(message, '「11」须为 1–10 的整数');
    await click(1, 'score');
    await shows(() => message()?.includes('Ctrl+V'), true); // the shortcuts again, away from the refused cell
  });

  it('should not open an editor on a read-only sheet, nor send a paste or a Delete', async () => {
    const server = new FakeServer();
    await open(server, true);
    await click(0, 'visitors');
    await press('F2');
    expect(document.querySelector('.ag-cell-inline-editing')).toBeNull();
    await paste('张丽');
    await press('Delete');
    expect(server.calls).toEqual([]);
    expect(has(0, 'visitors', 'hf-readonly')).toBe(true);
  });
});

describe('the spreadsheet grid, the row count', () => {
  it('should count the rows the column filters show against all rows', async () => {
    const server = new FakeServer();
    server.rows[0].visitors = '张丽';
    server.rows[2].visitors = '张丽';
    await open(server);
    expect(status()).toBe('共 4 行');
    await act(async () => {
      fireEvent.click(document.querySelector('.ag-header-cell[col-id="visitors"] .ag-header-cell-filter-button')!);
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    const input = document.querySelector<HTMLInputElement>('.ag-filter input')!;
    await act(async () => { fireEvent.input(input, { target: { value: '张丽' } }); });
    await shows(() => document.querySelectorAll('.ag-row .ag-cell[col-id="visitors"]').length, 2);
    await shows(status, '筛选 2 / 共 4 行');
    await act(async () => { fireEvent.input(input, { target: { value: '' } }); });
    await shows(status, '共 4 行');
  });
});

describe('the spreadsheet grid, typing Chinese', () => {
  it('should start editing a selected cell when an input method composes into it, and save the composed text with Enter', async () => {
    const server = new FakeServer();
    await open(server);
    await click(0, 'visitors');
    const target = cell(0, 'visitors');
    await act(async () => {
      fireEvent.keyDown(target, { key: 'Process', keyCode: 229 });
      fireEvent.compositionStart(target, { data: '' });
      fireEvent.compositionUpdate(target, { data: 'zhang li' });
      fireEvent.compositionEnd(target, { data: '张丽' });
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    const editor = document.querySelector<HTMLInputElement>('.ag-cell-inline-editing input');
    expect(editor?.value).toBe('张丽');
    await act(async () => {
      fireEvent.keyDown(editor!, { key: 'Enter' });
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    await settled(server);
    expect(server.row('r0').visitors).toBe('张丽');
    await shows(() => [text(0, 'visitors'), has(0, 'visitors', 'hf-saved')], ['张丽', true]);
  });

  it('should leave a read-only cell and a select cell closed when an input method composes on them', async () => {
    const server = new FakeServer();
    server.rows[1].locked = true;
    await open(server);
    for (const [rowIndex, colId] of [[1, 'visitors'], [0, 'satisfaction']] as const) {
      await click(rowIndex, colId);
      await act(async () => {
        fireEvent.compositionStart(cell(rowIndex, colId), { data: '' });
        fireEvent.compositionEnd(cell(rowIndex, colId), { data: '满意' });
        await new Promise((resolve) => setTimeout(resolve, 50));
      });
      expect(document.querySelector('.ag-cell-inline-editing')).toBeNull();
    }
    expect(server.calls).toEqual([]);
  });
});

describe('the spreadsheet grid, a column with common values and a row that lacks one', () => {
  it('should mark the cell the row lacks in red with its reason, and offer the common reasons in its editor', async () => {
    const server = new FakeServer();
    server.rows[0].satisfaction = 'UNSATISFIED'; // saved before the comment, as the paper form's order goes
    await open(server);
    await shows(() => [has(0, 'shortcomings', 'hf-gap'), has(1, 'shortcomings', 'hf-gap')], [true, false]);
    await click(0, 'shortcomings');
    await shows(message, '不满意须填写缺点与不足');

    await press('F2');
    const editor = await screen.findByTestId('suggestion-editor');
    const input = editor.querySelector('input')!;
    expect(input.value).toBe('');
    fireEvent.click(within(editor).getByRole('button', { name: '处理不及时' }));
    fireEvent.click(within(editor).getByRole('button', { name: '服务态度差' }));
    expect(input.value).toBe('处理不及时、服务态度差');
    await act(async () => {
      fireEvent.keyDown(input, { key: 'Enter' });
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    await settled(server);
    expect(server.row('r0').shortcomings).toBe('处理不及时、服务态度差');
    await shows(() => [text(0, 'shortcomings'), has(0, 'shortcomings', 'hf-gap'), has(0, 'shortcomings', 'hf-saved')], ['处理不及时、服务态度差', false, true]);
  });

  it('should replace the cell with a typed letter in the picker editor, like any cell', async () => {
    const server = new FakeServer();
    server.rows[1].shortcomings = '旧的';
    await open(server);
    await click(1, 'shortcomings');
    await press('x');
    const input = (await screen.findByTestId('suggestion-editor')).querySelector('input')!;
    expect(input.value).toBe('x');
  });
});

describe('the spreadsheet grid, blocks', () => {
  it('should paste a TSV block from the focused cell in one save, parse labels, skip read-only cells and keep the block selected', async () => {
    const server = new FakeServer();
    server.rows[2].locked = true;
    await open(server);
    await click(0, 'visitors');
    await paste('张丽\t满意\t9\r\n王芳\t非常满意\t10\r\n李强\t基本满意\t8\r\n');
    await settled(server);
    expect(server.calls).toHaveLength(1);
    expect(server.calls[0].changes).toEqual([
      { rowId: 'r0', field: 'visitors', before: null, after: '张丽' },
      { rowId: 'r0', field: 'satisfaction', before: null, after: 'SATISFIED' },
      { rowId: 'r0', field: 'score', before: null, after: 9 },
      { rowId: 'r1', field: 'visitors', before: null, after: '王芳' },
      { rowId: 'r1', field: 'satisfaction', before: null, after: 'VERY_SATISFIED' },
      { rowId: 'r1', field: 'score', before: null, after: 10 },
    ]);
    await shows(() => [text(1, 'satisfaction'), document.querySelectorAll('.ag-cell.hf-saved').length], ['非常满意', 6]);
    expect(message()).toBe('只读：当前角色或状态下不能修改此栏 (3)');
    expect(has(2, 'visitors', 'hf-readonly')).toBe(true);
    // the pasted block is the selection: Ctrl+C copies it back out (the locked row as it is: empty)
    expect(await copy()).toBe('张丽\t满意\t9\n王芳\t非常满意\t10\n\t\t');
  });

  it('should fill the top row of a selection down with Ctrl+D, and a single row from the row above', async () => {
    const server = new FakeServer();
    server.rows[0].visitors = '张丽';
    server.rows[1].visitors = '王芳';
    await open(server);
    await click(0, 'visitors');
    await press('ArrowDown', { shiftKey: true });
    await press('ArrowDown', { shiftKey: true });
    await shows(() => [0, 1, 2, 3].map((r) => has(r, 'visitors', 'hf-range')), [true, true, true, false]);
    await press('d', { ctrlKey: true });
    await settled(server);
    expect(server.calls[0].changes).toEqual([
      { rowId: 'r1', field: 'visitors', before: '王芳', after: '张丽' },
      { rowId: 'r2', field: 'visitors', before: null, after: '张丽' },
    ]);
    await shows(() => [0, 1, 2, 3].map((r) => text(r, 'visitors')), ['张丽', '张丽', '张丽', '']);

    await click(3, 'visitors');
    await press('d', { ctrlKey: true });
    await settled(server);
    expect(server.calls[1].changes).toEqual([{ rowId: 'r3', field: 'visitors', before: null, after: '张丽' }]);
    await shows(() => text(3, 'visitors'), '张丽');
  });

  it('should clear the selected cells with Delete', async () => {
    const server = new FakeServer();
    server.rows[0].visitors = '张丽';
    server.rows[0].score = 9;
    await open(server);
    await click(0, 'visitors');
    await press('ArrowRight', { shiftKey: true });
    await press('ArrowRight', { shiftKey: true });
    await press('Delete');
    await settled(server);
    expect(server.calls[0].changes).toEqual([
      { rowId: 'r0', field: 'visitors', before: '张丽', after: null },
      { rowId: 'r0', field: 'score', before: 9, after: null },
    ]);
    await shows(() => [text(0, 'visitors'), text(0, 'score')], ['', '']);
  });
});

describe('the spreadsheet grid, undo and redo', () => {
  it('should undo one action at a time on the server with Ctrl+Z and redo it with Ctrl+Y', async () => {
    const server = new FakeServer();
    await open(server);
    await click(0, 'visitors');
    await paste('张丽\t满意\n王芳\t基本满意');
    await settled(server);
    await typeInto(1, 'visitors', '李强');
    await settled(server);
    const values = () => server.rows.slice(0, 2).map((r) => [r.visitors, r.satisfaction]);
    expect(values()).toEqual([['张丽', 'SATISFIED'], ['李强', 'BASICALLY_SATISFIED']]);

    await press('z', { ctrlKey: true }); // the typed cell only
    await settled(server);
    expect(server.calls[2].changes).toEqual([{ rowId: 'r1', field: 'visitors', before: '李强', after: '王芳' }]);
    expect(values()).toEqual([['张丽', 'SATISFIED'], ['王芳', 'BASICALLY_SATISFIED']]);
    await shows(() => text(1, 'visitors'), '王芳');

    await press('z', { ctrlKey: true }); // the whole paste, in one save
    await settled(server);
    expect(server.calls).toHaveLength(4);
    expect(values()).toEqual([[null, null], [null, null]]);
    await shows(() => [text(0, 'visitors'), text(0, 'satisfaction')], ['', '']);

    await press('y', { ctrlKey: true }); // the paste again
    await settled(server);
    expect(values()).toEqual([['张丽', 'SATISFIED'], ['王芳', 'BASICALLY_SATISFIED']]);
    await press('z', { ctrlKey: true, shiftKey: true }); // Ctrl+Shift+Z redoes too: the typed cell
    await settled(server);
    expect(values()).toEqual([['张丽', 'SATISFIED'], ['李强', 'BASICALLY_SATISFIED']]);
    await shows(() => text(1, 'visitors'), '李强');
    await press('y', { ctrlKey: true }); // nothing left to redo
    await settled(server);
    expect(server.calls).toHaveLength(6);
  });

  it('should undo a cell from what it shows now, after the sheet has fetched someone else\'s value', async () => {
    const server = new FakeServer();
    await open(server);
    await typeInto(0, 'visitors', '张丽');
    await settled(server);
    server.changeBySomeoneElse('r0', { visitors: '王芳' });
    await act(async () => server.poll());
    await shows(() => text(0, 'visitors'), '王芳');
    await press('z', { ctrlKey: true });
    await settled(server);
    expect(server.calls[1]).toEqual({ changes: [{ rowId: 'r0', field: 'visitors', before: '王芳', after: null }], versions: {} });
    await shows(() => text(0, 'visitors'), '');
  });

  it('should forget what was undone once something new is done', async () => {
    const server = new FakeServer();
    await open(server);
    await typeInto(0, 'visitors', '张丽');
    await settled(server);
    await press('z', { ctrlKey: true });
    await settled(server);
    await shows(() => text(0, 'visitors'), '');
    await typeInto(0, 'score', '8');
    await settled(server);
    await press('y', { ctrlKey: true });
    await settled(server);
    expect(server.calls).toHaveLength(3);
    expect(server.row('r0')).toMatchObject({ visitors: null, score: 8 });
  });
});

describe('the spreadsheet grid, an undo the server refuses', () => {
  it('should end every cell of a refused undo in an error, say why in one message, and keep the action undoable', async () => {
    const server = new FakeServer();
    await open(server);
    await click(0, 'visitors');
    await paste('张丽\t满意\t9\t无'); // a complete record: the row becomes DONE
    await settled(server);
    expect(server.row('r0')).toMatchObject({ status: 'DONE', visitors: '张丽', shortcomings: '无' });
    expect(status()).toBe('共 4 行 · 已保存 4');

    await press('z', { ctrlKey: true }); // the server refuses: a finished record keeps 回访人, 满意程度 and 评分
    await settled(server);
    expect(server.row('r0')).toMatchObject({ status: 'DONE', visitors: '张丽', satisfaction: 'SATISFIED', score: 9, shortcomings: '无' });
    // no cell is left saving: the named ones show the server's message, 缺点与不足 the row's refusal
    await shows(() => ['visitors', 'satisfaction', 'score', 'shortcomings'].map((f) => has(0, f, 'hf-error')), [true, true, true, true]);
    expect(status()).toBe('共 4 行 · 错误 4');
    expect(screen.getByTestId('grid-notice').textContent).toBe('无法撤销，1 行保持原样：HF-0 — 回访人、满意程度、评分：回访记录须填写此栏');
    await click(0, 'shortcomings');
    await shows(message, '未保存：本行被拒绝（回访人、满意程度、评分：回访记录须填写此栏）');
    await shows(() => [text(0, 'visitors'), text(0, 'shortcomings')], ['张丽', '无']);

    // nothing was undone, so nothing can be redone; the paste is still the action Ctrl+Z would undo
    await press('y', { ctrlKey: true });
    await settled(server);
    expect(server.calls).toHaveLength(2);
    await press('z', { ctrlKey: true });
    await settled(server);
    expect(server.calls).toHaveLength(3);
    expect(server.calls[2].changes.map((c) => [c.field, c.after])).toEqual([['shortcomings', null], ['score', null], ['satisfaction', null], ['visitors', null]]);
  });

  it('should undo what the server accepts, offer only that as a redo, and keep the refused part undoable', async () => {
    const server = new FakeServer();
    await open(server);
    await click(0, 'visitors');
    await paste('张丽\t满意\t9\r\n王芳\t\t\r\n'); // row 0 becomes DONE, row 1 only gets a visitor
    await settled(server);
    const visitors = () => [server.row('r0').visitors, server.row('r1').visitors];

    await press('z', { ctrlKey: true });
    await settled(server);
    expect(visitors()).toEqual(['张丽', null]); // row 1 undone, row 0 refused
    expect(screen.getByTestId('grid-notice').textContent).toBe('无法撤销，1 行保持原样：HF-0 — 回访人、满意程度、评分：回访记录须填写此栏');
    await shows(() => [has(1, 'visitors', 'hf-saved'), has(0, 'visitors', 'hf-error')], [true, true]);

    await press('y', { ctrlKey: true }); // redoes row 1 only
    await settled(server);
    expect(server.calls[2].changes).toEqual([{ rowId: 'r1', field: 'visitors', before: null, after: '王芳' }]);
    expect(visitors()).toEqual(['张丽', '王芳']);
    expect(screen.queryByTestId('grid-notice')).toBeNull();

    await press('z', { ctrlKey: true }); // row 1 again
    await settled(server);
    await press('z', { ctrlKey: true }); // then what was refused: row 0 is tried again
    await settled(server);
    expect(server.calls.slice(3).map((c) => [...new Set(c.changes.map((x) => x.rowId))])).toEqual([['r1'], ['r0']]);
  });
});

describe('the spreadsheet grid, refusals and conflicts', () => {
  it('should show the server\'s refusal of a row on its edited cells, and say why on the focused cell', async () => {
    const server = new FakeServer();
    await open(server);
    await click(0, 'satisfaction');
    await paste('不满意\t3');
    await settled(server);
    expect(server.row('r0').satisfaction).toBeNull();
    await shows(() => [has(0, 'satisfaction', 'hf-error'), has(0, 'score', 'hf-error')], [true, true]);
    expect(status()).toBe('共 4 行 · 错误 2');
    await click(0, 'score');
    await shows(message, '缺点与不足：不满意时必须填写缺点与不足');
  });

  it('should send an edit again on the new version when someone else changed other columns of the row', async () => {
    const server = new FakeServer();
    await open(server);
    server.changeBySomeoneElse('r0', { score: 7 });
    await typeInto(0, 'visitors', '张丽');
    await settled(server);
    expect(server.calls.map((c) => c.versions)).toEqual([{}, { r0: 2 }]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(server.row('r0')).toMatchObject({ visitors: '张丽', score: 7, version: 3 });
    await shows(() => [has(0, 'visitors', 'hf-saved'), text(0, 'score')], [true, '7']);
  });

  it('should show both values when someone else changed the same cell, and save mine only when I choose it', async () => {
    const server = new FakeServer();
    await open(server);
    server.changeBySomeoneElse('r0', { visitors: '王芳' });
    await typeInto(0, 'visitors', '张丽');
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('记录已被他人修改');
    expect(within(dialog).getByText('HF-0')).toBeTruthy();
    expect(dialog.querySelector('.hf-mine')?.textContent).toBe('张丽');
    expect(dialog.querySelector('.hf-theirs')?.textContent).toBe('王芳');
    expect(server.row('r0').visitors).toBe('王芳'); // nothing overwritten yet
    await shows(() => has(0, 'visitors', 'hf-error'), true);

    fireEvent.click(within(dialog).getByRole('button', { name: '保留我的修改' }));
    await settled(server);
    expect(server.calls[1]).toEqual({ changes: [{ rowId: 'r0', field: 'visitors', before: '王芳', after: '张丽' }], versions: { r0: 2 } });
    expect(server.row('r0').visitors).toBe('张丽');
    expect(screen.queryByRole('dialog')).toBeNull();
    await shows(() => [text(0, 'visitors'), has(0, 'visitors', 'hf-saved')], ['张丽', true]);
  });

  it('should keep their value and send nothing when I choose theirs', async () => {
    const server = new FakeServer();
    await open(server);
    server.changeBySomeoneElse('r1', { visitors: '王芳' });
    await typeInto(1, 'visitors', '张丽');
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '采用他人的值' }));
    await settled(server);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(server.calls).toHaveLength(1);
    await shows(() => [text(1, 'visitors'), has(1, 'visitors', 'hf-error'), status()], ['王芳', false, '共 4 行']);
  });
});
