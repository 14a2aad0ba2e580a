import { useI18n } from '../../i18n/i18n';

/** Above 回访计划: what the list is, and each assignee's due and overdue count. */
export function PlanSummary({ byAssignee }: { byAssignee: [string, { count: number; overdue: number }][] }) {
  const { t } = useI18n();
  return (
    <span className="hf-plan-summary" data-testid="plan-summary">
      {t('planIntro')}{' '}
      {byAssignee.map(([name, c]) => <span key={name} className="hf-chip">{t('dueCount', { name, count: c.count, overdue: c.overdue })}</span>)}
    </span>
  );
}
