import { useI18n } from '../../i18n/i18n';

/** due: today and overdue; ahead: the window opens within the next days (those already open included) */
export type PlanHorizon = 'due' | 'ahead';

interface Props {
  byAssignee: [string, { count: number; overdue: number }][];
  horizon: PlanHorizon;
  onHorizon: (horizon: PlanHorizon) => void;
  /** the period the plan is limited to, null for every period */
  period: string | null;
  aheadDays: number;
  /** due callbacks of the plan that belong to other periods than the one shown */
  elsewhere: number;
}

/** Above 回访计划: how far ahead it looks, which period it shows, and each assignee's due and overdue count. */
export function PlanSummary({ byAssignee, horizon, onHorizon, period, aheadDays, elsewhere }: Props) {
  const { t } = useI18n();
  return (
    <span className="hf-plan-summary" data-testid="plan-summary">
      <span className="hf-segmented" role="radiogroup" aria-label={t('planHorizon')}>
        <label><input type="radio" name="plan-horizon" checked={horizon === 'due'} onChange={() => onHorizon('due')} /> {t('planDue')}</label>
        <label><input type="radio" name="plan-horizon" checked={horizon === 'ahead'} onChange={() => onHorizon('ahead')} /> {t('planAhead', { days: aheadDays })}</label>
      </span>
      <span data-testid="plan-intro">
        {t(horizon === 'due' ? 'planIntro' : 'planIntroAhead', { days: aheadDays })}
        {period ? t('planOfPeriod', { period }) : t('planAllPeriods')}
      </span>{' '}
      {elsewhere > 0 && <span className="hf-warning" data-testid="plan-elsewhere">{t('planElsewhere', { count: elsewhere })}</span>}{' '}
      {byAssignee.map(([name, c]) => <span key={name} className="hf-chip">{t('dueCount', { name, count: c.count, overdue: c.overdue })}</span>)}
    </span>
  );
}
