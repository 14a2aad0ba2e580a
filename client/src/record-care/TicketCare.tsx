import { useMutation } from '@apollo/client/react';
import { CHANNEL_LABELS, ErrorCode, isTicketWriter, SEVERITY_LABELS, TICKET_KIND_LABELS, TICKET_STATUS_LABELS, TICKET_VOIDERS, TicketStatus } from '@hf/shared';
import { useState } from 'react';
import type { TicketRowFragment } from '../api/generated/graphql';
import { HistoryPanel } from '../history/HistoryPanel';
import { columnLabel, TICKET_COLUMNS } from '../i18n/columns';
import { useI18n } from '../i18n/i18n';
import type { Session } from '../session/session';
import { HISTORY_ONLY_FIELDS } from './history-fields';
import { CloseTicketMutation, VoidTicketMutation } from './queries';
import { VoidDialog } from './VoidDialog';

type Row = TicketRowFragment;

interface Props {
  session: Session;
  selected: Row | null;
  versionOf: (row: Row) => number;
  remember: (row: Row | null | undefined) => void;
  onMessage: (message: string) => void;
}

const HISTORY_FORMATS = {
  status: { labels: TICKET_STATUS_LABELS }, kind: { labels: TICKET_KIND_LABELS }, severity: { labels: SEVERITY_LABELS }, channel: { labels: CHANNEL_LABELS },
};

/**
 * Record care of the ticket selected in 工单登记: 关闭工单 once it is completed (ticket writers), 作废 with a reason
 * (supervisor, project manager, administrator; its planned callbacks are voided with it), and its 变更历史.
 */
export function TicketCare({ session, selected, versionOf, remember, onMessage }: Props) {
  const { t, language, serverMessage } = useI18n();
  const [voiding, setVoiding] = useState(false);
  const [error, setError] = useState('');
  const [historyOf, setHistoryOf] = useState<{ id: string; label: string } | null>(null);
  const role = session.user.role;
  const [voidTicket, voidState] = useMutation(VoidTicketMutation);
  const [closeTicket, closeState] = useMutation(CloseTicketMutation);
  const open = !session.archived && selected !== null;
  const canVoid = open && TICKET_VOIDERS.includes(role) && selected.status !== TicketStatus.VOIDED;
  const canClose = open && isTicketWriter(role) && !closeState.loading && selected.status === TicketStatus.COMPLETED;

  const refusal = (userErrors: readonly { code: string; field: string[]; message: string }[], failure: unknown): string | null => {
    if (failure) return serverMessage(failure instanceof Error ? failure : new Error(String(failure)));
    if (!userErrors.length) return null;
    if (userErrors.some((e) => e.code === ErrorCode.ARCHIVED)) session.markArchived();
    return userErrors.map((e) => serverMessage(e)).join('；');
  };
  const doVoid = async (reason: string) => {
    if (!selected) return;
    let answer: Awaited<ReturnType<typeof voidTicket>> | null = null;
    let failure: unknown = null;
    try { answer = await voidTicket({ variables: { input: { id: selected.id, version: versionOf(selected), reason } } }); } catch (e) { failure = e; }
    const payload = answer?.data?.voidTicket;
    const refused = refusal(payload?.userErrors ?? [], failure);
    if (refused || !payload?.ticket) { setError(refused ?? ''); return; }
    remember(payload.ticket);
    setVoiding(false);
    onMessage(t('voidDone', { record: selected.number }));
  };
  const doClose = async () => {
    if (!selected) return;
    let answer: Awaited<ReturnType<typeof closeTicket>> | null = null;
    let failure: unknown = null;
    try { answer = await closeTicket({ variables: { input: { id: selected.id, version: versionOf(selected) } } }); } catch (e) { failure = e; }
    const payload = answer?.data?.closeTicket;
    const refused = refusal(payload?.userErrors ?? [], failure);
    if (payload?.ticket) remember(payload.ticket);
    onMessage(refused ?? t('ticketClosed', { number: selected.number }));
  };

  return (
    <>
      {isTicketWriter(role) && <button type="button" disabled={!canClose} onClick={() => void doClose()} data-testid="care-close">{t('closeTicket')}</button>}
      {TICKET_VOIDERS.includes(role) && <button type="button" disabled={!canVoid} onClick={() => { setError(''); setVoiding(true); }} data-testid="care-void">{t('voidRecord')}</button>}
      <button type="button" disabled={!selected} onClick={() => setHistoryOf(!selected || historyOf?.id === selected.id ? null : { id: selected.id, label: selected.number })} data-testid="care-history">
        {historyOf && historyOf.id === selected?.id ? t('historyHide') : t('historyShow')}
      </button>
      {voiding && selected && (
        <VoidDialog record={`${selected.number} · ${selected.ownerName}`} note={t('voidTicketIntro')} busy={voidState.loading} error={error}
          onVoid={(reason) => void doVoid(reason)} onCancel={() => setVoiding(false)} />
      )}
      {historyOf && (
        <div className="hf-care-history">
          <HistoryPanel key={historyOf.id} recordId={historyOf.id} recordLabel={historyOf.label}
            revision={selected?.id === historyOf.id ? selected.version : undefined}
            fieldLabel={(field) => HISTORY_ONLY_FIELDS[field]?.[language] ?? columnLabel(TICKET_COLUMNS, field, language)} formats={HISTORY_FORMATS} onClose={() => setHistoryOf(null)} />
        </div>
      )}
    </>
  );
}
