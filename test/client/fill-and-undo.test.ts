import { cellKey } from '../../client/src/grid/cells';
import { planFillDown } from '../../client/src/grid/fill';
import { EditHistory } from '../../client/src/grid/edit-history';
import { extendRange, rangeCells } from '../../client/src/grid/range';

describe('fill down (Ctrl+D) and range selection', () => {
  it('should copy the top row of the selection into every row below it, column by column', () => {
    const steps = planFillDown({ anchor: { rowIndex: 2, colIndex: 4 }, focus: { rowIndex: 4, colIndex: 5 } });
    expect(steps).toEqual([
      { from: { rowIndex: 2, colIndex: 4 }, to: { rowIndex: 3, colIndex: 4 } },
      { from: { rowIndex: 2, colIndex: 5 }, to: { rowIndex: 3, colIndex: 5 } },
      { from: { rowIndex: 2, colIndex: 4 }, to: { rowIndex: 4, colIndex: 4 } },
      { from: { rowIndex: 2, colIndex: 5 }, to: { rowIndex: 4, colIndex: 5 } },
    ]);
  });

  it('should fill a single selected row from the row above, and do nothing on the first row', () => {
    expect(planFillDown({ anchor: { rowIndex: 3, colIndex: 1 }, focus: { rowIndex: 3, colIndex: 1 } })).toEqual([
      { from: { rowIndex: 2, colIndex: 1 }, to: { rowIndex: 3, colIndex: 1 } },
    ]);
    expect(planFillDown({ anchor: { rowIndex: 0, colIndex: 1 }, focus: { rowIndex: 0, colIndex: 1 } })).toEqual([]);
  });

  it('should grow the selection with Shift+arrows and stop at the edge of the grid', () => {
    let range = { anchor: { rowIndex: 0, colIndex: 0 }, focus: { rowIndex: 0, colIndex: 0 } };
    range = extendRange(range, 'down', 3, 2);
    range = extendRange(range, 'right', 3, 2);
    range = extendRange(range, 'right', 3, 2);
    range = extendRange(range, 'up', 3, 2);
    range = extendRange(range, 'up', 3, 2);
    expect(range.focus).toEqual({ rowIndex: 0, colIndex: 1 });
    expect(rangeCells(extendRange(range, 'down', 3, 2))).toHaveLength(4);
  });
});

describe('undo and redo of saved edits', () => {
  it('should undo a whole paste at once by sending every cell back to its value before', () => {
    const history = new EditHistory();
    history.record([
      { rowId: 'r1', field: 'satisfaction', before: null, after: 'SATISFIED' },
      { rowId: 'r2', field: 'satisfaction', before: 'UNSATISFIED', after: 'SATISFIED' },
    ]);
    expect(history.undo()).toEqual([
      { rowId: 'r2', field: 'satisfaction', before: 'SATISFIED', after: 'UNSATISFIED' },
      { rowId: 'r1', field: 'satisfaction', before: 'SATISFIED', after: null },
    ]);
    expect(history.canUndo).toBe(false);
    expect(history.redo()).toEqual([
      { rowId: 'r1', field: 'satisfaction', before: null, after: 'SATISFIED' },
      { rowId: 'r2', field: 'satisfaction', before: 'UNSATISFIED', after: 'SATISFIED' },
    ]);
  });

  it('should undo the last action first and forget what was undone once something new is done', () => {
    const history = new EditHistory();
    history.record([{ rowId: 'r1', field: 'visitors', before: null, after: '张丽' }]);
    history.record([{ rowId: 'r1', field: 'visitors', before: '张丽', after: '王芳' }]);
    expect(history.undo()?.[0].after).toBe('张丽');
    history.record([{ rowId: 'r1', field: 'suggestions', before: null, after: '无' }]);
    expect(history.canRedo).toBe(false);
    expect(history.undo()?.[0].field).toBe('suggestions');
    expect(history.undo()?.[0].after).toBe(null);
    expect(history.undo()).toBeNull();
  });

  it('should put the cells the server refused to undo back as undoable, and offer only the undone ones as a redo', () => {
    const history = new EditHistory();
    history.record([
      { rowId: 'r1', field: 'visitors', before: null, after: '张丽' },
      { rowId: 'r2', field: 'visitors', before: null, after: '王芳' },
    ]);
    const undo = history.undo()!;
    history.settle(undo, new Set([cellKey('r1', 'visitors')]));
    expect(history.redo()).toEqual([{ rowId: 'r2', field: 'visitors', before: null, after: '王芳' }]);
    expect(history.undo()).toEqual([{ rowId: 'r2', field: 'visitors', before: '王芳', after: null }]);
    expect(history.undo()).toEqual([{ rowId: 'r1', field: 'visitors', before: '张丽', after: null }]);
    expect(history.undo()).toBeNull();
  });

  it('should keep a wholly refused undo as the next undo, with nothing to redo', () => {
    const history = new EditHistory();
    history.record([{ rowId: 'r1', field: 'visitors', before: null, after: '张丽' }]);
    const undo = history.undo()!;
    history.settle(undo, new Set([cellKey('r1', 'visitors')]));
    expect(history.canRedo).toBe(false);
    expect(history.undo()).toEqual(undo);
  });

  it('should keep at most the configured number of actions', () => {
    const history = new EditHistory(2);
    for (const value of ['a', 'b', 'c']) history.record([{ rowId: 'r', field: 'visitors', before: null, after: value }]);
    expect(history.undo()?.[0].before).toBe('c');
    expect(history.undo()?.[0].before).toBe('b');
    expect(history.undo()).toBeNull();
  });
});
