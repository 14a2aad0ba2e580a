import { useMutation, useQuery } from '@apollo/client/react';
import {
  Anchor, ANCHOR_LABELS, CALLBACK_PERFORMERS, CallbackPurpose, OFFSET_UNIT_LABELS, OffsetUnit, ROLE_LABELS, SEVERITY_LABELS, TICKET_KIND_LABELS,
  type ComplaintSeverity, type Role, type TicketKind,
} from '@hf/shared';
import { Fragment, useState } from 'react';
import type { SettingsPoliciesQuery as PoliciesData } from '../../api/generated/graphql';
import { useI18n } from '../../i18n/i18n';
import { ServerErrorBanner } from '../../ui/ServerErrorBanner';
import { errorsByField } from '../field-errors';
import { SettingsPoliciesQuery, UpdateCallbackPolicyMutation } from '../queries';

type Policy = PoliciesData['callbackPolicies'][number];
type Stage = Policy['stages'][number];
/** a stage as typed: numbers stay text until saved, so a half-typed value is never lost */
type DraftStage = Omit<Stage, 'fromOffset' | 'toOffset' | 'ratePercent' | '__typename'> & { fromOffset: string; toOffset: string; ratePercent: string };

const NUMBER_FIELDS = ['fromOffset', 'toOffset', 'ratePercent'] as const;
/** where a kind's stages came from: a preset of the procedures, or changed here */
const PRESET_LABELS: Record<string, { 'zh-CN': string; en: string }> = {
  STANDARD_000: { 'zh-CN': '回访标准规程', en: 'Standard procedure' },
  RAISED_001: { 'zh-CN': '提高回访率（规程 001）', en: 'Raised rates (001)' },
  DAILY_REPAIR_004: { 'zh-CN': '维修日回访（规程 004）', en: 'Daily repair calls (004)' },
};
const toDraft = (stage: Stage): DraftStage => ({
  anchor: stage.anchor, unit: stage.unit, performerRole: stage.performerRole, purpose: stage.purpose,
  fromOffset: String(stage.fromOffset), toOffset: String(stage.toOffset), ratePercent: String(stage.ratePercent),
});
const sameStages = (a: DraftStage[], b: Stage[]) => JSON.stringify(a) === JSON.stringify(b.map(toDraft));

/**
 * 回访政策 as an editable grid: one row per stage of each kind (起算, 期限自/至, 单位, 回访率, 回访人); a kind's rows are
 * saved together with the version read, and the server's refusals show on the cells they name.
 */
