import { useQuery } from '@apollo/client/react';
import { CallbackStatus, toLocalDate } from '@hf/shared';
import { useMemo } from 'react';
import type { CallbackRowFragment } from '../api/generated/graphql';
import { CallbacksQuery } from '../callbacks/queries';
import { SpreadsheetGrid } from '../grid/SpreadsheetGrid';
import { useI18n } from '../i18n/i18n';
import type { Session } from '../session/session';
import { planColumns } from './columns';
import { PlanSummary } from './components/PlanSummary';
import { dueByAssignee, planOrder } from './plan-rows';

type Row = CallbackRowFragment;

/** 回访计划: callbacks due today or overdue and not yet done, by assignee, with their window dates. */
export function PlanSheet({ session }: { session: Session }) {
  const { language, t } = useI18n();
  const { data } = useQuery(CallbacksQuery, {
    variables: {
      first: 500,
      filter: { projectId: session.project.id, due: true, statuses: [CallbackStatus.PLANNED] },
      orderBy: { field: 'WINDOW_TO', direction: 'ASC' },
    },
    pollInterval: session.pollSeconds * 1000,
    fetchPolicy: 'cache-and-network',
  });
  const today = toLocalDate(new Date());
  const rows = useMemo(() => planOrder((data?.callbacks.edges ?? []).map((e) => e.node as Row)), [data]);
  const byAssignee = useMemo(() => dueByAssignee(rows, t('unassigned')), [rows, t]);
  const columns = useMemo(() => planColumns(language, today), [language, today]);
  return (
    <SpreadsheetGrid<Row>
      rows={rows}
      rowId={(r) => r.id}
      rowLabel={(r) => r.serialCode}
      columns={columns}
      storageKey="plan"
      readOnly
      rowClass={(r) => (r.overdue ? 'hf-row-overdue' : undefined)}
      toolbar={<PlanSummary byAssignee={byAssignee} />}
    />
  );
}
