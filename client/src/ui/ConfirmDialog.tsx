import { type ReactNode, useEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n';

interface Props {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A question before a step that cannot be undone: what it does to which records; Esc or 取消 backs out. */
export function ConfirmDialog({ title, children, confirmLabel, busy = false, onConfirm, onCancel }: Props) {
  const { t } = useI18n();
  const cancel = useRef<HTMLButtonElement>(null);
  // the safe answer has the focus: Enter on a dialog opened by mistake does nothing irreversible
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div className="hf-modal-backdrop" onKeyDown={(e) => { if (e.key === 'Escape') onCancel(); }}>
      <div className="hf-modal" role="dialog" aria-modal="true" aria-labelledby="hf-confirm-title">
        <h2 id="hf-confirm-title">{title}</h2>
        <div className="hf-confirm-body">{children}</div>
        <div className="hf-actions">
          <button type="button" className="hf-danger" disabled={busy} onClick={onConfirm}>{confirmLabel}</button>
          <button type="button" ref={cancel} onClick={onCancel}>{t('cancel')}</button>
        </div>
      </div>
    </div>
  );
}
