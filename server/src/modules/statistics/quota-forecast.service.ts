/**
 * 回访率预测 (issue 17, item 5): `quotaForecasts(em, figures, now)` — for the period of `figures` (the quarterly
 * statistics already computed: required and done per kind) one more statement (./quota-forecast.sql.ts) gives the
 * planned callbacks by window and failed attempts, and the completed tickets without a callback; the rule is
 * ./quota-forecast.rules.ts. Null when the day judged on (`figures.asOf`) is not within the period: a forecast is of
 * the current period only.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { startOfLocalDate, addDays, TicketKind } from '@hf/shared';
import { idArgument } from '../../graphql/arguments';
import { Project } from '../projects/project.entity';
import { Ticket } from '../tickets/ticket.entity';
import { forecastQuota, type OpenCallbacks } from './quota-forecast.rules';
import { QUOTA_FORECAST_SQL } from './quota-forecast.sql';
import type { QuotaForecast } from './quota-forecast.types';
import { positionalToKnex } from './statistics.sql';
import type { QuarterlyStatistics } from './statistics.types';

/** how many tickets that could be added by hand are named per kind at risk */
export const TICKETS_TO_ADD_PER_KIND = 3;

interface ForecastRow {
  open: (OpenCallbacks & { kind: TicketKind })[];
  without_callback: { kind: TicketKind; count: number; ids: number[] | null }[];
}

export async function quotaForecasts(
  em: EntityManager,
  figures: Pick<QuarterlyStatistics, 'projectId' | 'from' | 'to' | 'asOf' | 'kinds'>,
): Promise<QuotaForecast[] | null> {
  const today = figures.asOf;
  if (today < figures.from || today > figures.to) return null;
  const projectId = idArgument(figures.projectId, 'Project');
  const project = await em.findOneOrFail(Project, projectId);
  const { sql, bindings } = positionalToKnex(QUOTA_FORECAST_SQL, [
    projectId, figures.from, figures.to, startOfLocalDate(figures.from), startOfLocalDate(addDays(figures.to, 1)), TICKETS_TO_ADD_PER_KIND,
  ]);
  const [row] = await em.execute<ForecastRow[]>(sql, bindings);

  const forecasts = figures.kinds.map((k) => {
    const kind = k.kind as TicketKind;
    const without = row.without_callback.find((w) => w.kind === kind);
    const forecast = forecastQuota({
      kind,
      required: k.callbacksRequired,
      done: k.callbacksDone,
      open: row.open.filter((o) => o.kind === kind),
      today,
      periodEnd: figures.to,
      maxAttempts: project.maxAttempts,
    });
    return { forecast, targetRatePercent: k.targetRatePercent, without, kind };
  });
  // the tickets to name: of the kinds at risk only, loaded in one query
  const ids = forecasts.filter((f) => f.forecast.atRisk).flatMap((f) => f.without?.ids ?? []);
  const tickets = ids.length ? await em.find(Ticket, { id: { $in: ids } }) : [];
  const byId = new Map(tickets.map((t) => [t.id, t]));
  return forecasts.map(({ forecast, targetRatePercent, without, kind }) => ({
    ...forecast,
    kind,
    targetRatePercent,
    ticketsWithoutCallback: without?.count ?? 0,
    ticketsToAdd: forecast.atRisk ? (without?.ids ?? []).map((id) => byId.get(id)!).filter(Boolean) : [],
  }));
}
