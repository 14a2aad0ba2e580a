import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import type { HistoryEntryFragment } from '../api/generated/graphql';
import { formatDateTime } from '../grid/cell-values';
import { useI18n } from '../i18n/i18n';
import { historyValue, type HistoryFieldFormat } from './history-values';
import { RecordHistoryQuery } from './queries';

interface Props {
  /** the global id of a Callback, Ticket or QuarterlyReport */
  recordId: string;
  /** what the record is called in the title, e.g. its serial code */
  recordLabel: string;
  fieldLabel: (field: string) => string;
  /** per field: its enum labels or that its values are people */
  formats?: Record<string, HistoryFieldFormat>;
  /** row id → name, for the fields whose values are people */
  people?: ReadonlyMap<number, string>;
  /** fields not shown (e.g. who-columns whose change the 修改人 already says) */
  hidden?: ReadonlySet<string>;
  /** a field whose values are not read one by one (the report's frozen figures) */
  opaque?: ReadonlySet<string>;
  onClose?: () => void;
  /** the record's version as the sheet shows it: a newer one (the row changed) reads the history again */
  revision?: number;
}

/**
 * 变更历史 of one record: who, when, which field, old → new, oldest first — read from the record's `history` (never
 * edited; 不允许撕毁). Personal data comes masked by the server exactly like the row, so the panel shows what it gets.
 */
export function HistoryPanel({ recordId, recordLabel, fieldLabel, formats = {}, people = new Map(), hidden = new Set(), opaque = new Set(), onClose, revision }: Props) {
  const { t, language, serverMessage } = useI18n();
  const { data, error, loading, refetch } = useQuery(RecordHistoryQuery, { variables: { id: recordId }, fetchPolicy: 'network-only' });
  const shown = useRef(revision);
  useEffect(() => {
    if (revision === undefined || revision === shown.current) return;
    shown.current = revision;
    void refetch();
  }, [revision, refetch]);
  const node = data?.node;
  const history = node && 'history' in node ? node.history : null;
  const entries: HistoryEntryFragment[] = (history?.edges ?? []).map((e) => e.node).filter((e) => !e.field || !hidden.has(e.field));
  const who = (e: HistoryEntryFragment) => e.changedBy?.displayName ?? e.changedByApiToken ?? t('historySystem');
  const change = (e: HistoryEntryFragment) => {
    if (e.action === 'CREATE') return t('historyCreated');
    if (e.field && opaque.has(e.field)) return t('historySnapshot');
    const format = e.field ? formats[e.field] : undefined;
    return `${historyValue(e.oldValue, format, people, language)} → ${historyValue(e.newValue, format, people, language)}`;
  };
  return (
    <section className="hf-history" data-testid="history-panel" aria-label={t('historyOf', { record: recordLabel })}>
      <h3>
        {t('historyOf', { record: recordLabel })} · {t('historyTitle', { count: entries.length })}
        {onClose && <button type="button" className="hf-history-close hf-no-print" onClick={onClose}>{t('historyHide')}</button>}
      </h3>
      {error && <div className="hf-error-banner">{serverMessage(error)}</div>}
      {loading && !data && <p>{t('loading')}</p>}
      {history && (
        <div className="hf-history-scroll">
          <table className="hf-table hf-history-table">
            <thead><tr><th>{t('historyWhen')}</th><th>{t('historyWho')}</th><th>{t('historyField')}</th><th>{t('historyChange')}</th></tr></thead>
            <tbody>
              {entries.map((e, i) => (
                <tr key={i} data-testid="history-entry" data-field={e.field ?? ''}>
                  <td>{formatDateTime(e.changedAt)}</td>
                  <td>{who(e)}</td>
                  <td>{e.field ? fieldLabel(e.field) : t('historyCreated')}</td>
                  <td className="hf-history-change">{change(e)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
