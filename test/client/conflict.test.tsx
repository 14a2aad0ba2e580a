import { fireEvent, render, screen } from '@testing-library/react';
import { ConflictDialog } from '../../client/src/grid/ConflictDialog';
import { judgeConflict, resolveConflict, type RowConflict } from '../../client/src/grid/conflict';
import { groupByRow, mapRowErrors } from '../../client/src/grid/save-errors';
import { I18nProvider } from '../../client/src/i18n/i18n';

const mine = [{ rowId: 'c1', field: 'satisfaction', before: null, after: 'SATISFIED' }];

describe('a row changed by someone else (CONFLICT)', () => {
  it('should send the edit again on the new version when the other person changed other columns only', () => {
    const decision = judgeConflict(mine, { version: 5, values: { satisfaction: null, visitors: '王芳' } });
    expect(decision).toEqual({ kind: 'resend', version: 5, changes: mine });
  });

  it('should ask the clerk when the other person changed the same column to something else', () => {
    const decision = judgeConflict(mine, { version: 6, values: { satisfaction: 'UNSATISFIED' } });
    expect(decision).toEqual({
      kind: 'ask',
      conflict: { rowId: 'c1', version: 6, fields: [{ field: 'satisfaction', base: null, mine: 'SATISFIED', theirs: 'UNSATISFIED' }] },
    });
  });

  it('should send nothing when both wrote the same value', () => {
    const decision = judgeConflict(mine, { version: 6, values: { satisfaction: 'SATISFIED' } });
    expect(decision).toEqual({ kind: 'resend', version: 6, changes: [] });
  });

  it('should turn "keep mine" into my values on their version and "keep theirs" into nothing', () => {
    const conflict: RowConflict = { rowId: 'c1', version: 6, fields: [{ field: 'satisfaction', base: null, mine: 'SATISFIED', theirs: 'UNSATISFIED' }] };
    expect(resolveConflict(conflict, 'mine')).toEqual([{ rowId: 'c1', field: 'satisfaction', before: 'UNSATISFIED', after: 'SATISFIED' }]);
    expect(resolveConflict(conflict, 'theirs')).toEqual([]);
  });

  it('should show both values and let the clerk choose', () => {
    localStorage.setItem('hf.language', 'zh-CN');
    const conflict: RowConflict = { rowId: 'c1', version: 6, fields: [{ field: 'satisfaction', base: null, mine: 'SATISFIED', theirs: 'UNSATISFIED' }] };
    const decide = jest.fn();
    const labels: Record<string, string> = { SATISFIED: '满意', UNSATISFIED: '不满意' };
    render(
      <I18nProvider>
        <ConflictDialog
          conflicts={[conflict]}
          describe={() => ({ row: 'HF-A01-2026-000001 · 徐艳', column: '满意程度', format: (v) => labels[String(v)] ?? '' })}
          onDecide={decide}
        />
      </I18nProvider>,
    );
    expect(screen.getByRole('dialog').textContent).toContain('记录已被他人修改');
    expect(screen.getByText('HF-A01-2026-000001 · 徐艳')).toBeTruthy();
    expect(screen.getByText('满意', { selector: '.hf-mine' })).toBeTruthy();
    expect(screen.getByText('不满意', { selector: '.hf-theirs' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '保留我的修改' }));
    expect(decide).toHaveBeenCalledWith(conflict, 'mine');
  });
});

describe('the server\'s answer to a batch of cell edits', () => {
  const changes = [
    { rowId: 'a', field: 'satisfaction', before: null, after: 'UNSATISFIED' },
    { rowId: 'b', field: 'satisfactionScore', before: null, after: 8 },
    { rowId: 'c', field: 'visitors', before: null, after: '张丽' },
    { rowId: 'b', field: 'satisfactionScore', before: null, after: 9 },
  ];

  it('should send each row once, the last value of a cell winning', () => {
    const groups = groupByRow(changes);
    expect(groups.map((g) => g.rowId)).toEqual(['a', 'b', 'c']);
    expect(groups[1].changes).toEqual([{ rowId: 'b', field: 'satisfactionScore', before: null, after: 9 }]);
  });

  it('should put each message on its cell, show a rule on another column on the row, and report conflicts with the current row', () => {
    const groups = groupByRow(changes);
    const result = mapRowErrors(
      groups,
      [
        { field: ['rows', '0', 'shortcomings'], code: 'BAD_USER_INPUT', message: '不满意时必须填写缺点与不足' },
        { field: ['rows', '1', 'satisfactionScore'], code: 'BAD_USER_INPUT', message: '满意度评分必须是 1–10 的整数' },
        { field: ['rows', '2', 'version'], code: 'CONFLICT', message: '已被他人修改' },
      ],
      (id) => ({ version: 7, values: { visitors: id === 'c' ? '王芳' : null } }),
      (field) => (field === 'shortcomings' ? '缺点与不足' : field),
    );
    expect(result.saved).toEqual([]);
    expect(result.errors).toEqual([
      { rowId: 'a', field: null, message: '缺点与不足：不满意时必须填写缺点与不足' },
      { rowId: 'b', field: 'satisfactionScore', message: '满意度评分必须是 1–10 的整数' },
    ]);
    expect(result.conflicts).toEqual([{ rowId: 'c', changes: [changes[2]], version: 7, values: { visitors: '王芳' } }]);
  });
});
