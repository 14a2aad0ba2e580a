import { MAX_REASON_LENGTH } from '@hf/shared';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n';

interface Props {
  /** what is voided, e.g. "HF-A01-2026-000012 · 王先生" */
  record: string;
  /** the consequence beyond the record itself (a ticket's planned callbacks) */
  note?: string;
  busy: boolean;
  /** the server's refusal of the reason (or of the whole step) */
  error: string;
  onVoid: (reason: string) => void;
  onCancel: () => void;
}

/** 作废 with a reason: the record stays (its code kept, grey, 作废); the reason is required and kept as typed on a refusal. */
export function VoidDialog({ record, note, busy, error, onVoid, onCancel }: Props) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const input = useRef<HTMLTextAreaElement>(null);
  useEffect(() => input.current?.focus(), []);
  const confirm = () => {
    if (!reason.trim()) { setMissing(true); return; }
    setMissing(false);
    onVoid(reason);
  };
  return (
    <div className="hf-modal-backdrop" onKeyDown={(e) => { if (e.key === 'Escape') onCancel(); }}>
      <div className="hf-modal" role="dialog" aria-modal="true" aria-labelledby="hf-void-title" data-testid="void-dialog">
        <h2 id="hf-void-title">{t('voidTitle', { record })}</h2>
        <p className="hf-confirm-body">{t('voidIntro')}{note ? ` ${note}` : ''}</p>
        <label className="hf-dialog-field">
          {t('voidReasonLabel')}
          <textarea ref={input} rows={3} maxLength={MAX_REASON_LENGTH} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="void-reason" />
        </label>
        {(missing || error) && <div className="hf-field-error" data-testid="void-error">{missing ? t('voidReasonRequired') : error}</div>}
        <div className="hf-actions">
          <button type="button" className="hf-danger" disabled={busy} onClick={confirm} data-testid="void-confirm">{t('voidRecord')}</button>
          <button type="button" onClick={onCancel}>{t('cancel')}</button>
        </div>
      </div>
    </div>
  );
}
