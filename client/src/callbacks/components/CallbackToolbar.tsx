import { useI18n } from '../../i18n/i18n';

interface Props {
  plannedOnly: boolean;
  onPlannedOnly: (plannedOnly: boolean) => void;
  loading: boolean;
  /** the period has more rows than one page */
  truncatedAt: number | null;
  canAttempt: boolean;
  onAttempt: (outcome: 'NO_ANSWER' | 'CALL_LATER') => void;
  selectedCode: string | null;
  attemptMessage: string;
}

/** Above 《业主回访记录表》: the planned-only filter, the call-attempt buttons for the selected row, and their outcome. */
export function CallbackToolbar({ plannedOnly, onPlannedOnly, loading, truncatedAt, canAttempt, onAttempt, selectedCode, attemptMessage }: Props) {
  const { t } = useI18n();
  return (
    <>
      <label><input type="checkbox" checked={plannedOnly} onChange={(e) => onPlannedOnly(e.target.checked)} /> {t('plannedOnly')}</label>
      {loading && <span>{t('loading')}</span>}
      {truncatedAt !== null && <span className="hf-warning">{t('moreRows', { count: truncatedAt })}</span>}
      <button type="button" disabled={!canAttempt} onClick={() => onAttempt('NO_ANSWER')}>{t('noAnswer')}</button>
      <button type="button" disabled={!canAttempt} onClick={() => onAttempt('CALL_LATER')}>{t('callLater')}</button>
      {selectedCode && <span className="hf-selected">{selectedCode}</span>}
      {attemptMessage && <span data-testid="attempt-message">{attemptMessage}</span>}
    </>
  );
}
