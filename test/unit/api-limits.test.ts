import 'reflect-metadata';
import { maskUnit } from '@hf/shared';
import { GraphQLSchema, parse, validate } from 'graphql';
import { maskPersonalData, maskRow } from '../../server/src/core/personal-data';
import { textProblem } from '../../server/src/core/acceptable-text';
import { operationCost, queryLimitRules } from '../../server/src/api/query-limits';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { CounterFactory, RateLimiter } from '../../server/src/api/rate-limit';
import { createSchema } from '../../server/src/api/schema';
import '../../server/src/modules/tickets/ticket.entity';

const staff = { caller: { user: { id: 1 } as never, projectIds: [1] } };
const token = { caller: { token: { id: 7, name: 'x', scopes: [] }, projectIds: [1] } };

describe('personal data masks', () => {
  it('should keep the building of a unit and hide the rest', () => {
    expect(maskUnit('3-2-1502')).toBe('3-*-****');
    expect(maskUnit('12栋')).toBe('***');
    expect(maskPersonalData('name', '欧阳娜娜')).toBe('欧***');
    expect(maskPersonalData('phone', '0755-12345678')).toBe('075****5678');
    expect(maskPersonalData('phone', null)).toBeNull();
  });

  it('should mask the marked fields of a row unless the caller may read that project', () => {
    const row = { ownerName: '张三', phone: '13812345678', unit: '1-2-303', summary: '漏水' };
    expect(maskRow(null, 'Ticket', 1, row)).toEqual({ ownerName: '张*', phone: '138****5678', unit: '1-*-***', summary: '漏水' });
    expect(maskRow({ projectIds: [1, 2], piiProjectIds: [1] }, 'Ticket', 1, row)).toBe(row);
    expect(maskRow({ projectIds: [1, 2], piiProjectIds: [1] }, 'Ticket', 2, row).ownerName).toBe('张*');
  });

  it('should mask a list of names name by name', () => {
    expect(maskPersonalData('name', ['王伟', '欧阳娜娜'])).toEqual(['王*', '欧***']);
    expect(maskPersonalData('unit', [])).toEqual([]);
  });
});

describe('text no paper form would hold', () => {
  it.each([['张\u0000三'], ['\u202Eabc'], ['\u200B'], ['a\uD800'], ['\u001b[0m']])('should refuse %j', (text) => {
    expect(textProblem(text)).not.toBeNull();
  });
  it.each([['张三丰'], ['第一行\n第二行\t完'], ['😀'], [''], ['  '], ['Zoë']])('should accept %j', (text) => {
    expect(textProblem(text)).toBeNull();
  });
});

describe('query limits', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await createSchema();
  });

  const GRID = `{ callbacks(first: 500) { edges { node { serialCode ticket { number } assignee { displayName } coAssignee { displayName } } } pageInfo { hasNextPage } } }`;

  it("should cost the grid's 500-row page 1 + 500 × (edge, callback, ticket, assignee, co-assignee, page info)", () => {
    expect(operationCost(schema, parse(GRID), {}, undefined, staff)).toBe(3001);
  });

  it('should multiply plain lists by 10 and refuse over 10,000', () => {
    expect(operationCost(schema, parse(`{ tickets(first: 10) { edges { node { callbacks { serialCode } } } } }`), {}, undefined, staff)).toBe(1 + 10 * (1 + 1 + 10));
    expect(() => operationCost(schema, parse(`{ tickets(first: 500) { edges { node { callbacks { attempts { note } } } } } }`), {}, undefined, staff)).toThrow(/exceeds 10000/);
  });

  it('should allow API tokens pages of 1–100 and staff 1–500, from literals or variables', () => {
    expect(() => operationCost(schema, parse(GRID), {}, undefined, token)).toThrow('first must be between 1 and 100');
    const q = parse(`query ($n: Int) { tickets(first: $n) { totalCount } }`);
    expect(operationCost(schema, q, { n: 100 }, undefined, token)).toBe(1);
    expect(() => operationCost(schema, q, { n: 0 }, undefined, staff)).toThrow('first must be between 1 and 500');
  });

  it('should refuse depth over 10, more than 30 aliases and more than 10 root fields, not counting introspection', () => {
    const errors = (q: string) => validate(schema, parse(q), queryLimitRules).map((e) => e.message);
    const chain = (n: number, inner: string) => 'ticket { callbacks { '.repeat(n) + inner + ' } }'.repeat(n);
    expect(errors(`{ callbacks { edges { node { ${chain(3, 'serialCode')} } } } }`)).toEqual([]);
    expect(errors(`{ callbacks { edges { node { ${chain(3, 'ticket { number }')} } } } }`)[0]).toMatch(/depth 11 exceeds 10/);
    expect(errors(`{ me { ${Array.from({ length: 31 }, (_, i) => `a${i}: user { id }`).join(' ')} } }`)[0]).toMatch(/31 aliases/);
    expect(errors(`{ ${Array.from({ length: 11 }, (_, i) => `p${i}: projects { id }`).join(' ')} }`)[0]).toMatch(/11 root fields/);
    expect(errors(`{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }`)).toEqual([]);
  });
});

