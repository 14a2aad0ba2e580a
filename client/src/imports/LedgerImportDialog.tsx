import { useMutation, useQuery } from '@apollo/client/react';
import { LedgerKind } from '@hf/shared';
import { useState } from 'react';
import { downloadWorkbook } from '../exports/download';
import { useI18n } from '../i18n/i18n';
import type { ServerMessage } from '../i18n/server-messages';
import { CommitLedgerImportMutation, LedgerImportQuery, SetLedgerImportMappingMutation } from './queries';

interface Props {
  kind: LedgerKind;
  projectId: string;
  onClose: () => void;
  /** rows were written: the sheet shows them */
  onImported: (written: number) => void;
}

/**
 * 导入台账: upload an .xlsx or .csv (or download the template first), check the mapping of its columns to ours, see
 * the rows with errors and the duplicates (and download them as .xlsx to fix in Excel), then write the valid rows —
 * or nothing while a row has errors, when 全部或不导入 is ticked. Nothing is written before 导入.
 */
export function LedgerImportDialog({ kind, projectId, onClose, onImported }: Props) {
  const { t, serverMessage } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [importId, setImportId] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState('');
  const [allOrNothing, setAllOrNothing] = useState(false);
  const [done, setDone] = useState<number | null>(null);
  const preview = useQuery(LedgerImportQuery, { variables: { id: importId ?? '', statuses: ['INVALID', 'DUPLICATE'] as never }, skip: !importId, fetchPolicy: 'network-only' });
  const [setMapping, mapping] = useMutation(SetLedgerImportMappingMutation);
  const [commit, committing] = useMutation(CommitLedgerImportMutation);
  const entry = preview.data?.ledgerImport;

  const upload = async () => {
    if (!file) { setError(t('importChooseFile')); return; }
    setUploading(true);
    setError('');
    try {
      const form = new FormData();
      form.append('projectId', projectId);
      form.append('kind', kind);
      form.append('file', file, file.name);
      const res = await fetch('/files/imports', { method: 'POST', body: form, credentials: 'same-origin' });
      const body = (await res.json().catch(() => null)) as { import?: string; error?: ServerMessage } | null;
      if (!res.ok || !body?.import) setError(body?.error ? serverMessage(body.error) : t('importFailed'));
      else setImportId(body.import);
    } catch {
      setError(t('importFailed'));
    } finally {
      setUploading(false);
    }
  };
  const remap = async (column: number, field: string) => {
    if (!entry) return;
    const next = entry.mapping.map((m) => (m.column === column ? (field || null) : (m.field ?? null)));
    const { data } = await setMapping({ variables: { input: { id: entry.id, mapping: next } } });
    const refused = data?.setLedgerImportMapping.userErrors ?? [];
    setError(refused.map((e) => serverMessage(e)).join('；'));
    await preview.refetch();
  };
  const write = async () => {
    if (!entry) return;
    setError('');
    const { data } = await commit({ variables: { input: { id: entry.id, allOrNothing } } });
    const payload = data?.commitLedgerImport;
    if (!payload || payload.userErrors.length) { setError(payload?.userErrors.map((e) => serverMessage(e)).join('；') ?? t('importFailed')); return; }
    setDone(payload.written ?? 0);
    onImported(payload.written ?? 0);
  };
  const report = async () => {
    if (!entry) return;
    const result = await downloadWorkbook(entry.errorReportUrl, `${entry.fileName.replace(/\.[^.]+$/, '')}-错误.xlsx`);
    if (!result.ok) setError(result.error ? serverMessage(result.error) : t('importFailed'));
  };
  const templateName = kind === LedgerKind.TICKETS ? '工单登记导入模板.xlsx' : '业主回访记录表导入模板.xlsx';
  const c = entry?.counts;
  const labelOf = (field: string) => entry?.columns.find((x) => x.field === field)?.label ?? field;

  return (
    <div className="hf-modal-backdrop" onKeyDown={(e) => { if (e.key === 'Escape') onClose(); }}>
      <div className="hf-modal hf-import" role="dialog" aria-modal="true" aria-labelledby="hf-import-title" data-testid="import-dialog">
        <h2 id="hf-import-title">{kind === LedgerKind.TICKETS ? t('importTicketsTitle') : t('importCallbacksTitle')}</h2>
        {!importId && (
          <>
            <p className="hf-confirm-body">{t('importIntro')}</p>
            <p>
              <button type="button" className="hf-link" onClick={() => void downloadWorkbook(`/files/imports/template.xlsx?kind=${kind}`, templateName)} data-testid="import-template">{t('importTemplate')}</button>
            </p>
            <label className="hf-dialog-field">
              {t('importFile')}
              <input type="file" accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} data-testid="import-file" />
            </label>
            <div className="hf-actions">
              <button type="button" className="hf-primary" disabled={uploading} onClick={() => void upload()} data-testid="import-upload">{uploading ? t('importUploading') : t('importCheck')}</button>
              <button type="button" onClick={onClose}>{t('cancel')}</button>
            </div>
          </>
        )}
        {entry && done === null && (
          <>
            <p className="hf-import-file">{entry.fileName} · {t('importRows', { count: entry.rowsTotal })}</p>
            <details className="hf-import-mapping" open>
              <summary>{t('importMapping')}</summary>
              <table className="hf-owner-link-list" data-testid="import-mapping">
                <thead><tr><th>{t('importFileColumn')}</th><th>{t('importOurColumn')}</th></tr></thead>
                <tbody>
                  {entry.mapping.map((m) => (
                    <tr key={m.column}>
                      <td>{m.header}</td>
                      <td>
                        <select value={m.field ?? ''} disabled={mapping.loading} onChange={(e) => void remap(m.column, e.target.value)} data-testid={`import-map-${m.column}`}>
                          <option value="">{t('importNotImported')}</option>
                          {entry.columns.map((col) => <option key={col.field} value={col.field} title={col.help}>{col.label}</option>)}
                        </select>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
            {entry.mappingProblems.length > 0 && <div className="hf-field-error" data-testid="import-mapping-problems">{entry.mappingProblems.map((p) => p.replace(/\s*\([^()]*\)$/, '')).join('；')}</div>}
            {c && (
              <p className="hf-import-counts" data-testid="import-counts">
                {t('importCounts', { valid: c.valid, invalid: c.invalid, duplicate: c.duplicate, imported: c.alreadyImported })}
              </p>
            )}
            {entry.rows.length > 0 && (
              <>
                <table className="hf-owner-link-list hf-import-errors" data-testid="import-errors">
                  <thead><tr><th>{t('importRow')}</th><th>{t('importColumn')}</th><th>{t('importProblem')}</th></tr></thead>
                  <tbody>
                    {entry.rows.flatMap((r) => r.problems.map((p, i) => (
                      <tr key={`${r.rowNumber}-${i}`} className={r.status === 'DUPLICATE' ? 'hf-import-duplicate' : ''}>
                        <td>{i === 0 ? t('importRowNumber', { row: r.rowNumber }) : ''}</td>
                        <td>{p.column !== null && p.column !== undefined ? entry.mapping[p.column]?.header : labelOf(p.field)}</td>
                        <td>{serverMessage(p)}</td>
                      </tr>
                    )))}
                  </tbody>
                </table>
                <p><button type="button" className="hf-link" onClick={() => void report()} data-testid="import-error-report">{t('importErrorReport')}</button></p>
              </>
            )}
            <label><input type="checkbox" checked={allOrNothing} onChange={(e) => setAllOrNothing(e.target.checked)} data-testid="import-all-or-nothing" /> {t('importAllOrNothing')}</label>
            <div className="hf-actions">
              <button type="button" className="hf-primary" disabled={committing.loading || !c || c.valid === 0 || entry.mappingProblems.length > 0 || (allOrNothing && c.invalid > 0)} onClick={() => void write()} data-testid="import-commit">
                {t('importCommit', { count: c?.valid ?? 0 })}
              </button>
              <button type="button" onClick={onClose}>{t('cancel')}</button>
            </div>
          </>
        )}
        {done !== null && (
          <>
            <p className="hf-import-done" data-testid="import-done">{t('importDone', { count: done })}</p>
            <div className="hf-actions"><button type="button" onClick={onClose} data-testid="import-close">{t('close')}</button></div>
          </>
        )}
        {error && <div className="hf-field-error" data-testid="import-error">{error}</div>}
      </div>
    </div>
  );
}
