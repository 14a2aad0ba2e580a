import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { LoginMutation } from './queries';
import { useI18n } from '../i18n/i18n';

export function LoginPage({ onSignedIn }: { onSignedIn: () => void }) {
  const { t, language, setLanguage } = useI18n();
  const [login, { loading }] = useMutation(LoginMutation);
  const [error, setError] = useState('');
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const answer = await login({
      variables: { input: { username: String(form.get('username') ?? ''), password: String(form.get('password') ?? '') } },
    }).catch((e: unknown) => ({ data: undefined, error: e instanceof Error ? e : new Error(String(e)) }));
    if (answer.error) return setError(answer.error.message);
    const data = answer.data;
    if (data?.login.userErrors.length) return setError(data.login.userErrors[0].message);
    onSignedIn();
  };
  return (
    <div className="hf-login">
      <form onSubmit={(e) => void submit(e)}>
        <h1>{t('appTitle')} <small>物业客户服务中心</small></h1>
        <label>{t('username')}<input name="username" autoComplete="username" required autoFocus /></label>
        <label>{t('password')}<input name="password" type="password" autoComplete="current-password" required /></label>
        <button type="submit" disabled={loading}>{t('login')}</button>
        {error && <div className="hf-error-banner" role="alert">{error}</div>}
        <button type="button" className="hf-link" onClick={() => setLanguage(language === 'zh-CN' ? 'en' : 'zh-CN')}>
          {language === 'zh-CN' ? 'English' : '中文'}
        </button>
      </form>
    </div>
  );
}
