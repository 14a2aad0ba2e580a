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

  /**
   * Whether every day of the span lies in an archived period of the project: a workbook of a period that is not is a
   * draft (未存档), its records may still change. A monthly project's quarter is archived with its third month.
   */
  async covers(projectId: number, span: DaySpan): Promise<boolean> {
    const [row] = await this.em.execute<{ archived: boolean }[]>(
      `select not exists (
         select 1 from generate_series(?::date, ?::date, interval '1 day') as d(day)
          where not exists (select 1 from archived_period a where a.project_id = ? and d.day::date between a.from_date and a.to_date)
       ) as archived`,
      [span.from, span.to, projectId],
    );
    return Boolean(row?.archived);
  }

  /** For many records at once: which days of these projects are archived, answered without another statement. */
  async archivedDays(projectIds: readonly number[]): Promise<(projectId: number, date: string) => boolean> {
    const periods = projectIds.length ? await this.find({ project: { $in: [...projectIds] } }) : [];
    return (projectId, date) => periods.some((p) => p.project.id === projectId && p.fromDate <= date && date <= p.toDate);
  }
}
