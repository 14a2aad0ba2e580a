import { EntityRepository } from '@mikro-orm/postgresql';
import type { ArchivedPeriod } from './archived-period.entity';

/** Some days of a project's records: one day (`from` = `to`) or a period, inclusive. */
export interface DaySpan {
  from: string;
  to: string;
}

/** The one place that reads which days of a project are archived. */
export class ArchivedPeriodRepository extends EntityRepository<ArchivedPeriod> {
  /** The archived period (the first one archived) that shares a day with any of the spans, or null. */
  overlaps(projectId: number, spans: readonly DaySpan[]): Promise<ArchivedPeriod | null> {
    if (spans.length === 0) return Promise.resolve(null);
    return this.findOne(
      { project: projectId, $or: spans.map((span) => ({ fromDate: { $lte: span.to }, toDate: { $gte: span.from } })) },
      { orderBy: { archivedAt: 'asc' } },
    );
  }

  /** Whether a day of the project lies in an archived period. */
  async isDateArchived(projectId: number, date: string): Promise<boolean> {
    return (await this.overlaps(projectId, [{ from: date, to: date }])) !== null;
  }
}
