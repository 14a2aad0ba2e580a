import { apiMessage, formatMessage, MESSAGE_CATALOGUE, type MessageKey, msg } from '@hf/shared';

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?:@(\w+))?\}/g)].map((m) => m[1]);

describe('the message catalogue (shared/src/messages.ts)', () => {
  const keys = Object.keys(MESSAGE_CATALOGUE) as MessageKey[];

  it('should say every text in Chinese and in English, the English without Chinese, every placeholder filled', () => {
    for (const key of keys) {
      const entry = MESSAGE_CATALOGUE[key];
      expect(entry['zh-CN'].trim()).not.toBe('');
      expect(entry.en.trim()).not.toBe('');
      // sample values: a code for label formats, seconds for durations, text otherwise
      const args = Object.fromEntries([...placeholders(entry['zh-CN']), ...placeholders(entry.en)].map((name) => [name, name === 'wait' ? 90 : name === 'role' ? 'CLERK' : name === 'queue' ? 'RECORDS_TO_REVIEW' : name === 'status' ? 'DONE' : `x${name}`]));
      const en = formatMessage({ key, args }, 'en');
      expect({ key, en: CJK.test(en) ? en : 'no Chinese' }).toEqual({ key, en: 'no Chinese' });
      expect(formatMessage({ key, args }, 'zh-CN')).not.toMatch(/\{\w+(@\w+)?\}/);
      expect(en).not.toMatch(/\{\w+(@\w+)?\}/);
    }
  });

  it('should keep the API message "中文 (English)" as it was', () => {
    expect(apiMessage(msg('common.conflict'))).toBe('该记录已被他人修改，请刷新后重试 (changed by someone else since you read it)');
    expect(apiMessage(msg('text.tooLong', { max: 2000 }))).toBe('长度不能超过 2000 字 (at most 2000 characters)');
    expect(apiMessage(msg('archive.alreadyArchived', { period: '2026Q3' }))).toBe('已存档 (2026Q3 is already archived)');
    expect(apiMessage(msg('login.throttled', { wait: 900 }))).toBe('登录失败次数过多，请 15 分钟后再试 (too many failed sign-ins: try again in 15 minutes)');
  });

  it('should render labels of codes and durations in each language', () => {
    const queue = msg('workQueue.notForRole', { queue: 'RECORDS_TO_REVIEW', role: 'CLERK' });
    expect(formatMessage(queue, 'zh-CN')).toBe('「待审核记录」不是客服管家的待办');
    expect(formatMessage(queue, 'en')).toMatch(/^Records to review is not a work queue of the role /);
    expect(formatMessage(msg('login.throttled', { wait: 30 }), 'en')).toBe('too many failed sign-ins: try again in 30 seconds');
    expect(formatMessage(msg('review.notWaiting', { code: 'HF-1', status: 'PLANNED' }), 'zh-CN')).toBe('HF-1 不是待审核的记录');
  });
});
