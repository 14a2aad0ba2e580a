import { Channel, CHANNEL_LABELS, ComplaintSeverity, MAX_CODE_LENGTH, MAX_NAME_LENGTH, MAX_TEXT_LENGTH, SEVERITY_LABELS, TICKET_KIND_LABELS, TicketKind } from '@hf/shared';
import { type FormEvent, useState } from 'react';
import type { CreateTicketInput } from '../../api/generated/graphql';
import { columnLabel, TICKET_COLUMNS } from '../../i18n/columns';
import { useI18n } from '../../i18n/i18n';

/** What the server answered to a new ticket: its number, or the fields it refused. */
export interface CreateAnswer {
  ticket?: { number: string } | null;
  userErrors: readonly { field: readonly string[]; message: string }[];
}

interface Props {
  onCreate: (input: Omit<CreateTicketInput, 'projectId'>) => Promise<CreateAnswer | undefined>;
  creating: boolean;
  /** closed: with the new ticket's number, or '' when cancelled */
  onDone: (message: string) => void;
}

/** 登记工单: the fields of a new ticket; severity for a complaint only. */
export function NewTicketForm({ onCreate, creating, onDone }: Props) {
  const { language, t } = useI18n();
  const [kind, setKind] = useState<TicketKind>(TicketKind.REPAIR);
  const [errors, setErrors] = useState<string[]>([]);
  const h = (field: string) => columnLabel(TICKET_COLUMNS, field, language);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '').trim() || null;
    const payload = await onCreate({
      kind,
      severity: kind === TicketKind.COMPLAINT ? (value('severity') as ComplaintSeverity | null) : null,
      ownerName: value('ownerName') ?? '', unit: value('unit') ?? '', phone: value('phone'),
      channel: (value('channel') as Channel | null) ?? Channel.PHONE, department: value('department'), category: value('category'),
      summary: value('summary') ?? '',
    });
    if (payload?.userErrors.length) setErrors(payload.userErrors.map((e) => `${h(e.field[e.field.length - 1] ?? '')}：${e.message}`));
    else if (payload?.ticket) onDone(payload.ticket.number);
  };
  return (
    <form className="hf-form" onSubmit={(e) => void submit(e)}>
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
        </label>
      )}
      <label>{h('ownerName')}<input name="ownerName" required maxLength={MAX_NAME_LENGTH} /></label>
      <label>{h('unit')}<input name="unit" required maxLength={MAX_CODE_LENGTH} placeholder="3-2-1502" /></label>
      <label>{h('phone')}<input name="phone" maxLength={MAX_CODE_LENGTH} /></label>
      <label>{h('channel')}
        <select name="channel" defaultValue={Channel.PHONE}>
          {Object.values(Channel).map((c) => <option key={c} value={c}>{CHANNEL_LABELS[c][language]}</option>)}
        </select>
      </label>
      <label>{h('department')}<input name="department" maxLength={MAX_NAME_LENGTH} /></label>
      <label>{h('category')}<input name="category" maxLength={MAX_NAME_LENGTH} /></label>
      <label className="hf-wide">{h('summary')}<input name="summary" required maxLength={MAX_TEXT_LENGTH} /></label>
      <button type="submit" disabled={creating}>{t('create')}</button>
      <button type="button" onClick={() => onDone('')}>{t('cancel')}</button>
      {errors.length > 0 && <div className="hf-error-banner">{errors.join('；')}</div>}
    </form>
  );
}
