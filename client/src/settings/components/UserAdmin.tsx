import { useMutation, useQuery } from '@apollo/client/react';
import { isAllProjectRole, Role, ROLE_LABELS } from '@hf/shared';
import { type FormEvent, useState } from 'react';
import type { AdminUsersQuery as UsersData } from '../../api/generated/graphql';
import { useI18n } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ServerErrorBanner } from '../../ui/ServerErrorBanner';
import { errorsByField, otherErrors } from '../field-errors';
import {
  AdminProjectsQuery, AdminUsersQuery, CreateUserMutation, ResetUserPasswordMutation, SetUserActiveMutation, UpdateUserMutation,
} from '../queries';
import { OneTimeSecret } from './OneTimeSecret';

type User = UsersData['users']['edges'][number]['node'];
interface Draft { username: string; displayName: string; role: Role; projectIds: string[]; departmentId: string }
const EMPTY: Draft = { username: '', displayName: '', role: Role.CLERK, projectIds: [], departmentId: '' };
const FORM_FIELDS = ['username', 'displayName', 'role', 'projectIds', 'departmentId', 'version'];

/** 用户: every account with its role, projects and department; create, change, reset the password, disable — never delete. */
export function UserAdmin({ selfId }: { selfId: string }) {
  const { t, language } = useI18n();
  const users = useQuery(AdminUsersQuery, { fetchPolicy: 'cache-and-network' });
  const projects = useQuery(AdminProjectsQuery, { fetchPolicy: 'cache-and-network' });
  const refetchQueries = ['AdminUsers', 'AdminProjects'];
  const [createUser, creating] = useMutation(CreateUserMutation, { refetchQueries });
  const [updateUser, updating] = useMutation(UpdateUserMutation, { refetchQueries });
  const [resetPassword] = useMutation(ResetUserPasswordMutation);
  const [setActive] = useMutation(SetUserActiveMutation, { refetchQueries });
  // the form: null closed, 'new', or the user being changed
  const [editing, setEditing] = useState<'new' | User | null>(null);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [secret, setSecret] = useState<{ username: string; password: string } | null>(null);
  const [confirm, setConfirm] = useState<{ kind: 'disable' | 'reset'; user: User } | null>(null);
  const [rowError, setRowError] = useState('');
  if (users.error) return <ServerErrorBanner error={users.error} />;
  const list = (users.data?.users.edges ?? []).map((e) => e.node);
  const allProjects = projects.data?.projects ?? [];
  const departments = allProjects.filter((p) => draft.projectIds.includes(p.id)).flatMap((p) => p.departments.map((d) => ({ ...d, project: p.code })));

  const open = (target: 'new' | User) => {
    setEditing(target);
    setErrors({});
    setDraft(target === 'new' ? EMPTY : {
      username: target.username, displayName: target.displayName, role: target.role as Role,
      projectIds: target.projects?.map((p) => p.id) ?? [], departmentId: target.department?.id ?? '',
    });
  };
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const common = {
      displayName: draft.displayName, role: draft.role,
      projectIds: isAllProjectRole(draft.role) ? [] : draft.projectIds,
      departmentId: draft.role === Role.DEPARTMENT_SUPERVISOR && draft.departmentId ? draft.departmentId : null,
    };
    if (editing === 'new') {
      const res = await createUser({ variables: { input: { ...common, username: draft.username.trim() } } });
      const payload = res.data?.createUser;
      setErrors(errorsByField(payload?.userErrors, language));
      if (payload?.user && payload.temporaryPassword) {
        setSecret({ username: payload.user.username, password: payload.temporaryPassword });
        setEditing(null);
      }
    } else if (editing) {
      const res = await updateUser({ variables: { input: { ...common, id: editing.id, version: editing.version } } });
      const payload = res.data?.updateUser;
      const byField = errorsByField(payload?.userErrors, language);
      if (payload?.userErrors.some((e) => e.code === 'CONFLICT')) byField.version = t('conflictReload');
      setErrors(byField);
      if (payload?.user && !payload.userErrors.length) setEditing(null);
    }
  };

  const act = async () => {
    if (!confirm) return;
    const { kind, user } = confirm;
    setConfirm(null);
    setRowError('');
    if (kind === 'reset') {
      const res = await resetPassword({ variables: { input: { id: user.id, version: user.version } } });
      const payload = res.data?.resetUserPassword;
      if (payload?.temporaryPassword) setSecret({ username: user.username, password: payload.temporaryPassword });
      else setRowError(Object.values(errorsByField(payload?.userErrors, language)).join('；'));
      void users.refetch();
    } else {
      const res = await setActive({ variables: { input: { id: user.id, version: user.version, active: !user.active } } });
      const failed = res.data?.setUserActive.userErrors ?? [];
      if (failed.length) setRowError(Object.values(errorsByField(failed, language)).join('；'));
    }
  };
  const enable = async (user: User) => {
    const res = await setActive({ variables: { input: { id: user.id, version: user.version, active: true } } });
    setRowError(Object.values(errorsByField(res.data?.setUserActive.userErrors, language)).join('；'));
  };
  const toggle = (user: User) => (user.active ? setConfirm({ kind: 'disable', user }) : void enable(user));
  const fieldError = (field: string) => (errors[field] ? <div className="hf-field-error" data-testid={`user-error-${field}`}>{errors[field]}</div> : null);

  return (
    <div className="hf-settings-section" data-testid="user-admin">
      <div className="hf-sheet-bar">
        <button type="button" onClick={() => open('new')} data-testid="user-new">{t('userNew')}</button>
        <span>{t('rows', { count: users.data?.users.totalCount ?? 0 })}</span>
      </div>
      {secret && (
        <OneTimeSecret testId="temporary-password" intro={t('temporaryPasswordOnce', { username: secret.username })} secret={secret.password} onClose={() => setSecret(null)} />
      )}
      {rowError && <div className="hf-error-banner" role="alert">{rowError}</div>}
      {editing && (
        <form className="hf-settings-form hf-settings-box" data-testid="user-form" onSubmit={(e) => void submit(e)}>
          <h3>{editing === 'new' ? t('userNew') : t('userEditTitle', { username: editing.username })}</h3>
          <label className="hf-settings-field">
            <span>{t('userUsername')}</span>
            <input name="username" value={draft.username} disabled={editing !== 'new'} onChange={(e) => set({ username: e.target.value })} />
            {fieldError('username')}
          </label>
          <label className="hf-settings-field">
            <span>{t('userDisplayName')}</span>
            <input name="displayName" value={draft.displayName} onChange={(e) => set({ displayName: e.target.value })} />
            {fieldError('displayName')}
          </label>
          <label className="hf-settings-field">
            <span>{t('userRole')}</span>
            <select name="role" value={draft.role} onChange={(e) => set({ role: e.target.value as Role })}>
              {Object.values(Role).map((r) => <option key={r} value={r}>{ROLE_LABELS[r][language]}</option>)}
            </select>
            {fieldError('role')}
          </label>
          <fieldset className="hf-settings-field" disabled={isAllProjectRole(draft.role)}>
            <legend>{t('userProjects')}{isAllProjectRole(draft.role) ? `（${t('userAllProjects')}）` : ''}</legend>
            {allProjects.map((p) => (
              <label key={p.id} className="hf-check">
                <input
                  type="checkbox" name={`project-${p.code}`} checked={!isAllProjectRole(draft.role) && draft.projectIds.includes(p.id)}
                  onChange={(e) => set({ projectIds: e.target.checked ? [...draft.projectIds, p.id] : draft.projectIds.filter((id) => id !== p.id) })}
                />
                {p.code} {p.name}
              </label>
            ))}
            {Object.entries(errors).filter(([f]) => f.startsWith('projectIds')).map(([f, text]) => <div key={f} className="hf-field-error" data-testid="user-error-projectIds">{text}</div>)}
          </fieldset>
          {draft.role === Role.DEPARTMENT_SUPERVISOR && (
            <label className="hf-settings-field">
              <span>{t('userDepartment')}</span>
              <select name="departmentId" value={draft.departmentId} onChange={(e) => set({ departmentId: e.target.value })}>
                <option value="">{t('userNoDepartment')}</option>
                {departments.map((d) => <option key={d.id} value={d.id}>{d.project} {d.name}</option>)}
              </select>
              {fieldError('departmentId')}
            </label>
          )}
          <div className="hf-actions">
            <button type="submit" disabled={creating.loading || updating.loading} data-testid="user-submit">{editing === 'new' ? t('userCreate') : t('save')}</button>
            <button type="button" onClick={() => setEditing(null)}>{t('cancel')}</button>
          </div>
          {otherErrors(errors, FORM_FIELDS.filter((f) => f !== 'version')).map((text) => <div key={text} className="hf-error-banner" role="alert">{text}</div>)}
        </form>
      )}
      <table className="hf-table" data-testid="user-table">
        <thead>
          <tr>
            <th>{t('userUsername')}</th><th>{t('userDisplayName')}</th><th>{t('userRole')}</th><th>{t('userProjects')}</th>
            <th>{t('userDepartment')}</th><th>{t('userStatus')}</th><th />
          </tr>
        </thead>
        <tbody>
          {list.map((user) => (
            <tr key={user.id} className={user.active ? undefined : 'hf-row-voided'} data-testid={`user-${user.username}`}>
              <td className="hf-mono">{user.username}</td>
              <td>{user.displayName}</td>
              <td>{ROLE_LABELS[user.role as Role][language]}</td>
              <td>{isAllProjectRole(user.role as Role) ? t('userAllProjects') : (user.projects ?? []).map((p) => p.code).join('、')}</td>
              <td>{user.department?.name ?? ''}</td>
              <td>{user.active ? t('userActive') : t('userDisabled')}</td>
              <td className="hf-row-actions">
                <button type="button" className="hf-link" onClick={() => open(user)}>{t('userEdit')}</button>
                {user.active && user.id !== selfId && <button type="button" className="hf-link" onClick={() => setConfirm({ kind: 'reset', user })}>{t('userResetPassword')}</button>}
                {user.id !== selfId && (
                  <button type="button" className="hf-link" onClick={() => toggle(user)}>{user.active ? t('userDisable') : t('userEnable')}</button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {confirm && (
        <ConfirmDialog
          title={t(confirm.kind === 'reset' ? 'userConfirmReset' : 'userConfirmDisable', { name: confirm.user.displayName, username: confirm.user.username })}
          confirmLabel={confirm.kind === 'reset' ? t('userResetPassword') : t('userDisable')}
          onConfirm={() => void act()}
          onCancel={() => setConfirm(null)}
        >
          {t(confirm.kind === 'reset' ? 'userConfirmResetBody' : 'userConfirmDisableBody')}
        </ConfirmDialog>
      )}
    </div>
  );
}
