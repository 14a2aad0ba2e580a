import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { ServerErrorBanner } from '../../ui/ServerErrorBanner';
import { errorsByField, otherErrors } from '../field-errors';
import { SettingsProjectQuery, UpdateProjectSettingsMutation } from '../queries';

interface Draft {
  minGapDays: string;
  maxAttempts: string;
  correctionHours: string;
  unitPattern: string;
  unitExample: string;
  /** one reason per line */
  commonShortcomings: string;
}

const NUMBERS = ['minGapDays', 'maxAttempts', 'correctionHours'] as const;
const FIELDS = [...NUMBERS, 'unitPattern', 'unitExample', 'commonShortcomings', 'version'];

/**
 * 项目设置: the minimum gap, the attempt cap, the correction window, the unit format and the common reasons for
 * 缺点与不足. A refused form keeps what was typed, each refusal under its field; the supervisor reads them.
 */
export function ProjectSettingsForm({ projectId, canEdit, onSaved }: { projectId: string; canEdit: boolean; onSaved?: () => void }) {
  const { t, language } = useI18n();
  const { data, error, refetch } = useQuery(SettingsProjectQuery, { variables: { id: projectId }, fetchPolicy: 'cache-and-network' });
  const [update, updating] = useMutation(UpdateProjectSettingsMutation);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  if (error) return <ServerErrorBanner error={error} />;
  const project = data?.node?.__typename === 'Project' ? data.node : null;
  if (!project) return <div className="hf-placeholder">{t('loading')}</div>;

  const current: Draft = draft ?? {
    minGapDays: String(project.minGapDays), maxAttempts: String(project.maxAttempts), correctionHours: String(project.correctionHours),
    unitPattern: project.unitPattern, unitExample: project.unitExample, commonShortcomings: project.commonShortcomings.join('\n'),
  };
  const set = (field: keyof Draft, value: string) => { setSaved(false); setDraft({ ...current, [field]: value }); };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    for (const field of NUMBERS) if (!/^-?\d+$/.test(current[field].trim())) local[field] = t('wholeNumber');
    if (Object.keys(local).length) return setErrors(local);
    // blank lines are dropped; a line's refusal names it by its place among the reasons sent
    const reasons = current.commonShortcomings.split('\n').map((r) => r.trim()).filter(Boolean);
    const res = await update({
      variables: {
        input: {
          projectId, version: project.version,
          minGapDays: Number(current.minGapDays), maxAttempts: Number(current.maxAttempts), correctionHours: Number(current.correctionHours),
          unitPattern: current.unitPattern, unitExample: current.unitExample, commonShortcomings: reasons,
        },
      },
    });
    const payload = res.data?.updateProjectSettings;
    if (!payload) return;
    const byField = errorsByField(payload.userErrors, language);
    for (const [field, text] of Object.entries(byField)) {
      const line = /^commonShortcomings\.(\d+)$/.exec(field);
      if (line) byField[field] = t('lineError', { line: Number(line[1]) + 1, message: text });
    }
    if (payload.userErrors.some((e) => e.code === 'CONFLICT')) byField.version = t('conflictReload');
    setErrors(byField);
    if (!payload.userErrors.length) {
      setDraft(null);
      setSaved(true);
      onSaved?.();
    }
  };

  const fieldError = (field: string) => {
    const texts = Object.entries(errors).filter(([f]) => f === field || f.startsWith(`${field}.`)).map(([, text]) => text);
    return texts.length ? <div className="hf-field-error" data-testid={`error-${field}`}>{texts.join('；')}</div> : null;
  };
  const input = (field: keyof Draft, label: MessageKey, extra: { numeric?: boolean } = {}) => (
    <label className="hf-settings-field">
      <span>{t(label)}</span>
      <input
        name={field} value={current[field]} disabled={!canEdit} inputMode={extra.numeric ? 'numeric' : undefined} size={extra.numeric ? 6 : 30}
        aria-invalid={Boolean(errors[field])} onChange={(e) => set(field, e.target.value)}
      />
      {fieldError(field)}
    </label>
  );

  return (
    <form className="hf-settings-section hf-settings-form" data-testid="project-settings" onSubmit={(e) => void submit(e)}>
      <h3>{t('projectSettingsIntro', { code: project.code, name: project.name })}</h3>
      {!canEdit && <div className="hf-notice">{t('settingsAdminOnly')}</div>}
      {input('minGapDays', 'minGapDays', { numeric: true })}
      {input('maxAttempts', 'maxAttempts', { numeric: true })}
      {input('correctionHours', 'correctionHours', { numeric: true })}
      {input('unitPattern', 'unitPattern')}
      {input('unitExample', 'unitExample')}
      <label className="hf-settings-field">
        <span>{t('commonShortcomings')}</span>
        <textarea
          name="commonShortcomings" rows={Math.max(6, current.commonShortcomings.split('\n').length + 1)} cols={30} disabled={!canEdit}
          value={current.commonShortcomings} aria-invalid={Boolean(fieldError('commonShortcomings'))} onChange={(e) => set('commonShortcomings', e.target.value)}
        />
        {fieldError('commonShortcomings')}
      </label>
      {canEdit && (
        <div className="hf-actions">
          <button type="submit" disabled={updating.loading} data-testid="save-project-settings">{t('save')}</button>
          {saved && <span className="hf-ok" data-testid="project-settings-saved">{t('saveDone')}</span>}
          {errors.version && <button type="button" className="hf-link" onClick={() => { setErrors({}); void refetch(); }}>{t('refresh')}</button>}
        </div>
      )}
      {otherErrors(errors, FIELDS.filter((f) => f !== 'version')).map((text) => <div key={text} className="hf-error-banner" role="alert">{text}</div>)}
    </form>
  );
}