export function PolicyGrid({ projectId, canEdit }: { projectId: string; canEdit: boolean }) {
  const { t, language } = useI18n();
  const { data, error, refetch } = useQuery(SettingsPoliciesQuery, { variables: { projectId }, fetchPolicy: 'cache-and-network' });
  const [update] = useMutation(UpdateCallbackPolicyMutation);
  const [drafts, setDrafts] = useState<Record<string, DraftStage[]>>({});
  const [errors, setErrors] = useState<Record<string, Record<string, string>>>({});
  const [saving, setSaving] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  if (error) return <ServerErrorBanner error={error} />;
  const policies = data?.callbackPolicies ?? [];

  const stagesOf = (policy: Policy) => drafts[policy.id] ?? policy.stages.map(toDraft);
  const change = (policy: Policy, index: number, patch: Partial<DraftStage>) => {
    setSaved(null);
    setDrafts((all) => ({ ...all, [policy.id]: stagesOf(policy).map((s, i) => (i === index ? { ...s, ...patch } : s)) }));
  };
  const setStages = (policy: Policy, stages: DraftStage[]) => setDrafts((all) => ({ ...all, [policy.id]: stages }));

  const save = async (policy: Policy) => {
    const stages = stagesOf(policy);
    // a number the server could not even read is refused here, next to its cell
    const local: Record<string, string> = {};
    stages.forEach((s, i) => NUMBER_FIELDS.forEach((f) => { if (!/^\d+$/.test(s[f].trim())) local[`stages.${i}.${f}`] = t('wholeNumber'); }));
    if (Object.keys(local).length) return setErrors((all) => ({ ...all, [policy.id]: local }));
    setSaving(policy.id);
    const res = await update({
      variables: {
        input: {
          id: policy.id, version: policy.version,
          stages: stages.map((s) => ({ ...s, fromOffset: Number(s.fromOffset), toOffset: Number(s.toOffset), ratePercent: Number(s.ratePercent) })),
        },
      },
    }).catch((e: unknown) => ({ data: undefined, error: e }));
    setSaving(null);
    const payload = res.data?.updateCallbackPolicy;
    const byField = payload ? errorsByField(payload.userErrors, language) : { _: String((res as { error?: unknown }).error ?? '') };
    if (payload?.userErrors.some((e) => e.code === 'CONFLICT')) byField.version = t('conflictReload');
    setErrors((all) => ({ ...all, [policy.id]: byField }));
    if (payload?.policy && !payload.userErrors.length) {
      setDrafts(({ [policy.id]: _, ...rest }) => rest);
      setSaved(policy.id);
    }
  };

  const kindLabel = (p: Policy) =>
    `${TICKET_KIND_LABELS[p.kind as TicketKind][language]}${p.severity ? ` · ${SEVERITY_LABELS[p.severity as ComplaintSeverity][language]}` : ''}`;

  return (
    <div className="hf-settings-section" data-testid="policy-grid">
      <p className="hf-work-intro">{t('policyIntro')}</p>
      {!canEdit && <div className="hf-notice">{t('policyReadOnly')}</div>}
      <table className="hf-table hf-policy-grid">
        <thead>
          <tr>
            <th>{t('policyKind')}</th><th>{t('policyStage')}</th><th>{t('policyAnchor')}</th><th>{t('policyFrom')}</th><th>{t('policyTo')}</th>
            <th>{t('policyUnit')}</th><th>{t('policyRate')}</th><th>{t('policyPerformer')}</th><th>{t('policyPreset')}</th><th />
          </tr>
        </thead>
        <tbody>
          {policies.map((policy) => {
            const stages = stagesOf(policy);
            const fieldErrors = errors[policy.id] ?? {};
            const dirty = Boolean(drafts[policy.id]) && !sameStages(stages, policy.stages);
            // the number cells show their own refusal; anything else (投诉须 100%, a role that does not call …) under the kind
            const rest = Object.entries(fieldErrors).filter(([f]) => !/^stages\.\d+\.(fromOffset|toOffset|ratePercent)$/.test(f)).map(([, text]) => text);
            const testId = `policy-${policy.kind}${policy.severity ? `-${policy.severity}` : ''}`;
            return (
              <Fragment key={policy.id}>
                {stages.map((stage, index) => {
                  const cellError = (field: string) => fieldErrors[`stages.${index}.${field}`];
                  const numberCell = (field: (typeof NUMBER_FIELDS)[number]) => (
                    <td className={cellError(field) ? 'hf-cell-bad' : undefined}>
                      <input
                        type="text" inputMode="numeric" size={4} value={stage[field]} disabled={!canEdit}
                        aria-label={`${kindLabel(policy)} ${index + 1} ${t(field === 'fromOffset' ? 'policyFrom' : field === 'toOffset' ? 'policyTo' : 'policyRate')}`}
                        data-testid={`${testId}-${index}-${field}`}
                        onChange={(e) => change(policy, index, { [field]: e.target.value })}
                      />
                      {cellError(field) && <div className="hf-field-error">{cellError(field)}</div>}
                    </td>
                  );
                  return (
                    <tr key={`${policy.id}:${index}`} className={dirty ? 'hf-row-dirty' : undefined} data-testid={`${testId}-${index}`}>
                      {index === 0 && <th rowSpan={stages.length} scope="rowgroup">{kindLabel(policy)}</th>}
                      <td>{index + 1}</td>
                      <td>
                        <select value={stage.anchor} disabled={!canEdit} onChange={(e) => change(policy, index, { anchor: e.target.value as Anchor })}>
                          {Object.values(Anchor).map((a) => <option key={a} value={a}>{ANCHOR_LABELS[a][language]}</option>)}
                        </select>
                      </td>
                      {numberCell('fromOffset')}
                      {numberCell('toOffset')}
                      <td>
                        <select value={stage.unit} disabled={!canEdit} onChange={(e) => change(policy, index, { unit: e.target.value as OffsetUnit })}>
                          {Object.values(OffsetUnit).map((u) => <option key={u} value={u}>{OFFSET_UNIT_LABELS[u][language]}</option>)}
                        </select>
                      </td>
                      {numberCell('ratePercent')}
                      <td className={cellError('performerRole') ? 'hf-cell-bad' : undefined}>
                        <select value={stage.performerRole} disabled={!canEdit} onChange={(e) => change(policy, index, { performerRole: e.target.value as Role })}>
                          {CALLBACK_PERFORMERS.map((r) => <option key={r} value={r}>{ROLE_LABELS[r][language]}</option>)}
                        </select>
                      </td>
                      {index === 0 && (
                        <td rowSpan={stages.length}>{policy.preset ? PRESET_LABELS[policy.preset]?.[language] ?? policy.preset : t('policyCustom')}</td>
                      )}
                      <td>
                        {canEdit && stages.length > 1 && (
                          <button type="button" className="hf-link" onClick={() => setStages(policy, stages.filter((_, i) => i !== index))}>{t('policyRemoveStage')}</button>
                        )}
                      </td>
                    </tr>
                  );
                })}
                {canEdit && (
                  <tr className="hf-policy-actions">
                    <td colSpan={10}>
                      <button type="button" className="hf-link" disabled={stages.length >= 10}
                        onClick={() => setStages(policy, [...stages, { ...stages[stages.length - 1], purpose: CallbackPurpose.REGULAR }])}>
                        {t('policyAddStage')}
                      </button>
                      <button type="button" disabled={!dirty || saving === policy.id} data-testid={`${testId}-save`} onClick={() => void save(policy)}>
                        {t('save')} {kindLabel(policy)}
                      </button>
                      {dirty && <span className="hf-draft">{t('policyUnsaved')}</span>}
                      {saved === policy.id && <span className="hf-ok" data-testid={`${testId}-saved`}>{t('saveDone')}</span>}
                      {rest.map((text) => <span key={text} className="hf-field-error" role="alert"> {text}</span>)}
                      {fieldErrors.version && <button type="button" className="hf-link" onClick={() => { setErrors(({ [policy.id]: _, ...r }) => r); void refetch(); }}>{t('refresh')}</button>}
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
