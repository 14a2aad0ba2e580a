import { useMutation } from '@apollo/client/react';
import {
  CALLBACK_REASSIGNERS, CALLBACK_STATUS_LABELS, CALLBACK_VOIDERS, CallbackStatus, CONFIRMATION_LABELS, ErrorCode, METHOD_LABELS,
  isCallbackPerformer, OwnerLinkPurpose, ownerLinkRefusal, type OwnerVerdict, OWNER_VERDICT_LABELS, RESULT_LABELS, SATISFACTION_LABELS,
} from '@hf/shared';
import { OwnerLinkDialog } from '../owner-links/OwnerLinkDialog';
import { useState } from 'react';
import type { CallbackRowFragment } from '../api/generated/graphql';
import { HistoryPanel } from '../history/HistoryPanel';
import { CALLBACK_COLUMNS, columnLabel } from '../i18n/columns';
import { useI18n } from '../i18n/i18n';
import type { Session } from '../session/session';
import { HISTORY_ONLY_FIELDS } from './history-fields';
import { ReassignCallbackMutation, VoidCallbackMutation } from './queries';
import { ReassignDialog } from './ReassignDialog';
import { useProjectStaff } from './use-staff';
import { VoidDialog } from './VoidDialog';

type Row = CallbackRowFragment;
type Refusal = { field: string[]; code: string; message: string; messageKey?: string | null; args?: { name: string; value: string }[] | null };

interface Props {
  session: Session;
  selected: Row | null;
  versionOf: (row: Row) => number;
  remember: (row: Row | null | undefined) => void;
  onMessage: (message: string) => void;
}

/** Columns whose history values read as labels or names (the others read as they are). */
const HISTORY_FORMATS = {
  status: { labels: CALLBACK_STATUS_LABELS }, satisfaction: { labels: SATISFACTION_LABELS }, result: { labels: RESULT_LABELS },
  ownerConfirmation: { labels: CONFIRMATION_LABELS }, methods: { labels: METHOD_LABELS }, ownerVerdict: { labels: OWNER_VERDICT_LABELS },
  assignee: { people: true }, coAssignee: { people: true }, recordedBy: { people: true }, reviewedBy: { people: true },
  escalatedTo: { people: true }, handlingBy: { people: true },
};

/**
 * Record care of the callback selected in 《业主回访记录表》: 作废 with a reason (supervisor, administrator), 改派 of a
 * planned one to other clerks (supervisor), and its 变更历史 (everyone who sees the row, masked like it).
 */