describe('rate limiter', () => {
  const config = { windowSeconds: 60, tokenPoints: 100, sessionPoints: 1000, anonymousPoints: 10 };
  // the app counts in PostgreSQL (test/server/query-limits.test.ts); the same counters in memory here
  const memory: CounterFactory = (options) => new RateLimiterMemory(options);
  afterEach(() => jest.useRealTimers());

  it('should charge the cost, refuse without charging when it would overspend, and reset with the window', async () => {
    jest.useFakeTimers({ now: 1_000_000 });
    const limiter = new RateLimiter(config, memory);
    expect(await limiter.charge(token.caller, '1.1.1.1', 60)).toEqual({ allowed: true, state: { resource: 'graphql', limit: 100, used: 60, remaining: 40, reset: 1060 } });
    expect(await limiter.charge(token.caller, '1.1.1.1', 50)).toEqual({ allowed: false, state: { resource: 'graphql', limit: 100, used: 60, remaining: 40, reset: 1060 } });
    expect((await limiter.charge(token.caller, '1.1.1.1', 40)).state.remaining).toBe(0);
    jest.advanceTimersByTime(60_000);
    expect((await limiter.charge(token.caller, '1.1.1.1', 50)).state).toMatchObject({ used: 50, remaining: 50, reset: 1120 });
  });

  it('should keep separate budgets for each token, person and anonymous address', async () => {
    const limiter = new RateLimiter(config, memory);
    expect((await limiter.charge(null, '1.1.1.1', 10)).allowed).toBe(true);
    expect((await limiter.charge(null, '1.1.1.1', 1)).allowed).toBe(false);
    expect((await limiter.charge(null, '2.2.2.2', 1)).allowed).toBe(true);
    expect((await limiter.charge(staff.caller, '1.1.1.1', 500)).state.limit).toBe(1000);
    expect((await limiter.charge(token.caller, '1.1.1.1', 100)).allowed).toBe(true);
  });

  it('should refuse a single query dearer than the whole budget and leave the budget as it was', async () => {
    const limiter = new RateLimiter(config, memory);
    expect(await limiter.charge(token.caller, '1.1.1.1', 101)).toMatchObject({ allowed: false, state: { used: 0, remaining: 100 } });
    expect((await limiter.charge(token.caller, '1.1.1.1', 100)).allowed).toBe(true);
  });
});

describe('masked internal errors', () => {
  it('should replace an unexpected error by a coded message without stack or SQL, and log the original', () => {
    const { formatError } = require('../../server/src/api/format-error') as typeof import('../../server/src/api/format-error');
    const logged: unknown[] = [];
    const sqlError = new Error('insert into "ticket" ("owner_name") values ($1) - null value in column "owner_name" violates not-null constraint');
    const formatted = formatError({ message: sqlError.message, path: ['createTicket'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['Error: …', '    at Object.<anonymous> (ticket.service.ts:1:1)'] } }, sqlError, (e) => logged.push(e));
    expect(formatted).toEqual({ message: '服务器内部错误 (internal error)', locations: undefined, path: ['createTicket'], extensions: { code: 'INTERNAL_SERVER_ERROR', messageKey: 'common.internal' } });
    expect(logged).toEqual([sqlError]);
  });
});
