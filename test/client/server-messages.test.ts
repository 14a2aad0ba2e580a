import { serverText } from '../../client/src/i18n/server-messages';

describe('a server message on the screen (client/src/i18n/server-messages.ts)', () => {
  it('should show a keyed message in the chosen language only', () => {
    const userError = { code: 'BAD_USER_INPUT', message: '长度不能超过 200 字 (at most 200 characters)', messageKey: 'text.tooLong', args: [{ name: 'max', value: '200' }] };
    expect(serverText(userError, 'zh-CN')).toBe('长度不能超过 200 字');
    expect(serverText(userError, 'en')).toBe('at most 200 characters');
  });

  it('should read the key of a GraphQL error from its extensions, and of every error of an Apollo error', () => {
    const apollo = { message: 'x', errors: [{ message: '无权执行此操作 (not allowed for your role)', extensions: { code: 'FORBIDDEN', messageKey: 'common.forbidden' } }] };
    expect(serverText(apollo, 'en')).toBe('not allowed for your role');
  });

  it('should take the part of the language from a message without a key, and leave other text as it is', () => {
    expect(serverText({ message: '工作簿不存在 (no such workbook)' }, 'en')).toBe('no such workbook');
    expect(serverText({ message: '工作簿不存在 (no such workbook)' }, 'zh-CN')).toBe('工作簿不存在');
    expect(serverText({ message: '输入无效 (invalid input: 长度不能超过 2000 字 (at most 2000 characters))' }, 'en')).toBe('invalid input: 长度不能超过 2000 字 (at most 2000 characters)');
    expect(serverText({ message: 'Failed to fetch' }, 'zh-CN')).toBe('Failed to fetch');
  });
});
