import { businessWallClock, MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '@hf/shared';
import { type FormEvent, useState } from 'react';
import { parseDateTime } from '../../grid/cell-values';
import { columnLabel, TICKET_COLUMNS } from '../../i18n/columns';
import { useI18n } from '../../i18n/i18n';
import { serverText, type ServerMessage } from '../../i18n/server-messages';

export interface CompleteValues {
  handler: string | null;
  handlingResult: string | null;
  completedAt: string | null;
}

interface Props {
  ticket: { number: string; handler?: string | null; handlingResult?: string | null };
  busy: boolean;
  onComplete: (values: CompleteValues) => Promise<readonly (ServerMessage & { field: readonly string[] })[]>;
  onCancel: () => void;
}

const pad = (n: number) => String(n).padStart(2, '0');
const wallClockNow = () => {
  const w = businessWallClock(new Date());
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
};

/** 处理完毕: the handler and the handling result (required), and when it was done (now, or earlier from paper). */
export function CompleteTicketForm({ ticket, busy, onComplete, onCancel }: Props) {
  const { language, t } = useI18n();
  const [now] = useState(wallClockNow);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const h = (field: string) => columnLabel(TICKET_COLUMNS, field, language);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '').trim() || null;
    const completed = value('completedAt');
    const completedAt = completed ? parseDateTime(completed) : null;
    if (completed && !completedAt) return setErrors({ completedAt: t('invalidDateTime') });
    const refused = await onComplete({ handler: value('handler'), handlingResult: value('handlingResult'), completedAt });
    const next: Record<string, string> = {};
    for (const e of refused) {
      const field = e.field[e.field.length - 1] ?? 'form';
      const key = ['handler', 'handlingResult', 'completedAt'].includes(field) ? field : 'form';
      next[key] = [next[key], serverText(e, language)].filter(Boolean).join('；');
    }
    setErrors(next);
  };
  const problem = (field: string) => errors[field] && <span className="hf-field-error" data-testid={`error-${field}`}>{errors[field]}</span>;
  return (
    <form className="hf-form" onSubmit={(e) => void submit(e)} aria-label={t('completeTitle', { number: ticket.number })} data-testid="complete-ticket-form">
      <strong className="hf-form-title">{t('completeTitle', { number: ticket.number })}</strong>
      <label>{h('handler')}<input name="handler" maxLength={MAX_NAME_LENGTH} defaultValue={ticket.handler ?? ''} />{problem('handler')}</label>
      <label className="hf-wide">{h('handlingResult')}
        <input name="handlingResult" required maxLength={MAX_TEXT_LENGTH} defaultValue={ticket.handlingResult ?? ''} />{problem('handlingResult')}
      </label>
      <label>{t('completedAt')}<input name="completedAt" type="datetime-local" defaultValue={now} required />{problem('completedAt')}</label>
      <button type="submit" disabled={busy}>{t('confirmComplete')}</button>
      <button type="button" onClick={onCancel}>{t('cancel')}</button>
      {errors.form && <div className="hf-error-banner">{errors.form}</div>}
    </form>
  );
}
