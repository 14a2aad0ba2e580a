import { useMutation, useQuery } from '@apollo/client/react';
import { RESULT_LABELS, SATISFACTION_LABELS, type CallbackResult, type Language, type Satisfaction } from '@hf/shared';
import { useEffect, useState, type MouseEvent } from 'react';
import { useI18n } from '../i18n/i18n';
import { serverText } from '../i18n/server-messages';
import { ServerErrorBanner } from '../ui/ServerErrorBanner';
import { hashFor, type OpenTarget } from '../work-queue/navigation';
import { PlanSpotChecksMutation, SpotCheckProposalQuery } from './queries';

/** 满意 · 合格: what a record says, as the supervisor compares it. */
function outcome(row: { satisfaction?: string | null; result?: string | null }, language: Language): string {
  const s = row.satisfaction ? SATISFACTION_LABELS[row.satisfaction as Satisfaction][language] : '';
  const r = row.result ? RESULT_LABELS[row.result as CallbackResult][language] : '';
  return [s, r].filter(Boolean).join(' · ') || '—';
}

function RowLink({ target, onOpen, children }: { target: OpenTarget; onOpen: (t: OpenTarget) => void; children: string }) {
  const click = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onOpen(target);
  };
  return <a href={`#${hashFor(target)}`} onClick={click} className="hf-work-link">{children}</a>;
}

/**
 * 抽查回访 for the service supervisor (seed 004: 20 % of the quarter's repair records): the system's proposal with a
 * checkbox per record, 安排抽查 for the ticked ones, and the planned spot checks with their agreement with the clerk's
 * record (一致 / 不一致 / 待回访). A spot check is recorded in 回访记录表 like any callback; its code opens the row.
 */
export function SpotCheckPanel({ projectId, projectCode, period, onOpen }: { projectId: string; projectCode: string; period: string; onOpen: (t: OpenTarget) => void }) {
  const { t, language } = useI18n();
  const { data, error, refetch } = useQuery(SpotCheckProposalQuery, { variables: { projectId, period }, fetchPolicy: 'cache-and-network' });
  const [plan, { loading: planning }] = useMutation(PlanSpotChecksMutation);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [problems, setProblems] = useState<string[]>([]);
  const [done, setDone] = useState<number | null>(null);
  const proposal = data?.proposeSpotChecks;
  const proposedKey = proposal?.proposed.map((c) => c.id).join(',') ?? '';
  // every proposed record ticked when the proposal arrives; the supervisor unticks the ones she leaves out
  useEffect(() => setChosen(new Set(proposedKey ? proposedKey.split(',') : [])), [proposedKey]);
  if (error && !data) return <ServerErrorBanner error={error} />;
  if (!proposal) return null;

  const toggle = (id: string) => setChosen((old) => {
    const next = new Set(old);
    if (next.has(id)) next.delete(id); else next.add(id);
    return next;
  });
  const submit = async () => {
    setProblems([]);
    setDone(null);
    const callbackIds = [...proposal.proposed, ...proposal.others].map((c) => c.id).filter((id) => chosen.has(id));
    try {
      const res = await plan({ variables: { input: { projectId, period, callbackIds } } });
      const payload = res.data?.planSpotChecks;
      if (payload?.userErrors.length) {
        setProblems(payload.userErrors.map((e) => serverText(e, language)));
        return;
      }
      setDone(payload?.spotChecks.length ?? 0);
      await refetch();
    } catch (e) {
      setProblems([serverText(e as Error, language)]);
    }
  };
  const sheet = (rowId: string): OpenTarget => ({ sheet: 'callbacks', projectId, period, rowId });
  const candidateRow = (c: (typeof proposal.proposed)[number]) => (
    <tr key={c.id}>
      <td><input type="checkbox" checked={chosen.has(c.id)} onChange={() => toggle(c.id)} aria-label={c.serialCode} /></td>
      <td><RowLink target={sheet(c.id)} onOpen={onOpen}>{c.serialCode}</RowLink></td>
      <td>{c.ticket.number}</td>
      <td>{c.ticket.summary}</td>
      <td>{outcome(c, language)}</td>
    </tr>
  );
  const header = (
    <thead><tr><th>{t('spotChoose')}</th><th>{t('spotOriginal')}</th><th>{t('spotTicket')}</th><th>{t('spotSummaryColumn')}</th><th>{t('spotOriginalOutcome')}</th></tr></thead>
  );

  return (
    <section className="hf-work-section hf-spot-checks" data-testid="spot-checks">
      <h3>{t('spotTitle', { project: projectCode, period: proposal.period })}</h3>
      <p data-testid="spot-summary">
        {t('spotSummary', { repairs: proposal.repairRecords, records: proposal.records, rate: proposal.ratePercent, quota: proposal.quota, planned: proposal.planned, toPlan: proposal.stillToPlan })}
      </p>
      {proposal.notYetRecorded > 0 && <p className="hf-work-none" data-testid="spot-not-yet-recorded">{t('spotNotYetRecorded', { count: proposal.notYetRecorded })}</p>}
      {proposal.proposed.length === 0 && <p className="hf-work-none">{t('spotNoProposal')}</p>}
      {proposal.proposed.length + proposal.others.length > 0 && (
        <>
          {proposal.proposed.length > 0 && (
            <>
              <p>{t('spotProposed')}</p>
              <table className="hf-table hf-work-table" data-testid="spot-proposal">
                {header}
                <tbody>{proposal.proposed.map(candidateRow)}</tbody>
              </table>
            </>
          )}
          {proposal.others.length > 0 && (
            <details data-testid="spot-others">
              <summary>{t('spotOthers', { count: proposal.others.length })}</summary>
              <table className="hf-table hf-work-table">
                {header}
                <tbody>{proposal.others.map(candidateRow)}</tbody>
              </table>
            </details>
          )}
          <p>
            <button type="button" disabled={planning || chosen.size === 0} onClick={submit}>
              {planning ? t('spotPlanning') : t('spotPlan')}
            </button>
          </p>
        </>
      )}
      {problems.map((p) => <p key={p} className="hf-error" role="alert">{p}</p>)}
      {done !== null && <p className="hf-ok" role="status">{t('spotPlanned', { count: done })}</p>}
      <h4>{t('spotPlannedList')}</h4>
      {proposal.spotChecks.length === 0 ? <p className="hf-work-none">{t('spotNonePlanned')}</p> : (
        <table className="hf-table hf-work-table" data-testid="spot-planned">
          <thead><tr><th>{t('spotCode')}</th><th>{t('spotOriginal')}</th><th>{t('spotOriginalOutcome')}</th><th>{t('spotOutcome')}</th><th>{t('spotAgreement')}</th></tr></thead>
          <tbody>
            {proposal.spotChecks.map((c) => (
              <tr key={c.id}>
                <td><RowLink target={sheet(c.id)} onOpen={onOpen}>{c.serialCode}</RowLink></td>
                <td>{c.spotCheckOf ? <RowLink target={sheet(c.spotCheckOf.id)} onOpen={onOpen}>{c.spotCheckOf.serialCode}</RowLink> : '—'}</td>
                <td>{c.spotCheckOf ? outcome(c.spotCheckOf, language) : '—'}</td>
                <td>{outcome(c, language)}</td>
                <td className={c.spotCheckAgreement === 'DIFFERENT' ? 'hf-bad' : undefined} data-testid="spot-agreement">
                  {c.spotCheckAgreement ? t(`spot${c.spotCheckAgreement}`) : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
