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

  /**
   * 跨期: keeps which callbacks of a period being archived are carried over (carry-over.rules.ts), inside archivePeriod's
   * transaction, before the seal is taken (the seal digests carried-over callbacks by what never changes of them).
   */
  async recordCarryOver(projectId: number, period: string, callbackIds: readonly number[]): Promise<void> {
    if (!callbackIds.length) return;
    await this.em.execute(
      `insert into archived_period_carry_over (callback_id, project_id, period) select unnest(?::int[]), ?, ?`,
      [`{${callbackIds.join(',')}}`, projectId, period],
    );
  }

  /** Of these callbacks, those carried over at the archiving of their period: callback id → that period. */
  async carriedOver(callbackIds: readonly number[]): Promise<Map<number, string>> {
    if (!callbackIds.length) return new Map();
    const rows = await this.em.execute<{ callback_id: number; period: string }[]>(
      `select callback_id, period from archived_period_carry_over where callback_id = any(?::int[])`,
      [`{${callbackIds.join(',')}}`],
    );
    return new Map(rows.map((r) => [Number(r.callback_id), r.period]));
  }

  /**
   * 跨期 into a period: the callbacks of these projects carried over from an earlier archived period whose window
   * reaches into this one (carry-over.rules.ts isCarriedInto, as SQL).
   */
  async carriedInto(projectIds: readonly number[], period: DaySpan): Promise<number[]> {
    if (!projectIds.length) return [];
    const rows = await this.em.execute<{ id: number }[]>(
      `select c.id from archived_period_carry_over o join callback c on c.id = o.callback_id
        where o.project_id = any(?::int[]) and c.anchor_date < ? and c.window_to >= ? order by c.id`,
      [`{${projectIds.join(',')}}`, period.from, period.from],
    );
    return rows.map((r) => Number(r.id));
  }

  /** 补录: the carried-over callbacks of a period recorded after its archiving (done or unreachable), oldest first. */
  async lateRecordings(projectId: number, span: DaySpan): Promise<LateRecordingRow[]> {
    const rows = await this.em.execute<{ id: number; serial_code: string; status: string; recorded_at: Date | string; recorded_by_id: number | null; period: string }[]>(
      `select c.id, c.serial_code, c.status, c.recorded_at, c.recorded_by_id, o.period
         from archived_period_carry_over o join callback c on c.id = o.callback_id
        where o.project_id = ? and c.anchor_date between ? and ? and c.status in ('DONE', 'UNREACHABLE') and c.recorded_at is not null
        order by c.recorded_at, c.id`,
      [projectId, span.from, span.to],
    );
    return rows.map((r) => ({
      callbackId: Number(r.id), serialCode: r.serial_code, status: r.status, recordedAt: new Date(r.recorded_at),
      recordedById: r.recorded_by_id === null ? null : Number(r.recorded_by_id), period: r.period,
    }));
  }
}

/** One late recording (补录) of a carried-over callback. */
export interface LateRecordingRow {
  callbackId: number;
  serialCode: string;
  status: string;
  recordedAt: Date;
  recordedById: number | null;
  /** the archived period it belongs to */
  period: string;
}
