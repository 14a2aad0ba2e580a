import { useMutation } from '@apollo/client/react';
import { CallbackStatus, ErrorCode } from '@hf/shared';
import { useState } from 'react';
import type { CallbackRowFragment } from '../api/generated/graphql';
import { useI18n } from '../i18n/i18n';
import { ReviewCallbacksMutation } from './mutations';

/**
 * 审核通过 for the rows of the selected block, with one opinion, in one mutation. A record someone changed since the
 * sheet read it comes back reported (CONFLICT) and is left as it is; the sheet's rows are refreshed from the answer.
 */
export function BatchReviewBar({ selected, onArchived }: { selected: CallbackRowFragment[]; onArchived: () => void }) {
  const { t } = useI18n();
  const [opinion, setOpinion] = useState('');
  const [message, setMessage] = useState<{ text: string; bad: boolean } | null>(null);
  const [review, { loading }] = useMutation(ReviewCallbacksMutation);
  const reviewable = selected.filter((r) => r.status === CallbackStatus.DONE);
  const skipped = selected.length - reviewable.length;

  const submit = async () => {
    setMessage(null);
    const answer = await review({ variables: { input: { opinion: opinion.trim() || null, rows: reviewable.map((r) => ({ id: r.id, version: r.version })) } } })
      .catch((e: unknown) => ({ data: undefined, error: e instanceof Error ? e : new Error(String(e)) }));
    const payload = answer.data?.reviewCallbacks;
    if (!payload) {
      setMessage({ text: answer.error?.message ?? '', bad: true });
      return;
    }
    if (payload.userErrors.some((e) => e.code === ErrorCode.ARCHIVED)) onArchived();
    const codeOf = (field: string[]) => reviewable[Number(field[1])]?.serialCode ?? '';
    const conflicts = payload.userErrors.filter((e) => e.code === ErrorCode.CONFLICT);
    const others = payload.userErrors.filter((e) => e.code !== ErrorCode.CONFLICT);
    const parts = [t('reviewDone', { count: payload.reviewedCount, escalated: payload.escalatedCount })];
    if (conflicts.length) parts.push(t('reviewConflicts', { count: conflicts.length, codes: conflicts.map((e) => codeOf(e.field)).join('、') }));
    parts.push(...others.map((e) => e.message));
    setMessage({ text: parts.join('；'), bad: payload.userErrors.length > 0 });
    if (payload.reviewedCount > 0 && payload.userErrors.length === 0) setOpinion('');
  };

  return (
    <span className="hf-review-bar" data-testid="batch-review">
      <input
        type="text" className="hf-review-opinion" value={opinion} maxLength={2000} aria-label={t('reviewOpinionPlaceholder')}
        placeholder={t('reviewOpinionPlaceholder')} onChange={(e) => setOpinion(e.target.value)}
      />
      <button type="button" disabled={loading || reviewable.length === 0} onClick={() => void submit()} title={t('reviewHint')}>
        {t('reviewSelected', { count: reviewable.length })}
      </button>
      {skipped > 0 && reviewable.length > 0 && <span className="hf-warning">{t('reviewSkipped', { count: skipped })}</span>}
      {message && <span className={message.bad ? 'hf-count-error' : 'hf-count-saved'} data-testid="batch-review-message">{message.text}</span>}
    </span>
  );
}
