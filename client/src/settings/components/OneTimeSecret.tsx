import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';

/** A secret shown this once (a temporary password, an API token) with a copy button; gone when closed. */
export function OneTimeSecret({ intro, secret, onClose, testId }: { intro: string; secret: string; onClose: () => void; testId: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard?.writeText(secret).catch(() => undefined);
    setCopied(true);
  };
  return (
    <div className="hf-secret" role="status" data-testid={testId}>
      <div>{intro}</div>
      <code className="hf-mono" data-testid={`${testId}-value`}>{secret}</code>
      <button type="button" onClick={() => void copy()} data-testid={`${testId}-copy`}>{copied ? t('copied') : t('copy')}</button>
      <button type="button" className="hf-link" onClick={onClose}>{t('close')}</button>
    </div>
  );
}
