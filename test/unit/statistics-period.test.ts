import 'reflect-metadata';
import { StatisticsPeriod } from '@hf/shared';
import { previousPeriod } from '../../server/src/modules/archives/archive.service';
import { resolvePeriod } from '../../server/src/graphql/arguments';
import { positionalToKnex } from '../../server/src/modules/statistics/statistics.sql';
import type { Project } from '../../server/src/modules/projects/project.entity';

const project = (statisticsPeriod: StatisticsPeriod) => ({ statisticsPeriod }) as Project;
// 23:30 on 31 March in UTC is already 1 April in China Standard Time
const lateOn31March = new Date('2026-03-31T23:30:00Z');

describe('statistics periods', () => {
  it('should default to the current quarter, in the business time zone', () => {
    expect(resolvePeriod(project(StatisticsPeriod.QUARTER), null, lateOn31March)).toMatchObject({ key: '2026Q2', from: '2026-04-01', to: '2026-06-30' });
  });

  it('should default to the current month for a monthly project (seed 001)', () => {
    expect(resolvePeriod(project(StatisticsPeriod.MONTH), undefined, lateOn31March)).toMatchObject({ key: '2026-04', from: '2026-04-01', to: '2026-04-30' });
  });

  it('should take a period asked for whatever the setting, and refuse a malformed one with its field', () => {
    expect(resolvePeriod(project(StatisticsPeriod.MONTH), '2026Q4').to).toBe('2026-12-31');
    expect(() => resolvePeriod(project(StatisticsPeriod.QUARTER), '2026Q0')).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: ['period'] } }));
  });

  it('should name the previous period as the one due for archiving', () => {
    expect(previousPeriod(project(StatisticsPeriod.QUARTER), new Date('2026-01-05T02:00:00Z'))).toBe('2025Q4');
    expect(previousPeriod(project(StatisticsPeriod.MONTH), new Date('2026-03-05T02:00:00Z'))).toBe('2026-02');
  });
});

describe('positional parameters for the ORM', () => {
  it('should repeat a value for every use of its $n, in order of appearance', () => {
    expect(positionalToKnex('select $2, $1 where a = $2 and b = $10', ['a', 'b', 3, 4, 5, 6, 7, 8, 9, 'j'])).toEqual({
      sql: 'select ?, ? where a = ? and b = ?',
      bindings: ['b', 'a', 'b', 'j'],
    });
  });
});
