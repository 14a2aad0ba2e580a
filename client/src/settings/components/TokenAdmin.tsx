import { useMutation, useQuery } from '@apollo/client/react';
import { ApiScope } from '@hf/shared';
import { type FormEvent, useState } from 'react';
import type { ApiTokensQuery as TokensData } from '../../api/generated/graphql';
import { useI18n } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ServerErrorBanner } from '../../ui/ServerErrorBanner';
import { errorsByField, otherErrors } from '../field-errors';
import { AdminProjectsQuery, ApiTokensQuery, CreateApiTokenMutation, RevokeApiTokenMutation } from '../queries';
import { OneTimeSecret } from './OneTimeSecret';

type Token = TokensData['apiTokens'][number];

/** the GraphQL enum's names (TICKETS_READ …); shown as other systems read them in the docs (tickets:read …) */
type ScopeName = keyof typeof ApiScope;
const SCOPES = Object.keys(ApiScope) as ScopeName[];
const scopeName = (scope: string) => ApiScope[scope as ScopeName] ?? scope;
const SCOPE_HELP: Record<ScopeName, { 'zh-CN': string; en: string }> = {
  TICKETS_READ: { 'zh-CN': '读取工单', en: 'read tickets' },
  CALLBACKS_READ: { 'zh-CN': '读取回访', en: 'read callbacks' },
  STATISTICS_READ: { 'zh-CN': '读取统计', en: 'read statistics' },
  TICKETS_WRITE: { 'zh-CN': '登记工单（呼叫中心）', en: 'register tickets (call centre)' },
  PII_READ: { 'zh-CN': '住户姓名、电话、房号不打码', en: "residents' name, phone, unit unmasked" },
  OWNER_LINKS_WRITE: { 'zh-CN': '生成业主回访链接（短信平台）', en: "make owners' survey links (SMS gateway)" },
};

