import { useQuery } from '@apollo/client/react';
import { addDays, CallbackStatus, toLocalDate } from '@hf/shared';
import { useMemo, useState } from 'react';
import type { CallbackRowFragment } from '../api/generated/graphql';
import { CallbacksQuery } from '../callbacks/queries';
import { SpreadsheetGrid } from '../grid/SpreadsheetGrid';
import { useI18n } from '../i18n/i18n';
import type { Session } from '../session/session';
import { isCarriedIn } from '../callbacks/carried-over';
import { planColumns } from './columns';
import { PlanSummary, type PlanHorizon } from './components/PlanSummary';
import { dueByAssignee, planOrder } from './plan-rows';
import { PlanElsewhereQuery } from './queries';

type Row = CallbackRowFragment;

/** How far ahead the plan looks: the callbacks due now (today and overdue), or those whose window opens within 7 days. */
const AHEAD_DAYS = 7;

/**
 * 回访计划: planned callbacks by assignee with their window dates — due today or overdue, or opening within the next
 * 7 days — of the period chosen above (its anchor dates), or of every period under 全部期间.
 */
export function PlanSheet({ session }: { session: Session }) {
  const { language, t } = useI18n();
  const [horizon, setHorizon] = useState<PlanHorizon>('due');
  const today = toLocalDate(new Date());
  const plan = {
    projectId: session.project.id,
    statuses: [CallbackStatus.PLANNED],
    ...(horizon === 'due' ? { due: true } : { dueBy: addDays(today, AHEAD_DAYS) }),
  };
  const { data } = useQuery(CallbacksQuery, {
    variables: { first: 500, filter: { ...plan, period: session.period }, orderBy: { field: 'WINDOW_TO', direction: 'ASC' } },
    pollInterval: session.pollSeconds * 1000,
    fetchPolicy: 'cache-and-network',
  });
  const everywhere = useQuery(PlanElsewhereQuery, { variables: { filter: plan }, skip: session.period === null, fetchPolicy: 'cache-and-network' });
  const elsewhere = data && everywhere.data ? Math.max(0, everywhere.data.callbacks.totalCount - data.callbacks.totalCount) : 0;
  const rows = useMemo(() => planOrder((data?.callbacks.edges ?? []).map((e) => e.node as Row)), [data]);
  const byAssignee = useMemo(() => dueByAssignee(rows, t('unassigned')), [rows, t]);
  const columns = useMemo(() => planColumns(language, today, session.period), [language, today, session.period]);
  return (
    <SpreadsheetGrid<Row>
      rows={rows}
      rowId={(r) => r.id}
      rowLabel={(r) => r.serialCode}
      columns={columns}
      storageKey="plan"
      readOnly
      rowClass={(r) => [r.overdue ? 'hf-row-overdue' : r.windowFrom > today ? 'hf-row-upcoming' : '', isCarriedIn(r, session.period) ? 'hf-row-carried' : ''].filter(Boolean).join(' ') || undefined}
      toolbar={<PlanSummary byAssignee={byAssignee} horizon={horizon} onHorizon={setHorizon} period={session.period} aheadDays={AHEAD_DAYS} elsewhere={elsewhere} />}
    />
  );
}
