import { useQuery } from '@apollo/client/react';
import { CallbackStatus, daysBetween, TICKET_KIND_LABELS, toLocalDate, type Language } from '@hf/shared';
import { useMemo } from 'react';
import { CallbacksQuery } from '../api/documents';
import type { CallbackRowFragment } from '../api/generated/graphql';
import { type SheetColumn, SpreadsheetGrid } from '../grid/SpreadsheetGrid';
import { CALLBACK_COLUMNS, columnLabel } from '../i18n/columns';
import { useI18n } from '../i18n/i18n';
import type { Session } from './session';

type Row = CallbackRowFragment;

export function planColumns(language: Language, today: string): SheetColumn<Row>[] {
  const h = (field: string) => columnLabel(CALLBACK_COLUMNS, field, language);
  const col = (field: string, value: (r: Row) => unknown, extra: Partial<SheetColumn<Row>> = {}): SheetColumn<Row> => ({
    field, header: h(field), kind: { type: 'text' }, value, ...extra,
  });
  return [
    col('assignee', (r) => [r.assignee?.displayName, r.coAssignee?.displayName].filter(Boolean).join('、'), { pinned: true, width: 100 }),
    col('serialCode', (r) => r.serialCode, { pinned: true, width: 160 }),
    col('windowFrom', (r) => r.windowFrom, { width: 105 }),
    col('windowTo', (r) => r.windowTo, { width: 105 }),
    col('daysLeft', (r) => daysBetween(today, r.windowTo), { kind: { type: 'integer', min: -9999, max: 9999 }, width: 90 }),
    col('ticketNumber', (r) => r.ticket.number, { width: 150 }),
    col('ownerName', (r) => r.ticket.ownerName, { width: 80 }),
    col('unit', (r) => r.ticket.unit, { width: 90 }),
    col('phone', (r) => r.ticket.phone, { width: 115 }),
    col('kind', (r) => r.ticket.kind, { kind: { type: 'enum', labels: TICKET_KIND_LABELS }, width: 90 }),
    col('summary', (r) => r.ticket.summary, { width: 220 }),
    col('attemptCount', (r) => r.attemptCount, { kind: { type: 'integer', min: 0, max: 99 }, width: 80 }),
  ];
}

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
  const rows = useMemo(() => {
    const list = (data?.callbacks.edges ?? []).map((e) => e.node as Row);
    const name = (r: Row) => r.assignee?.displayName ?? '';
    return [...list].sort((a, b) => name(a).localeCompare(name(b), 'zh-CN') || a.windowTo.localeCompare(b.windowTo));
  }, [data]);
  const byAssignee = useMemo(() => {
    const counts = new Map<string, { count: number; overdue: number }>();
    for (const r of rows) {
      const key = r.assignee?.displayName ?? t('unassigned');
      const c = counts.get(key) ?? { count: 0, overdue: 0 };
      c.count += 1;
      if (r.overdue) c.overdue += 1;
      counts.set(key, c);
    }
    return [...counts];
  }, [rows, t]);
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
      toolbar={
        <span className="hf-plan-summary" data-testid="plan-summary">
          {t('planIntro')}{' '}
          {byAssignee.map(([name, c]) => <span key={name} className="hf-chip">{t('dueCount', { name, count: c.count, overdue: c.overdue })}</span>)}
        </span>
      }
    />
  );
}
