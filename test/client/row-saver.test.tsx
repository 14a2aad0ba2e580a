import { renderHook } from '@testing-library/react';
import type { SheetColumn } from '../../client/src/grid/sheet-types';
import { type RowPatch, type SentRows, useRowSaver } from '../../client/src/grid/use-row-saver';

interface Row { id: string; version: number; visitors: string | null; satisfaction: string | null }

const columns: SheetColumn<Row>[] = [
  { field: 'visitors', header: '回访人', kind: { type: 'text' }, value: (r) => r.visitors, editable: () => true },
  { field: 'satisfaction', header: '满意程度', kind: { type: 'text' }, value: (r) => r.satisfaction, editable: () => true },
];
const rows: Row[] = [
  { id: 'a', version: 3, visitors: null, satisfaction: null },
  { id: 'b', version: 7, visitors: '王芳', satisfaction: null },
];

function saverWith(answer: (patches: RowPatch[]) => SentRows<Row>) {
  const sent: RowPatch[][] = [];
  const send = async (patches: RowPatch[]) => {
    sent.push(patches);
    return answer(patches);
  };
  const { result } = renderHook(() => useRowSaver({ rows, columns, columnName: (f) => (f === 'shortcomings' ? '缺点与不足' : f), send }));
  return { save: result.current, sent };
}

describe('a sheet\'s row saver (useRowSaver, shared by 回访记录表 and 工单登记)', () => {
  it('should send one patch per row on the version the sheet shows, or the one a conflict returned, the last value of a cell winning', async () => {
    const { save, sent } = saverWith(() => ({ userErrors: [], current: () => null }));
    const result = await save([
      { rowId: 'a', field: 'visitors', before: null, after: '张丽' },
      { rowId: 'b', field: 'visitors', before: '王芳', after: '李强' },
      { rowId: 'a', field: 'satisfaction', before: null, after: undefined },
      { rowId: 'a', field: 'visitors', before: null, after: '张丽丽' },
    ], { b: 8 });
    expect(sent).toEqual([[
      { id: 'a', version: 3, patch: { satisfaction: null, visitors: '张丽丽' } },
      { id: 'b', version: 8, patch: { visitors: '李强' } },
    ]]);
    expect(result.errors).toEqual([]);
    expect(result.saved.map((c) => `${c.rowId}.${c.field}`)).toEqual(['a.satisfaction', 'a.visitors', 'b.visitors']);
  });

  it('should put the server\'s messages on the cells and hand a conflict the row as it is now, column by column', async () => {
    const { save } = saverWith(() => ({
      userErrors: [
        { field: ['rows', '0', 'shortcomings'], code: 'BAD_USER_INPUT', message: '不满意时必须填写缺点与不足' },
        { field: ['rows', '1', 'version'], code: 'CONFLICT', message: '该记录已被他人修改' },
      ],
      current: (id) => (id === 'b' ? { id: 'b', version: 9, visitors: '赵刚', satisfaction: 'SATISFIED' } : null),
    }));
    const result = await save([
      { rowId: 'a', field: 'satisfaction', before: null, after: 'UNSATISFIED' },
      { rowId: 'b', field: 'visitors', before: '王芳', after: '李强' },
    ], {});
    expect(result.saved).toEqual([]);
    expect(result.errors).toEqual([{ rowId: 'a', field: null, message: '缺点与不足：不满意时必须填写缺点与不足' }]);
    expect(result.conflicts).toEqual([{
      rowId: 'b',
      changes: [{ rowId: 'b', field: 'visitors', before: '王芳', after: '李强' }],
      version: 9,
      values: { visitors: '赵刚', satisfaction: 'SATISFIED' },
    }]);
  });

  it('should show a conflict it cannot read back as the server\'s message on the row', async () => {
    const { save } = saverWith(() => ({
      userErrors: [{ field: ['rows', '0', 'version'], code: 'CONFLICT', message: '该记录已被他人修改' }],
      current: () => undefined,
    }));
    const result = await save([{ rowId: 'a', field: 'visitors', before: null, after: '张丽' }], {});
    expect(result).toEqual({ saved: [], errors: [{ rowId: 'a', field: null, message: '该记录已被他人修改' }], conflicts: [], warnings: [] });
  });

  it('should send a second save of a row only once the first is answered, on the version the first returned', async () => {
    const sent: RowPatch[][] = [];
    const answers: ((value: SentRows<Row>) => void)[] = [];
    const send = (patches: RowPatch[]) => {
      sent.push(patches);
      return new Promise<SentRows<Row>>((resolve) => answers.push(resolve));
    };
    const { result } = renderHook(() => useRowSaver({ rows, columns, columnName: (f) => f, send }));
    const first = result.current([{ rowId: 'a', field: 'visitors', before: null, after: '张丽' }], {});
    const second = result.current([{ rowId: 'a', field: 'satisfaction', before: null, after: 'SATISFIED' }], {});
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sent).toHaveLength(1); // the second waits for the first answer
    answers[0]({ userErrors: [], current: () => ({ id: 'a', version: 4, visitors: '张丽', satisfaction: null }) });
    await first;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sent[1]).toEqual([{ id: 'a', version: 4, patch: { satisfaction: 'SATISFIED' } }]);
    answers[1]({ userErrors: [], current: () => ({ id: 'a', version: 5, visitors: '张丽', satisfaction: 'SATISFIED' }) });
    expect((await second).saved).toHaveLength(1);
  });

  it('should put the server\'s warnings of a saved row on its cells', async () => {
    const { save } = saverWith(() => ({
      userErrors: [],
      current: (id) => ({ id, version: 4, visitors: '张丽', satisfaction: null }),
      warnings: [{ field: ['rows', '0', 'visitors'], message: '此回访分配给 王芳，不是本人' }],
    }));
    const result = await save([{ rowId: 'b', field: 'satisfaction', before: null, after: 'SATISFIED' }], {});
    expect(result.warnings).toEqual([{ rowId: 'b', field: 'visitors', message: '此回访分配给 王芳，不是本人' }]);
  });
});
