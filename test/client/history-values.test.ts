import { CALLBACK_STATUS_LABELS } from '@hf/shared';
import { historyValue, rowIdOf } from '../../client/src/history/history-values';

describe('history values as a person reads them (变更历史 panel)', () => {
  const people = new Map([[5, '张丽'], [6, '王芳']]);

  it('should name people, label codes, show instants in 北京时间 and say （无） for nothing', () => {
    expect(historyValue(5, { people: true }, people, 'zh-CN')).toBe('张丽');
    expect(historyValue(9, { people: true }, people, 'zh-CN')).toBe('#9');
    expect(historyValue('VOIDED', { labels: CALLBACK_STATUS_LABELS }, people, 'zh-CN')).toBe('作废');
    expect(historyValue('VOIDED', { labels: CALLBACK_STATUS_LABELS }, people, 'en')).toBe('Voided');
    expect(historyValue('2026-12-03T01:30:00.000Z', undefined, people, 'zh-CN')).toBe('2026-12-03 09:30');
    expect(historyValue('2026-12-03', undefined, people, 'zh-CN')).toBe('2026-12-03');
    expect(historyValue(null, undefined, people, 'zh-CN')).toBe('（无）');
    expect(historyValue(['PHONE', 'VISIT'], undefined, people, 'en')).toBe('PHONE, VISIT');
    // a masked phone arrives masked and is shown as it came
    expect(historyValue('138****5678', undefined, people, 'zh-CN')).toBe('138****5678');
  });

  it('should read the row id inside a global id, and nothing from anything else', () => {
    expect(rowIdOf(Buffer.from('User:5').toString('base64url'))).toBe(5);
    expect(rowIdOf('not-an-id!')).toBeNull();
  });
});
