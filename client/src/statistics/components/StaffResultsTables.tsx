import { useQuery } from '@apollo/client/react';
import { ROLE_LABELS, type Role } from '@hf/shared';
import { useI18n } from '../../i18n/i18n';
import { percent } from '../percent';
import { StaffResultsQuery } from '../queries';

/**
 * 考核: one row per clerk (the callbacks assigned to them, the satisfaction of those they performed, the spot-check
 * agreement) and one per handler and department. The server leaves out what the caller may not see: a clerk gets
 * their own row and no handler rows.
 */
export function StaffResultsTables({ projectId, period }: { projectId: string; period: string }) {
  const { t, language, serverMessage } = useI18n();
  const { data, error } = useQuery(StaffResultsQuery, { variables: { projectId, period }, fetchPolicy: 'cache-and-network' });
  if (error && !data) return <div className="hf-error-banner">{serverMessage(error)}</div>;
  const results = data?.staffResults;
  if (!results) return null;
  return (
    <section data-testid="staff-results">
      <h3>{t('staffTitle', { period: results.period })}</h3>
      {results.ownRowOnly && <p className="hf-hint" data-testid="staff-own-row">{t('staffOwnRow')}</p>}
      <table className="hf-table" data-testid="staff-table">
        <thead>
          <tr>
            <th>{t('staffName')}</th><th>{t('staffRole')}</th><th>{t('staffAssigned')}</th><th>{t('staffDone')}</th>
            <th>{t('staffWithinWindow')}</th><th>{t('staffOverdue')}</th><th>{t('staffUnreachable')}</th><th>{t('staffPerformed')}</th>
            <th>{t('staffSatisfied')}</th><th>{t('staffSpotChecked')}</th><th>{t('staffAgreement')}</th>
          </tr>
        </thead>
        <tbody>
          {results.staff.map((s) => (
            <tr key={s.userId}>
              <td>{s.displayName}</td><td>{ROLE_LABELS[s.role as Role][language]}</td><td>{s.callbacksAssigned}</td><td>{s.callbacksDone}</td>
              <td>{s.doneWithinWindow}</td><td className={s.overdue ? 'hf-bad' : undefined}>{s.overdue}</td><td>{s.unreachable}</td>
              <td>{s.callbacksPerformed}</td><td>{percent(s.satisfiedRatePercent)}</td>
              <td>{s.spotChecked}</td><td>{percent(s.spotCheckAgreementPercent)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!results.ownRowOnly && (
        <>
          <h3>{t('handlerTitle')}</h3>
          <table className="hf-table" data-testid="handler-table">
            <thead>
              <tr>
                <th>{t('handlerDepartment')}</th><th>{t('handlerName')}</th><th>{t('handlerRecorded')}</th>
                <th>{t('staffSatisfied')}</th><th>{t('handlerUnqualified')}</th>
              </tr>
            </thead>
            <tbody>
              {results.handlers.map((h) => (
                <tr key={`${h.department ?? ''}|${h.handler ?? ''}|${h.departmentTotal}`} className={h.departmentTotal ? 'hf-total' : undefined}>
                  <td>{h.department ?? t('handlerNone')}</td>
                  <td>{h.departmentTotal ? t('handlerDepartmentTotal') : h.handler ?? t('handlerNone')}</td>
                  <td>{h.callbacksRecorded}</td><td>{percent(h.satisfiedRatePercent)}</td>
                  <td className={h.unqualified ? 'hf-bad' : undefined}>{h.unqualified}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