export function CallbackCare({ session, selected, versionOf, remember, onMessage }: Props) {
  const { t, language, serverMessage } = useI18n();
  const [dialog, setDialog] = useState<'void' | 'reassign' | OwnerLinkPurpose | null>(null);
  const [historyOf, setHistoryOf] = useState<{ id: string; label: string } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const role = session.user.role;
  // the staff (a list the server prices at ~4,000 points) only once a dialog or a history needs names
  const { staff, people } = useProjectStaff(session.project.id, dialog !== 'reassign' && historyOf === null);
  const [voidCallback, voiding] = useMutation(VoidCallbackMutation);
  const [reassignCallback, reassigning] = useMutation(ReassignCallbackMutation);
  const open = !session.archived && selected !== null;
  const canVoid = open && CALLBACK_VOIDERS.includes(role) && selected.status !== CallbackStatus.VOIDED;
  const canReassign = open && CALLBACK_REASSIGNERS.includes(role) && selected.status === CallbackStatus.PLANNED;
  const label = selected ? selected.serialCode : '';
  // 业主线上回访: a survey link for a planned callback, a confirmation link for a phone result (the rule: ownerLinkRefusal)
  const linkRefusal = (purpose: OwnerLinkPurpose) => !open || !isCallbackPerformer(role) || ownerLinkRefusal(purpose, {
    status: selected.status as CallbackStatus, windowTo: selected.windowTo, methods: selected.methods, ownerVerdict: (selected.ownerVerdict as OwnerVerdict | null) ?? null,
  }, new Date()) !== null;

  /** the refusals by field (their path joined: assigneeIds.0), '' for the rest; ARCHIVED turns the sheet read-only */
  const refused = (userErrors: readonly Refusal[], failure: unknown): boolean => {
    if (failure) { setErrors({ '': serverMessage(failure instanceof Error ? failure : new Error(String(failure))) }); return true; }
    if (!userErrors.length) return false;
    if (userErrors.some((e) => e.code === ErrorCode.ARCHIVED)) session.markArchived();
    setErrors(Object.fromEntries(userErrors.map((e) => [['reason', 'assigneeIds'].includes(e.field[0]) ? e.field.join('.') : '', serverMessage(e)])));
    return true;
  };
  const run = async <T,>(mutate: () => Promise<{ data?: T | null }>): Promise<{ data: T | null; failure: unknown }> => {
    try { return { data: (await mutate()).data ?? null, failure: null }; } catch (failure) { return { data: null, failure }; }
  };

  const doVoid = async (reason: string) => {
    if (!selected) return;
    const { data, failure } = await run(() => voidCallback({ variables: { input: { id: selected.id, version: versionOf(selected), reason } } }));
    const payload = data?.voidCallback;
    if (refused(payload?.userErrors ?? [], failure) || !payload?.callback) return;
    remember(payload.callback);
    setDialog(null);
    onMessage(t('voidDone', { record: label }));
  };
  const doReassign = async (assigneeIds: string[], reason: string) => {
    if (!selected) return;
    const { data, failure } = await run(() => reassignCallback({ variables: { input: { id: selected.id, version: versionOf(selected), assigneeIds, reason: reason.trim() || null } } }));
    const payload = data?.reassignCallback;
    if (refused(payload?.userErrors ?? [], failure) || !payload?.callback) return;
    remember(payload.callback);
    setDialog(null);
    const names = [payload.callback.assignee?.displayName, payload.callback.coAssignee?.displayName].filter(Boolean).join('、');
    onMessage(t('reassignDone', { record: label, names }));
  };
  const show = (which: 'void' | 'reassign' | OwnerLinkPurpose) => { setErrors({}); setDialog(which); };

  return (
    <>
      {CALLBACK_VOIDERS.includes(role) && <button type="button" disabled={!canVoid} onClick={() => show('void')} data-testid="care-void">{t('voidRecord')}</button>}
      {CALLBACK_REASSIGNERS.includes(role) && <button type="button" disabled={!canReassign} onClick={() => show('reassign')} data-testid="care-reassign">{t('reassign')}</button>}
      {isCallbackPerformer(role) && (
        selected?.status === CallbackStatus.PLANNED || !selected
          ? <button type="button" disabled={linkRefusal(OwnerLinkPurpose.SURVEY)} onClick={() => show(OwnerLinkPurpose.SURVEY)} data-testid="care-survey-link">{t('ownerLinkSurvey')}</button>
          : <button type="button" disabled={linkRefusal(OwnerLinkPurpose.CONFIRM)} onClick={() => show(OwnerLinkPurpose.CONFIRM)} data-testid="care-confirm-link">{t('ownerLinkConfirm')}</button>
      )}
      <button type="button" disabled={!selected} onClick={() => setHistoryOf(!selected || historyOf?.id === selected.id ? null : { id: selected.id, label })} data-testid="care-history">
        {historyOf && historyOf.id === selected?.id ? t('historyHide') : t('historyShow')}
      </button>
      {dialog === 'void' && selected && (
        <VoidDialog record={`${label} · ${selected.ticket.ownerName} ${selected.ticket.unit}`} busy={voiding.loading} error={errors.reason ?? errors[''] ?? ''}
          onVoid={(reason) => void doVoid(reason)} onCancel={() => setDialog(null)} />
      )}
      {dialog === 'reassign' && selected && (
        <ReassignDialog
          record={`${label} · ${selected.ticket.ownerName} ${selected.ticket.unit}`}
          holders={[selected.assignee, selected.coAssignee].filter((h): h is NonNullable<typeof h> => Boolean(h))}
          staff={staff}
          busy={reassigning.loading}
          errors={errors}
          onReassign={(ids, reason) => void doReassign(ids, reason)}
          onCancel={() => setDialog(null)}
        />
      )}
      {(dialog === OwnerLinkPurpose.SURVEY || dialog === OwnerLinkPurpose.CONFIRM) && selected && (
        <OwnerLinkDialog callback={selected} purpose={dialog} onClose={() => setDialog(null)} />
      )}
      {historyOf && (
        <div className="hf-care-history">
          <HistoryPanel
            key={historyOf.id}
            recordId={historyOf.id}
            recordLabel={historyOf.label}
            revision={selected?.id === historyOf.id ? selected.version : undefined}
            fieldLabel={(field) => HISTORY_ONLY_FIELDS[field]?.[language] ?? columnLabel(CALLBACK_COLUMNS, field, language)}
            formats={HISTORY_FORMATS}
            people={people}
            onClose={() => setHistoryOf(null)}
          />
        </div>
      )}
    </>
  );
}
