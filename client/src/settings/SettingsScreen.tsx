import { useApolloClient } from '@apollo/client/react';
import { Role } from '@hf/shared';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import type { Session } from '../session/session';
import { PolicyGrid } from './components/PolicyGrid';
import { ProjectAdmin } from './components/ProjectAdmin';
import { ProjectSettingsForm } from './components/ProjectSettingsForm';
import { CallScriptEditor } from './components/CallScriptEditor';
import { TokenAdmin } from './components/TokenAdmin';
import { UserAdmin } from './components/UserAdmin';

/** Who sees the 设置 tab: the administrator maintains everything, the service supervisor sets the policy's rates. */
export const SETTINGS_ROLES: readonly Role[] = [Role.ADMIN, Role.SUPERVISOR];

type Part = 'policies' | 'project' | 'scripts' | 'users' | 'tokens' | 'projects';
const PARTS: { key: Part; label: MessageKey; adminOnly: boolean }[] = [
  { key: 'policies', label: 'settingsPolicies', adminOnly: false },
  { key: 'project', label: 'settingsProject', adminOnly: false },
  { key: 'scripts', label: 'settingsScripts', adminOnly: true },
  { key: 'users', label: 'settingsUsers', adminOnly: true },
  { key: 'tokens', label: 'settingsTokens', adminOnly: true },
  { key: 'projects', label: 'settingsProjects', adminOnly: true },
];

/** 设置 and 系统管理: the project's callback policy and rules; for the administrator 规范用语, users, API tokens and projects. */
export function SettingsScreen({ session }: { session: Session }) {
  const { t } = useI18n();
  const client = useApolloClient();
  const admin = session.user.role === Role.ADMIN;
  const parts = PARTS.filter((p) => admin || !p.adminOnly);
  const [part, setPart] = useState<Part>(() => {
    const asked = /[?&]part=(\w+)/.exec(window.location.hash)?.[1] as Part | undefined;
    return parts.some((p) => p.key === asked) ? asked! : 'policies';
  });
  // the session's projects carry the reasons the record form offers, and the project list itself
  const refreshSession = () => void client.refetchQueries({ include: ['Me'] });
  const choose = (key: Part) => {
    setPart(key);
    window.history.replaceState(null, '', `#/settings?part=${key}`);
  };

  if (!SETTINGS_ROLES.includes(session.user.role)) return <div className="hf-placeholder">{t('settingsAdminOnly')}</div>;
  return (
    <div className="hf-settings" data-testid="settings">
      <nav className="hf-segmented" aria-label={t('sheetSettings')}>
        {parts.map((p) => (
          <button key={p.key} type="button" className={p.key === part ? 'hf-selected' : undefined} aria-pressed={p.key === part} onClick={() => choose(p.key)} data-testid={`settings-${p.key}`}>
            {t(p.label)}
          </button>
        ))}
      </nav>
      {part === 'policies' && <PolicyGrid projectId={session.project.id} canEdit />}
      {part === 'project' && <ProjectSettingsForm projectId={session.project.id} canEdit={admin} onSaved={refreshSession} />}
      {part === 'scripts' && admin && <CallScriptEditor projectId={session.project.id} />}
      {part === 'users' && admin && <UserAdmin selfId={session.user.id} />}
      {part === 'tokens' && admin && <TokenAdmin />}
      {part === 'projects' && admin && <ProjectAdmin onProjectsChanged={refreshSession} />}
    </div>
  );
}
