import { useMutation, useQuery } from '@apollo/client/react';
import { CALL_SCRIPT_FIELDS, TICKET_KIND_LABELS, type CallScriptText, type TicketKind } from '@hf/shared';
import { useState } from 'react';
import { CallScriptsQuery } from '../../callbacks/queries';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { ServerErrorBanner } from '../../ui/ServerErrorBanner';
import { errorsByField } from '../field-errors';
import { UpdateCallScriptMutation } from '../queries';

const LABELS: Record<(typeof CALL_SCRIPT_FIELDS)[number], MessageKey> = {
  greeting: 'scriptGreeting', questions: 'scriptQuestions', closing: 'scriptClosing', busyReply: 'scriptBusy',
};

/** 规范用语 of the project, one card per ticket kind; the administrator changes a kind's wording at the version read. */
export function CallScriptEditor({ projectId }: { projectId: string }) {
  const { t, language } = useI18n();
  const scripts = useQuery(CallScriptsQuery, { variables: { projectId }, fetchPolicy: 'cache-and-network' });
  const [update] = useMutation(UpdateCallScriptMutation, { refetchQueries: ['CallScripts'] });
  const [drafts, setDrafts] = useState<Partial<Record<string, CallScriptText>>>({});
  const [errors, setErrors] = useState<Record<string, Record<string, string>>>({});
  const [saved, setSaved] = useState<string | null>(null);
  if (scripts.error) return <ServerErrorBanner error={scripts.error} />;

  const save = async (kind: string, version: number, text: CallScriptText) => {
    const res = await update({ variables: { input: { projectId, kind: kind as TicketKind, version, ...text } } });
    const payload = res.data?.updateCallScript;
    const byField = errorsByField(payload?.userErrors, language);
    if (payload?.userErrors.some((e) => e.code === 'CONFLICT')) byField.version = t('conflictReload');
    setErrors((all) => ({ ...all, [kind]: byField }));
    if (payload?.callScript && !payload.userErrors.length) {
      setDrafts(({ [kind]: _, ...rest }) => rest);
      setSaved(kind);
    }
  };

  return (
    <div className="hf-settings-section" data-testid="call-script-editor">
      <p className="hf-work-intro">{t('scriptPlaceholders')}</p>
      {(scripts.data?.callScripts ?? []).map((script) => {
        const text = drafts[script.kind] ?? { greeting: script.greeting, questions: script.questions, closing: script.closing, busyReply: script.busyReply };
        const fieldErrors = errors[script.kind] ?? {};
        const dirty = Boolean(drafts[script.kind]);
        return (
          <section key={script.kind} className="hf-settings-box hf-settings-form" data-testid={`script-${script.kind}`}>
            <h3>
              {TICKET_KIND_LABELS[script.kind as TicketKind][language]}{' '}
              <span className="hf-work-hint">
                {script.standard ? t('scriptStandard') : t('scriptChanged', { name: script.updatedBy?.displayName ?? '', time: script.updatedAt ? new Date(script.updatedAt).toLocaleString(language, { hour12: false }) : '' })}
              </span>
            </h3>
            {CALL_SCRIPT_FIELDS.map((field) => (
              <label key={field} className="hf-settings-field">
                <span>{t(LABELS[field])}</span>
                <textarea
                  name={field} rows={field === 'questions' || field === 'closing' ? 5 : 2} value={text[field]} aria-invalid={Boolean(fieldErrors[field])}
                  onChange={(e) => { setSaved(null); setDrafts((all) => ({ ...all, [script.kind]: { ...text, [field]: e.target.value } })); }}
                />
                {fieldErrors[field] && <div className="hf-field-error">{fieldErrors[field]}</div>}
              </label>
            ))}
            <div className="hf-actions">
              <button type="button" disabled={!dirty} data-testid={`script-${script.kind}-save`} onClick={() => void save(script.kind, script.version, text)}>{t('save')}</button>
              {saved === script.kind && <span className="hf-ok" data-testid={`script-${script.kind}-saved`}>{t('saveDone')}</span>}
              {fieldErrors.version && <span className="hf-field-error" role="alert">{fieldErrors.version}</span>}
            </div>
          </section>
        );
      })}
    </div>
  );
}
