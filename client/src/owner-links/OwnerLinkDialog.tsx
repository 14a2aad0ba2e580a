import { useMutation, useQuery } from '@apollo/client/react';
import { OwnerLinkPurpose, OwnerLinkState } from '@hf/shared';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { formatDateTime } from '../grid/cell-values';
import { CreateOwnerLinkMutation, OwnerLinksQuery, RevokeOwnerLinkMutation } from './queries';

interface Props {
  callback: { id: string; serialCode: string; ticket: { ownerName: string; unit: string; phone?: string | null } };
  purpose: OwnerLinkPurpose;
  onClose: () => void;
}

type Made = { url: string; smsText: string; qrCodeSvg: string; qrCodePng: string };

/**
 * 发送回访链接 / 发送确认链接: makes a one-time link for the owner and shows it once — the SMS text to send (copy), the
 * link, and its QR code to print on the work order (PNG, or SVG for print shops). Below, the callback's links with
 * their state; an active one can be revoked. A new link replaces the previous unused one.
 */
export function OwnerLinkDialog({ callback, purpose, onClose }: Props) {
  const { t, serverMessage } = useI18n();
  const links = useQuery(OwnerLinksQuery, { variables: { id: callback.id }, fetchPolicy: 'network-only' });
  const [create, creating] = useMutation(CreateOwnerLinkMutation);
  const [revoke] = useMutation(RevokeOwnerLinkMutation);
  const [made, setMade] = useState<Made | null>(null);
  const [error, setError] = useState('');
  const [copied, setCopied] = useState('');

  const make = async () => {
    setError('');
    try {
      const { data } = await create({ variables: { input: { callbackId: callback.id, purpose } } });
      const payload = data?.createOwnerLink;
      if (!payload || payload.userErrors.length) { setError(payload?.userErrors.map((e) => serverMessage(e)).join('；') ?? ''); return; }
      setMade({ url: payload.url!, smsText: payload.smsText!, qrCodeSvg: payload.qrCodeSvg!, qrCodePng: payload.qrCodePng! });
      await links.refetch();
    } catch (failure) {
      setError(serverMessage(failure instanceof Error ? failure : new Error(String(failure))));
    }
  };
  const copy = async (what: 'sms' | 'url', text: string) => {
    try { await navigator.clipboard.writeText(text); setCopied(what); } catch { setCopied(''); }
  };
  const revokeLink = async (id: string) => {
    const { data } = await revoke({ variables: { input: { id } } });
    if (data?.revokeOwnerLink.userErrors.length) setError(data.revokeOwnerLink.userErrors.map((e) => serverMessage(e)).join('；'));
    if (made) setMade(null);
    await links.refetch();
  };
  const svgHref = made ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(made.qrCodeSvg)}` : '';
  const history = (links.data?.node && 'ownerLinks' in links.data.node ? links.data.node.ownerLinks : []) ?? [];
  const title = purpose === OwnerLinkPurpose.SURVEY ? t('ownerLinkSurveyTitle', { record: callback.serialCode }) : t('ownerLinkConfirmTitle', { record: callback.serialCode });

  return (
    <div className="hf-modal-backdrop" onKeyDown={(e) => { if (e.key === 'Escape') onClose(); }}>
      <div className="hf-modal hf-owner-link" role="dialog" aria-modal="true" aria-labelledby="hf-owner-link-title" data-testid="owner-link-dialog">
        <h2 id="hf-owner-link-title">{title}</h2>
        <p className="hf-confirm-body">
          {purpose === OwnerLinkPurpose.SURVEY ? t('ownerLinkSurveyIntro') : t('ownerLinkConfirmIntro')}
          {' '}{t('ownerLinkTo', { owner: callback.ticket.ownerName, unit: callback.ticket.unit, phone: callback.ticket.phone ?? '—' })}
        </p>
        {!made && (
          <div className="hf-actions">
            <button type="button" className="hf-primary" disabled={creating.loading} onClick={() => void make()} data-testid="owner-link-make">{t('ownerLinkMake')}</button>
          </div>
        )}
        {made && (
          <div className="hf-owner-link-made" data-testid="owner-link-made">
            <label className="hf-dialog-field">
              {t('ownerLinkSms')}
              <textarea readOnly rows={3} value={made.smsText} data-testid="owner-link-sms" />
            </label>
            <div className="hf-actions">
              <button type="button" onClick={() => void copy('sms', made.smsText)}>{copied === 'sms' ? t('copied') : t('ownerLinkCopySms')}</button>
              <button type="button" onClick={() => void copy('url', made.url)}>{copied === 'url' ? t('copied') : t('ownerLinkCopyUrl')}</button>
            </div>
            <p className="hf-owner-link-url"><a href={made.url} target="_blank" rel="noreferrer noopener" data-testid="owner-link-url">{made.url}</a></p>
            <figure className="hf-owner-link-qr">
              <img src={made.qrCodePng} alt={t('ownerLinkQr')} width={160} height={160} data-testid="owner-link-qr" />
              <figcaption>
                {t('ownerLinkQr')} · <a href={made.qrCodePng} download={`${callback.serialCode}.png`}>PNG</a> · <a href={svgHref} download={`${callback.serialCode}.svg`}>SVG</a>
              </figcaption>
            </figure>
            <p className="hf-work-hint">{t('ownerLinkOnce')}</p>
          </div>
        )}
        {error && <div className="hf-field-error" data-testid="owner-link-error">{error}</div>}
        {history.length > 0 && (
          <table className="hf-owner-link-list" data-testid="owner-link-list">
            <thead><tr><th>{t('ownerLinkPurpose')}</th><th>{t('ownerLinkState')}</th><th>{t('ownerLinkSent')}</th><th>{t('ownerLinkExpires')}</th><th /></tr></thead>
            <tbody>
              {history.map((l) => (
                <tr key={l.id}>
                  <td>{t(l.purpose === OwnerLinkPurpose.SURVEY ? 'ownerLinkPurposeSurvey' : 'ownerLinkPurposeConfirm')}</td>
                  <td>{t(`ownerLinkState${l.state}` as 'ownerLinkStateACTIVE')}{l.usedAt ? ` ${formatDateTime(l.usedAt)}` : ''}</td>
                  <td>{formatDateTime(l.createdAt)}</td>
                  <td>{formatDateTime(l.expiresAt)}</td>
                  <td>{l.state === OwnerLinkState.ACTIVE && <button type="button" className="hf-link" onClick={() => void revokeLink(l.id)}>{t('ownerLinkRevoke')}</button>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <div className="hf-actions">
          <button type="button" onClick={onClose} data-testid="owner-link-close">{t('close')}</button>
        </div>
      </div>
    </div>
  );
}
