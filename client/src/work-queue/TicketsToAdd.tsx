import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { AddCallbackMutation } from '../tickets/queries';

/**
 * 回访率预测 on 待办: completed tickets of a kind at risk without a callback, each with 加入回访 (addCallback: a window of
 * the next week, assigned to the supervisor, who may give it to a clerk). The queue is asked again after each.
 */
export function TicketsToAdd({ tickets, total }: { tickets: readonly { id: string; number: string; summary: string }[]; total: number }) {
  const { t, serverMessage } = useI18n();
  const [addCallback, adding] = useMutation(AddCallbackMutation, { refetchQueries: ['SupervisorWork'] });
  const [said, setSaid] = useState<string | null>(null);
  if (total === 0) return <>—</>;
  const add = async (ticketId: string) => {
    const { data } = await addCallback({ variables: { input: { ticketId } } });
    const payload = data?.addCallback;
    setSaid(payload?.callback ? t('forecastAdded', { code: payload.callback.serialCode }) : payload?.userErrors[0] ? serverMessage(payload.userErrors[0]) : null);
  };
  return (
    <div data-testid="tickets-to-add">
      {tickets.map((ticket) => (
        <span key={ticket.id} className="hf-ticket-to-add" title={ticket.summary}>
          {ticket.number}{' '}
          <button type="button" disabled={adding.loading} onClick={() => void add(ticket.id)}>{t('forecastAdd')}</button>
        </span>
      ))}
      {total > tickets.length && <span> … {t('forecastToAddMore', { count: total })}</span>}
      {said && <div className="hf-hint" role="status">{said}</div>}
    </div>
  );
}