/** API 令牌: create (with scopes, projects, an expiry), the secret shown once with a copy button, revoke; last used. */
export function TokenAdmin() {
  const { t, language } = useI18n();
  const tokens = useQuery(ApiTokensQuery, { fetchPolicy: 'cache-and-network' });
  const projects = useQuery(AdminProjectsQuery, { fetchPolicy: 'cache-first' });
  const [create, creating] = useMutation(CreateApiTokenMutation, { refetchQueries: ['ApiTokens'] });
  const [revoke, revoking] = useMutation(RevokeApiTokenMutation, { refetchQueries: ['ApiTokens'] });
  const [formOpen, setFormOpen] = useState(false);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ScopeName[]>([]);
  const [projectIds, setProjectIds] = useState<string[]>([]);
  const [expiresOn, setExpiresOn] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [secret, setSecret] = useState<{ name: string; secret: string } | null>(null);
  const [confirm, setConfirm] = useState<Token | null>(null);
  const [revokeError, setRevokeError] = useState('');
  if (tokens.error) return <ServerErrorBanner error={tokens.error} />;
  const dateTime = (value: string | null | undefined) => (value ? new Date(value).toLocaleString(language, { hour12: false }) : '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // the expiry is the end of the chosen day in the browser's time (北京时间 at the centre)
    const expiresAt = expiresOn ? new Date(`${expiresOn}T23:59:59`).toISOString() : null;
    const res = await create({ variables: { input: { name, scopes, projectIds: projectIds.length ? projectIds : null, expiresAt } } });
    const payload = res.data?.createApiToken;
    setErrors(errorsByField(payload?.userErrors, language));
    if (payload?.apiToken && payload.secret) {
      setSecret({ name: payload.apiToken.name, secret: payload.secret });
      setFormOpen(false);
      setName(''); setScopes([]); setProjectIds([]); setExpiresOn('');
    }
  };
  const doRevoke = async () => {
    if (!confirm) return;
    const res = await revoke({ variables: { input: { id: confirm.id, version: confirm.version } } });
    setConfirm(null);
    setRevokeError(Object.values(errorsByField(res.data?.revokeApiToken.userErrors, language)).join('；'));
  };
  const fieldError = (field: string) => {
    const texts = Object.entries(errors).filter(([f]) => f === field || f.startsWith(`${field}.`)).map(([, text]) => text);
    return texts.length ? <div className="hf-field-error" data-testid={`token-error-${field}`}>{texts.join('；')}</div> : null;
  };
  const status = (token: Token) => (token.revokedAt ? t('tokenRevoked') : token.active ? t('tokenActive') : t('tokenExpired'));

  return (
    <div className="hf-settings-section" data-testid="token-admin">
      <div className="hf-sheet-bar">
        <button type="button" onClick={() => { setFormOpen(true); setErrors({}); }} data-testid="token-new">{t('tokenNew')}</button>
      </div>
      {secret && (
        <OneTimeSecret testId="token-secret" intro={t('tokenSecretOnce', { name: secret.name })} secret={secret.secret} onClose={() => setSecret(null)} />
      )}
      {revokeError && <div className="hf-error-banner" role="alert">{revokeError}</div>}
      {formOpen && (
        <form className="hf-settings-form hf-settings-box" data-testid="token-form" onSubmit={(e) => void submit(e)}>
          <h3>{t('tokenNew')}</h3>
          <label className="hf-settings-field">
            <span>{t('tokenName')}</span>
            <input name="name" value={name} onChange={(e) => setName(e.target.value)} />
            {fieldError('name')}
          </label>
          <fieldset className="hf-settings-field">
            <legend>{t('tokenScopes')}</legend>
            {SCOPES.map((scope) => (
              <label key={scope} className="hf-check">
                <input type="checkbox" name={`scope-${scope}`} checked={scopes.includes(scope)}
                  onChange={(e) => setScopes(e.target.checked ? [...scopes, scope] : scopes.filter((s) => s !== scope))} />
                <span className="hf-mono">{scopeName(scope)}</span> {SCOPE_HELP[scope][language]}
              </label>
            ))}
            {fieldError('scopes')}
          </fieldset>
          <fieldset className="hf-settings-field">
            <legend>{t('tokenProjects')}</legend>
            <div className="hf-work-hint">{t('tokenAllProjects')}</div>
            {(projects.data?.projects ?? []).map((p) => (
              <label key={p.id} className="hf-check">
                <input type="checkbox" name={`token-project-${p.code}`} checked={projectIds.includes(p.id)}
                  onChange={(e) => setProjectIds(e.target.checked ? [...projectIds, p.id] : projectIds.filter((id) => id !== p.id))} />
                {p.code} {p.name}
              </label>
            ))}
            {fieldError('projectIds')}
          </fieldset>
          <label className="hf-settings-field">
            <span>{t('tokenExpiresAt')}</span>
            <input type="date" name="expiresOn" value={expiresOn} onChange={(e) => setExpiresOn(e.target.value)} />
            {fieldError('expiresAt')}
          </label>
          <div className="hf-actions">
            <button type="submit" disabled={creating.loading} data-testid="token-submit">{t('tokenCreate')}</button>
            <button type="button" onClick={() => setFormOpen(false)}>{t('cancel')}</button>
          </div>
          {otherErrors(errors, ['name', 'scopes', 'projectIds', 'expiresAt']).map((text) => <div key={text} className="hf-error-banner" role="alert">{text}</div>)}
        </form>
      )}
      <table className="hf-table" data-testid="token-table">
        <thead>
          <tr>
            <th>{t('tokenName')}</th><th>{t('tokenHint')}</th><th>{t('tokenScopes')}</th><th>{t('tokenProjects')}</th><th>{t('tokenCreated')}</th>
            <th>{t('tokenExpires')}</th><th>{t('tokenLastUsed')}</th><th>{t('tokenStatus')}</th><th />
          </tr>
        </thead>
        <tbody>
          {(tokens.data?.apiTokens ?? []).map((token) => (
            <tr key={token.id} className={token.active ? undefined : 'hf-row-voided'} data-testid={`token-${token.name}`}>
              <td>{token.name}</td>
              <td className="hf-mono">{token.tokenHint}</td>
              <td className="hf-mono">{token.scopes.map(scopeName).join(' ')}</td>
              <td>{token.projects ? token.projects.map((p) => p.code).join('、') : t('userAllProjects')}</td>
              <td>{dateTime(token.createdAt)}{token.createdBy ? ` · ${token.createdBy.displayName}` : ''}</td>
              <td>{token.expiresAt ? dateTime(token.expiresAt) : t('tokenNoExpiry')}</td>
              <td data-testid="token-last-used">{token.lastUsedAt ? dateTime(token.lastUsedAt) : t('tokenNever')}</td>
              <td>{status(token)}{token.revokedAt ? ` ${dateTime(token.revokedAt)}` : ''}</td>
              <td>{!token.revokedAt && <button type="button" className="hf-link" onClick={() => setConfirm(token)}>{t('tokenRevoke')}</button>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {confirm && (
        <ConfirmDialog title={t('tokenConfirmRevoke', { name: confirm.name })} confirmLabel={t('tokenRevoke')} busy={revoking.loading}
          onConfirm={() => void doRevoke()} onCancel={() => setConfirm(null)}>
          {t('tokenConfirmRevokeBody')}
        </ConfirmDialog>
      )}
    </div>
  );
}
