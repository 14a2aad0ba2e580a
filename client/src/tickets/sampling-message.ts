import { SamplingOutcome, TICKET_KIND_LABELS, type Language, type TicketKind } from '@hf/shared';
import { translate } from '../i18n/i18n';

/** A stage's sampling decision as completeTicket returns it. */
export interface SamplingDecision {
  ratePercent: number;
  period: string;
  completed: number;
  selected: number;
  outcome: string;
}

/**
 * Why completing a ticket scheduled no callback, e.g. "未抽中回访（维修 30%，本季度已选 4/25）": the first stage that
 * passed it over, with its rate and the period's tally; null when a callback was scheduled.
 */
export function samplingMessage(
  decisions: readonly SamplingDecision[],
  kind: TicketKind,
  currentPeriod: string,
  language: Language,
  scheduled: number,
): string | null {
  if (scheduled > 0) return null;
  const kindLabel = TICKET_KIND_LABELS[kind][language];
  const refused = decisions.find((d) => d.outcome !== SamplingOutcome.SELECTED);
  if (!refused) return translate(language, 'noCallbackPolicy', { kind: kindLabel });
  const period = refused.period === currentPeriod
    ? translate(language, refused.period.includes('Q') ? 'thisQuarter' : 'thisMonth')
    : language === 'zh-CN' ? `${refused.period} ` : `in ${refused.period}`;
  const values = { kind: kindLabel, rate: refused.ratePercent, period, selected: refused.selected, completed: refused.completed };
  return translate(language, refused.outcome === SamplingOutcome.MINIMUM_GAP ? 'notSampledGap' : 'notSampled', values);
}
