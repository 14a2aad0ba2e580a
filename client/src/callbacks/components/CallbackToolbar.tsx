import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { pickerDefault, pickerToInstant } from '../attempts';

interface Props {
  plannedOnly: boolean;
  onPlannedOnly: (plannedOnly: boolean) => void;
  loading: boolean;
  /** the period has more rows than one page */
  truncatedAt: number | null;
  canAttempt: boolean;
  /** 约定稍后 carries the time the owner agreed to be called again */
  onAttempt: (outcome: 'NO_ANSWER' | 'CALL_LATER', nextAttemptAt: string | null) => void;
  selectedCode: string | null;
  attemptMessage: string;
}

/**
 * Above 《业主回访记录表》: the planned-only filter, the call-attempt buttons for the selected row, and their outcome.
 * 约定稍后 asks when the owner wants to be called ("请问什么时候方便接听电话呢?") before it records the attempt.
 */
export function CallbackToolbar({ plannedOnly, onPlannedOnly, loading, truncatedAt, canAttempt, onAttempt, selectedCode, attemptMessage }: Props) {
  const { t } = useI18n();
  const [agreeing, setAgreeing] = useState(false);
  const [agreedAt, setAgreedAt] = useState('');
  const [agreedError, setAgreedError] = useState('');

  const openPicker = () => {
    setAgreedAt(pickerDefault(new Date()));
    setAgreedError('');
    setAgreeing(true);
  };
  const confirm = () => {
    const at = pickerToInstant(agreedAt);
    if (!at || new Date(at).getTime() < Date.now() - 60_000) {
      setAgreedError(t('agreedTimeInvalid'));
      return;
    }
    setAgreeing(false);
    onAttempt('CALL_LATER', at);
  };

  return (
    <>
      <label><input type="checkbox" checked={plannedOnly} onChange={(e) => onPlannedOnly(e.target.checked)} /> {t('plannedOnly')}</label>
      {loading && <span>{t('loading')}</span>}
      {truncatedAt !== null && <span className="hf-warning">{t('moreRows', { count: truncatedAt })}</span>}
      <button type="button" disabled={!canAttempt} onClick={() => onAttempt('NO_ANSWER', null)}>{t('noAnswer')}</button>
      <button type="button" disabled={!canAttempt || agreeing} onClick={openPicker}>{t('callLater')}</button>
      {agreeing && canAttempt && (
        <span className="hf-inline-form" data-testid="call-later-form">
          <label>
            {t('agreedTime')}
            <input type="datetime-local" value={agreedAt} onChange={(e) => setAgreedAt(e.target.value)} data-testid="call-later-at" />
          </label>
          <button type="button" onClick={confirm}>{t('confirm')}</button>
          <button type="button" onClick={() => setAgreeing(false)}>{t('cancel')}</button>
          {agreedError && <span className="hf-field-error">{agreedError}</span>}
        </span>
      )}
      {selectedCode && <span className="hf-selected">{selectedCode}</span>}
      {attemptMessage && <span data-testid="attempt-message">{attemptMessage}</span>}
    </>
  );
}
