import { fillCallScript, TICKET_KIND_LABELS, type TicketKind } from '@hf/shared';
import type { CallScriptsQuery } from '../../api/generated/graphql';
import { useI18n } from '../../i18n/i18n';

type Script = CallScriptsQuery['callScripts'][number];

interface Props {
  scripts: readonly Script[];
  /** the focused row: its kind picks the script, its owner and matter fill it */
  row: { serialCode: string; ticket: { kind: string; ownerName: string; summary: string } } | null;
  projectName: string;
  visitor: string;
  onHide: () => void;
}

/** 规范用语 beside 回访记录表: the script of the focused row's kind, filled with its owner and matter, while the clerk calls. */
export function CallScriptPanel({ scripts, row, projectName, visitor, onHide }: Props) {
  const { t, language } = useI18n();
  const script = row ? scripts.find((s) => s.kind === row.ticket.kind) : undefined;
  const fill = (text: string) => fillCallScript(text, { ownerName: row?.ticket.ownerName, projectName, visitor, summary: row?.ticket.summary });
  return (
    <aside className="hf-script" data-testid="call-script" aria-label={t('scriptTitle')}>
      <div className="hf-script-head">
        <strong>{t('scriptTitle')}</strong>
        {row && <span data-testid="call-script-kind">{TICKET_KIND_LABELS[row.ticket.kind as TicketKind][language]} · {row.serialCode}</span>}
        <button type="button" className="hf-link" onClick={onHide}>{t('scriptHide')}</button>
      </div>
      {!script ? (
        <p className="hf-work-hint">{t('scriptPickRow')}</p>
      ) : (
        <>
          <h4>{t('scriptGreeting')}</h4>
          <p data-testid="call-script-greeting">{fill(script.greeting)}</p>
          <h4>{t('scriptQuestions')}</h4>
          <ol data-testid="call-script-questions">{fill(script.questions).split('\n').filter(Boolean).map((q) => <li key={q}>{q}</li>)}</ol>
          <h4>{t('scriptBusy')}</h4>
          <p data-testid="call-script-busy">{fill(script.busyReply)}</p>
          <h4>{t('scriptClosing')}</h4>
          {fill(script.closing).split('\n').filter(Boolean).map((line) => <p key={line} data-testid="call-script-closing">{line}</p>)}
        </>
      )}
    </aside>
  );
}
