import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { ServerErrorBanner } from '../../ui/ServerErrorBanner';
import { errorsByField } from '../field-errors';
import { AdminProjectsQuery, CreateDepartmentMutation, CreateProjectMutation, UpdateProjectMutation } from '../queries';

/** 项目与部门: projects (code, name) and their departments with the supervisors who lead them; nothing is deleted. */
export function ProjectAdmin({ onProjectsChanged }: { onProjectsChanged: () => void }) {
  const { t, language } = useI18n();
  const projects = useQuery(AdminProjectsQuery, { fetchPolicy: 'cache-and-network' });
  const [createProject] = useMutation(CreateProjectMutation, { refetchQueries: ['AdminProjects'] });
  const [updateProject] = useMutation(UpdateProjectMutation, { refetchQueries: ['AdminProjects'] });
  const [createDepartment] = useMutation(CreateDepartmentMutation, { refetchQueries: ['AdminProjects'] });
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [names, setNames] = useState<Record<string, string>>({});
  const [departmentNames, setDepartmentNames] = useState<Record<string, string>>({});
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  if (projects.error) return <ServerErrorBanner error={projects.error} />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const res = await createProject({ variables: { input: { code: code.trim(), name } } });
    const payload = res.data?.createProject;
    setErrors(errorsByField(payload?.userErrors, language));
    if (payload?.project) { setCode(''); setName(''); onProjectsChanged(); }
  };
  const rename = async (project: { id: string; version: number; name: string }) => {
    const res = await updateProject({ variables: { input: { id: project.id, version: project.version, name: names[project.id] ?? project.name } } });
    const failed = res.data?.updateProject.userErrors ?? [];
    setRowErrors((all) => ({ ...all, [project.id]: Object.values(errorsByField(failed, language)).join('；') }));
    if (!failed.length) { setNames(({ [project.id]: _, ...rest }) => rest); onProjectsChanged(); }
  };
  const addDepartment = async (projectId: string) => {
    const res = await createDepartment({ variables: { input: { projectId, name: departmentNames[projectId] ?? '' } } });
    const failed = res.data?.createDepartment.userErrors ?? [];
    setRowErrors((all) => ({ ...all, [`d:${projectId}`]: Object.values(errorsByField(failed, language)).join('；') }));
    if (!failed.length) setDepartmentNames(({ [projectId]: _, ...rest }) => rest);
  };

  return (
    <div className="hf-settings-section" data-testid="project-admin">
      <form className="hf-settings-form hf-settings-box" onSubmit={(e) => void submit(e)} data-testid="project-form">
        <h3>{t('projectCreate')}</h3>
        <label className="hf-settings-field"><span>{t('projectCode')}</span>
          <input name="code" value={code} size={8} onChange={(e) => setCode(e.target.value)} />
          {errors.code && <div className="hf-field-error">{errors.code}</div>}
        </label>
        <label className="hf-settings-field"><span>{t('projectName')}</span>
          <input name="name" value={name} onChange={(e) => setName(e.target.value)} />
          {errors.name && <div className="hf-field-error">{errors.name}</div>}
        </label>
        <div className="hf-actions"><button type="submit">{t('projectCreate')}</button></div>
      </form>
      <table className="hf-table">
        <thead><tr><th>{t('projectCode')}</th><th>{t('projectName')}</th><th>{t('projectDepartments')}</th></tr></thead>
        <tbody>
          {(projects.data?.projects ?? []).map((project) => (
            <tr key={project.id} data-testid={`project-${project.code}`}>
              <td className="hf-mono">{project.code}</td>
              <td>
                <input value={names[project.id] ?? project.name} aria-label={`${project.code} ${t('projectName')}`}
                  onChange={(e) => setNames({ ...names, [project.id]: e.target.value })} />
                {names[project.id] !== undefined && names[project.id] !== project.name && (
                  <button type="button" className="hf-link" onClick={() => void rename(project)}>{t('projectRename')}</button>
                )}
                {rowErrors[project.id] && <div className="hf-field-error">{rowErrors[project.id]}</div>}
              </td>
              <td>
                <ul className="hf-plain-list">
                  {project.departments.map((d) => (
                    <li key={d.id}>{d.name}：{d.supervisors.length ? d.supervisors.map((s) => s.displayName).join('、') : <span className="hf-work-hint">{t('departmentNoSupervisor')}</span>}</li>
                  ))}
                </ul>
                <input value={departmentNames[project.id] ?? ''} placeholder={t('departmentNew')} aria-label={`${project.code} ${t('departmentNew')}`}
                  onChange={(e) => setDepartmentNames({ ...departmentNames, [project.id]: e.target.value })} />
                <button type="button" className="hf-link" onClick={() => void addDepartment(project.id)}>{t('departmentAdd')}</button>
                {rowErrors[`d:${project.id}`] && <div className="hf-field-error">{rowErrors[`d:${project.id}`]}</div>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
