import { useMutation } from '@apollo/client/react';
import { ErrorCode } from '@hf/shared';
import { useState } from 'react';
import type { CallbackRowFragment } from '../api/generated/graphql';
import { useI18n } from '../i18n/i18n';
import { WriteHandlingOpinionMutation } from './mutations';

type FieldErrors = Partial<Record<'opinion' | 'followUp' | 'form', string>>;

/**
 * 项目经理: the handling opinion (处理意见) and the follow-up (跟进情况) of an escalated callback, written together in one
 * form; submitting closes the callback, and the clerk sees both in 回访记录表. A refused form keeps what was typed and
 * shows the server's message next to the field.
 */
export function HandlingOpinionForm({ callback, onArchived, onDone }: { callback: CallbackRowFragment; onArchived: () => void; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const [opinion, setOpinion] = useState(callback.handlingOpinion ?? '');
  const [followUp, setFollowUp] = useState(callback.followUp ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [write, { loading }] = useMutation(WriteHandlingOpinionMutation);

  const submit = async () => {
    if (!opinion.trim()) {
      setErrors({ opinion: t('handlingRequired') });
      return;
    }
    setErrors({});
    const answer = await write({ variables: { input: { id: callback.id, version: callback.version, opinion, followUp: followUp.trim() || null } } })
      .catch((e: unknown) => ({ data: undefined, error: e instanceof Error ? e : new Error(String(e)) }));
    const payload = answer.data?.writeHandlingOpinion;
    if (!payload) {
      setErrors({ form: answer.error?.message ?? '' });
      return;
    }
    if (payload.userErrors.length) {
      if (payload.userErrors.some((e) => e.code === ErrorCode.ARCHIVED)) onArchived();
      const next: FieldErrors = {};
      for (const e of payload.userErrors) {
        const field = e.field[0] === 'opinion' || e.field[0] === 'followUp' ? e.field[0] : 'form';
        next[field] = next[field] ? `${next[field]}；${e.message}` : e.message;
      }
      setErrors(next);
      return;
    }
    // the callback is closed now: the form goes away with the row's state, the sheet says what happened
    onDone(t('handlingDone', { code: callback.serialCode }));
  };

  return (
    <div className="hf-form hf-handling" data-testid="handling-form">
      <strong>{t('handlingTitle', { code: callback.serialCode })}</strong>
      <span className="hf-handling-intro">
        {t('handlingIntro', { owner: callback.ticket.ownerName, unit: callback.ticket.unit, summary: callback.ticket.summary, review: callback.reviewOpinion ?? '—' })}
      </span>
      <label className="hf-wide">
        {t('handlingOpinionLabel')}
        <textarea name="opinion" rows={2} maxLength={2000} value={opinion} onChange={(e) => setOpinion(e.target.value)} aria-invalid={Boolean(errors.opinion)} />
        {errors.opinion && <span className="hf-field-error" data-testid="error-opinion">{errors.opinion}</span>}
      </label>
      <label className="hf-wide">
        {t('followUpLabel')}
        <textarea name="followUp" rows={2} maxLength={2000} value={followUp} onChange={(e) => setFollowUp(e.target.value)} aria-invalid={Boolean(errors.followUp)} />
        {errors.followUp && <span className="hf-field-error">{errors.followUp}</span>}
      </label>
      <button type="button" disabled={loading} onClick={() => void submit()}>{t('handlingSubmit')}</button>
      {errors.form && <span className="hf-field-error" data-testid="error-form">{errors.form}</span>}
    </div>
  );
}
