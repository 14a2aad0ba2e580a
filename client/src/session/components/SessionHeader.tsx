import { ROLE_LABELS, type Role } from '@hf/shared';
import type { MessageKey } from '../../i18n/messages';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';

interface Props<Key extends string> {
  projects: readonly { id: string; code: string; name: string }[];
  projectId: string;
  onProject: (projectId: string) => void;
  periods: readonly string[];
  /** null: 全部期间 */
  period: string | null;
  onPeriod: (period: string) => void;
  sheets: readonly { key: Key; label: MessageKey }[];
  sheet: Key;
  onSheet: (key: Key) => void;
  user: { displayName: string; role: string };
  onSignOut: () => void;
  /** 待办 counts per sheet key (navigation badges) */
  badges?: Record<string, number>;
  /** the bell (提醒), beside who is signed in */
  bell?: ReactNode;
}

/** The bar above every sheet: project, period, the sheets, who is signed in, 中文 / English, sign out. */
export function SessionHeader<Key extends string>(props: Props<Key>) {
  const { projects, projectId, onProject, periods, period, onPeriod, sheets, sheet, onSheet, user, onSignOut, badges = {}, bell } = props;
  const { t, language, setLanguage } = useI18n();
  return (
    <header className="hf-header">
      <strong className="hf-title">{t('appTitle')}</strong>
      <label>{t('project')}
        <select value={projectId} onChange={(e) => onProject(e.target.value)} data-testid="project-picker">
          {projects.map((p) => <option key={p.id} value={p.id}>{p.code} {p.name}</option>)}
        </select>
      </label>
      <label>{t('period')}
        <select value={period ?? 'all'} onChange={(e) => onPeriod(e.target.value)} data-testid="period-picker">
          {periods.map((p) => <option key={p} value={p}>{p}</option>)}
          <option value="all">{t('allPeriods')}</option>
        </select>
      </label>
      <nav className="hf-tabs">
        {sheets.map((s) => (
          <button key={s.key} type="button" className={s.key === sheet ? 'hf-tab hf-tab-active' : 'hf-tab'} onClick={() => onSheet(s.key)}>
            {t(s.label)}
            {badges[s.key] ? <span className="hf-badge" data-testid={`badge-${s.key}`}>{badges[s.key]}</span> : null}
          </button>
        ))}
      </nav>
      {bell}
      <span className="hf-user">{user.displayName} · {ROLE_LABELS[user.role as Role][language]}</span>
      <button type="button" className="hf-link" onClick={() => setLanguage(language === 'zh-CN' ? 'en' : 'zh-CN')}>{language === 'zh-CN' ? 'English' : '中文'}</button>
      <button type="button" className="hf-link" onClick={onSignOut}>{t('logout')}</button>
    </header>
  );
}
