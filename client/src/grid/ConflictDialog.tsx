import { useI18n } from '../i18n/i18n';
import type { RowConflict } from './conflict';

interface Props {
  conflicts: RowConflict[];
  describe: (rowId: string, field: string) => { row: string; column: string; format: (value: unknown) => string };
  onDecide: (conflict: RowConflict, choice: 'mine' | 'theirs') => void;
}

/** CONFLICT: both values side by side; the clerk chooses per row. Nothing is overwritten until then. */
export function ConflictDialog({ conflicts, describe, onDecide }: Props) {
  const { t } = useI18n();
  const show = (text: string) => text || t('empty');
  return (
    <div className="hf-modal-backdrop">
      <div className="hf-modal" role="dialog" aria-modal="true" aria-labelledby="hf-conflict-title">
        <h2 id="hf-conflict-title">{t('conflictTitle')}</h2>
        <p>{t('conflictIntro')}</p>
        {conflicts.map((conflict) => (
          <section key={conflict.rowId} className="hf-conflict" data-testid="conflict-row">
            <h3>{describe(conflict.rowId, conflict.fields[0]?.field ?? '').row}</h3>
            <table>
              <thead>
                <tr><th>{t('column')}</th><th>{t('originalValue')}</th><th>{t('myValue')}</th><th>{t('theirValue')}</th></tr>
              </thead>
              <tbody>
                {conflict.fields.map((f) => {
                  const d = describe(conflict.rowId, f.field);
                  return (
                    <tr key={f.field}>
                      <td>{d.column}</td>
                      <td>{show(d.format(f.base))}</td>
                      <td className="hf-mine">{show(d.format(f.mine))}</td>
                      <td className="hf-theirs">{show(d.format(f.theirs))}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <div className="hf-actions">
              <button type="button" onClick={() => onDecide(conflict, 'mine')}>{t('keepMine')}</button>
              <button type="button" onClick={() => onDecide(conflict, 'theirs')}>{t('keepTheirs')}</button>
            </div>
          </section>
        ))}
      </div>
    </div>
  );
}
