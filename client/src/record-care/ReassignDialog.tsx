import { MAX_REASON_LENGTH, Role } from '@hf/shared';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n';

export interface StaffMember { id: string; displayName: string; role: string }

interface Props {
  record: string;
  /** who has the callback now: the assignee, then the co-assignee */
  holders: readonly { id: string; displayName: string }[];
  staff: readonly StaffMember[];
  busy: boolean;
  /** the server's refusals, by field (assigneeIds.0, assigneeIds.1, assigneeIds, reason) or '' for the rest */
  errors: Readonly<Record<string, string>>;
  onReassign: (assigneeIds: string[], reason: string) => void;
  onCancel: () => void;
}

/**
 * 改派: the supervisor chooses who calls (the clerks of the project; someone who has it already may stay, e.g. the
 * department supervisor of a joint complaint callback) and, optionally, why. A refusal is shown beside its field and
 * nothing chosen is lost.
 */
export function ReassignDialog({ record, holders, staff, busy, errors, onReassign, onCancel }: Props) {
  const { t } = useI18n();
  const choices = staff.filter((s) => s.role === Role.CLERK || holders.some((h) => h.id === s.id));
  const [first, setFirst] = useState(holders[0]?.id ?? '');
  const [second, setSecond] = useState(holders[1]?.id ?? '');
  const [reason, setReason] = useState('');
  const names = holders.map((h) => h.displayName).join('、') || t('unassigned');
  const error = (field: string) => errors[field] ? <div className="hf-field-error" data-testid={`reassign-error-${field}`}>{errors[field]}</div> : null;
  return (
    <div className="hf-modal-backdrop" onKeyDown={(e) => { if (e.key === 'Escape') onCancel(); }}>
      <div className="hf-modal" role="dialog" aria-modal="true" aria-labelledby="hf-reassign-title" data-testid="reassign-dialog">
        <h2 id="hf-reassign-title" className="hf-dialog-title">{t('reassignTitle', { record })}</h2>
        <p className="hf-confirm-body">{t('reassignIntro', { names })}</p>
        <div className="hf-dialog-fields">
          <label className="hf-dialog-field">
            {t('reassignFirst')}
            <select value={first} onChange={(e) => setFirst(e.target.value)} data-testid="reassign-first">
              <option value="">{t('reassignNone')}</option>
              {choices.map((s) => <option key={s.id} value={s.id}>{s.displayName}</option>)}
            </select>
            {error('assigneeIds.0')}
          </label>
          <label className="hf-dialog-field">
            {t('reassignSecond')}
            <select value={second} onChange={(e) => setSecond(e.target.value)} data-testid="reassign-second">
              <option value="">{t('reassignNone')}</option>
              {choices.map((s) => <option key={s.id} value={s.id}>{s.displayName}</option>)}
            </select>
            {error('assigneeIds.1')}
          </label>
          <label className="hf-dialog-field hf-dialog-wide">
            {t('reassignReasonLabel')}
            <input value={reason} maxLength={MAX_REASON_LENGTH} onChange={(e) => setReason(e.target.value)} data-testid="reassign-reason" />
            {error('reason')}
          </label>
        </div>
        {error('assigneeIds')}
        {error('')}
        <div className="hf-actions">
          <button type="button" disabled={busy} onClick={() => onReassign([first, second].filter(Boolean), reason)} data-testid="reassign-confirm">{t('reassign')}</button>
          <button type="button" onClick={onCancel}>{t('cancel')}</button>
        </div>
      </div>
    </div>
  );
}
