import type { QuarterlyStatisticsQuery } from '../../api/generated/graphql';
import { useI18n } from '../../i18n/i18n';

type Forecast = NonNullable<QuarterlyStatisticsQuery['quarterlyStatistics']['forecast']>[number];

/**
 * 期末达标预测, beside the kinds table (which shows required and done): per kind, the callbacks expected done by the
 * period end and at best, and the verdict (the server's forecastQuota, model in README "Quota forecast"); kinds without required callbacks show —.
 */
export function ForecastTable({ forecast, to, kindLabel }: { forecast: readonly Forecast[]; to: string; kindLabel: (kind: string) => string }) {
  const { t } = useI18n();
  const verdict = (f: Forecast) =>
    f.required === 0 ? t('forecastNone') : !f.atRisk ? t('forecastMet') : f.canStillBeMet ? t('forecastShort', { count: f.shortBy }) : t('forecastCannot', { count: f.shortBy });
  return (
    <div className="hf-forecast" data-testid="forecast">
      <h3>{t('forecastTitle', { days: forecast[0]?.daysLeft ?? 0, to })}</h3>
      <table className="hf-table">
        <thead>
          <tr>
            <th>{t('kind')}</th><th>{t('forecastExpected')}</th><th>{t('forecastBest')}</th><th>{t('forecastVerdict')}</th><th>{t('forecastToAdd')}</th>
          </tr>
        </thead>
        <tbody>
          {forecast.map((f) => (
            <tr key={f.kind} data-kind={f.kind}>
              <td>{kindLabel(f.kind)}</td><td>{f.expectedDone}</td><td>{f.bestCase}</td>
              <td className={f.required === 0 ? undefined : f.atRisk ? 'hf-bad' : 'hf-ok'}>{verdict(f)}</td>
              <td title={f.ticketsToAdd.map((x) => x.number).join('、')}>{f.atRisk ? f.ticketsWithoutCallback : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hf-hint">{t('forecastHint')}</p>
    </div>
  );
}
