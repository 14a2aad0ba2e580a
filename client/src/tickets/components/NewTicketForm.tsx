import {
  businessWallClock, Channel, CHANNEL_LABELS, ComplaintSeverity, MAX_CODE_LENGTH, MAX_NAME_LENGTH, MAX_TEXT_LENGTH, SEVERITY_LABELS,
  TICKET_KIND_LABELS, TicketKind,
} from '@hf/shared';
import { type FormEvent, useState } from 'react';
import type { CreateTicketInput } from '../../api/generated/graphql';
import { parseDateTime } from '../../grid/cell-values';
import { columnLabel, TICKET_COLUMNS } from '../../i18n/columns';
import { useI18n } from '../../i18n/i18n';
import { serverText, type ServerMessage } from '../../i18n/server-messages';

/** What the server answered to a new ticket: the ticket, or the fields it refused. */
export interface CreateAnswer {
  ticket?: { id: string; number: string } | null;
  userErrors: readonly (ServerMessage & { field: readonly string[] })[];
}

interface Props {
  onCreate: (input: Omit<CreateTicketInput, 'projectId'>) => Promise<CreateAnswer | undefined>;
  creating: boolean;
  /** the project's unit format: an example for the placeholder (e.g. 3-2-1502) */
  unitExample: string;
  /** closed: with the new ticket, or null when cancelled */
  onDone: (ticket: { id: string; number: string } | null) => void;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** now in 北京时间, as a datetime-local input wants it ("2026-11-20T10:30") */
function wallClockNow(): string {
  const w = businessWallClock(new Date());
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/**
 * 登记工单: the fields of a new ticket — received time (now, or earlier for a ticket taken on paper), handler and
 * handling result included; severity for a complaint only. The server's refusals show under the field they concern.
 */
export function NewTicketForm({ onCreate, creating, unitExample, onDone }: Props) {
  const { language, t } = useI18n();
  const [kind, setKind] = useState<TicketKind>(TicketKind.REPAIR);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [now] = useState(wallClockNow);
  const h = (field: string) => columnLabel(TICKET_COLUMNS, field, language);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '').trim() || null;
    const received = value('receivedAt');
    const receivedAt = received ? parseDateTime(received) : null;
    if (received && !receivedAt) return setFieldErrors({ receivedAt: t('invalidDateTime') });
    const payload = await onCreate({
      kind,
      severity: kind === TicketKind.COMPLAINT ? (value('severity') as ComplaintSeverity | null) : null,
      ownerName: value('ownerName') ?? '', unit: value('unit') ?? '', phone: value('phone'),
      channel: (value('channel') as Channel | null) ?? Channel.PHONE, department: value('department'), category: value('category'),
      summary: value('summary') ?? '', receivedAt, handler: value('handler'), handlingResult: value('handlingResult'),
    });
    if (payload?.userErrors.length) {
      const errors: Record<string, string> = {};
      for (const e of payload.userErrors) {
        const field = e.field[e.field.length - 1] ?? '';
        errors[field] = [errors[field], serverText(e, language)].filter(Boolean).join('；');
      }
      setFieldErrors(errors);
    } else if (payload?.ticket) onDone(payload.ticket);
  };
  const problem = (field: string) => fieldErrors[field] && <span className="hf-field-error" data-testid={`error-${field}`}>{fieldErrors[field]}</span>;
  const known = new Set(['kind', 'severity', 'ownerName', 'unit', 'phone', 'channel', 'receivedAt', 'department', 'category', 'summary', 'handler', 'handlingResult']);
  const other = Object.entries(fieldErrors).filter(([field]) => !known.has(field));
  return (
    <form className="hf-form" onSubmit={(e) => void submit(e)} data-testid="new-ticket-form" aria-label={t('newTicket')}>
      <label>{h('kind')}
        <select value={kind} onChange={(e) => setKind(e.target.value as TicketKind)}>
          {Object.values(TicketKind).map((k) => <option key={k} value={k}>{TICKET_KIND_LABELS[k][language]}</option>)}
        </select>
      </label>
      {kind === TicketKind.COMPLAINT && (
        <label>{h('severity')}
          <select name="severity" defaultValue={ComplaintSeverity.GENERAL}>
            {Object.values(ComplaintSeverity).map((s) => <option key={s} value={s}>{SEVERITY_LABELS[s][language]}</option>)}
          </select>
          {problem('severity')}
        </label>
      )}
      <label>{h('receivedAt')}
        <input name="receivedAt" type="datetime-local" defaultValue={now} required />
        {problem('receivedAt')}
      </label>
      <label>{h('ownerName')}<input name="ownerName" required maxLength={MAX_NAME_LENGTH} />{problem('ownerName')}</label>
      <label>{h('unit')}<input name="unit" required maxLength={MAX_CODE_LENGTH} placeholder={unitExample} />{problem('unit')}</label>
      <label>{h('phone')}<input name="phone" maxLength={MAX_CODE_LENGTH} />{problem('phone')}</label>
      <label>{h('channel')}
        <select name="channel" defaultValue={Channel.PHONE}>
          {Object.values(Channel).map((c) => <option key={c} value={c}>{CHANNEL_LABELS[c][language]}</option>)}
        </select>
      </label>
      <label>{h('department')}<input name="department" maxLength={MAX_NAME_LENGTH} />{problem('department')}</label>
      <label>{h('category')}<input name="category" maxLength={MAX_NAME_LENGTH} />{problem('category')}</label>
      <label className="hf-wide">{h('summary')}<input name="summary" required maxLength={MAX_TEXT_LENGTH} />{problem('summary')}</label>
      <label>{h('handler')}<input name="handler" maxLength={MAX_NAME_LENGTH} />{problem('handler')}</label>
      <label className="hf-wide">{h('handlingResult')}<input name="handlingResult" maxLength={MAX_TEXT_LENGTH} />{problem('handlingResult')}</label>
      <button type="submit" disabled={creating}>{t('create')}</button>
      <button type="button" onClick={() => onDone(null)}>{t('cancel')}</button>
      {other.length > 0 && <div className="hf-error-banner">{other.map(([, message]) => message).join('；')}</div>}
    </form>
  );
}
