import { createHash } from 'node:crypto';
import { CallbackPurpose, CallbackResult, CallbackStatus, ErrorCode, type Message, msg, Satisfaction, TicketKind } from '@hf/shared';

/**
 * 抽查回访 (seed 004, 回訪管理規定 三: 客戶服務中心主任每季度對報修記錄抽查回訪20%): the supervisor re-checks a share of
 * the period's repair records. These are the pure rules: which records may be checked, the system's reproducible
 * proposal, and whether the check agrees with the clerk's original record.
 */

/** A repair callback as far as spot checking is concerned. */
export interface SpotCheckCandidate {
  id: number;
  purpose: CallbackPurpose;
  kind: TicketKind;
  status: CallbackStatus;
}

/** Records the clerk has finished: recorded (DONE), reviewed, or closed. Escalated ones are the project manager's. */
export const SPOT_CHECKABLE_STATUSES: readonly CallbackStatus[] = [CallbackStatus.DONE, CallbackStatus.REVIEWED, CallbackStatus.CLOSED];

/** A regular repair callback the clerk has finished may be spot-checked. */
export function isSpotCheckable(callback: Omit<SpotCheckCandidate, 'id'>): boolean {
  return callback.purpose === CallbackPurpose.REGULAR && callback.kind === TicketKind.REPAIR && SPOT_CHECKABLE_STATUSES.includes(callback.status);
}

/** How many of the period's records the quota asks for: ceil(rate × records). */
export function spotCheckQuota(records: number, ratePercent: number): number {
  // multiplied first: records × rate is an integer, so the division is exact where it should be (50 × 20 / 100 = 10)
  return Math.ceil((records * ratePercent) / 100);
}

/** The order the proposal draws in: a hash of project, period and record, so the same period always proposes the same records. */
export function spotCheckDrawKey(projectId: number, period: string, callbackId: number): string {
  return createHash('sha256').update(`${projectId}:${period}:${callbackId}`).digest('hex');
}

/**
 * The proposal. The quota is ceil(rate × the period's completed repair tickets) — the statistics' 抽查 figure, so 待办
 * and 季度统计 say the same number; the spot checks already planned in the period count towards it (a policy-made one
 * without a record too, as in the statistics), and the rest is drawn from the unchecked checkable records in hash order. When fewer records are finished than the quota still needs, all of
 * them are proposed and `notYetRecorded` says how many more must be recorded first. Reproducible: the same
 * records, project and period give the same proposal, whatever the input order.
 */
export function proposeSpotCheckSample(input: {
  projectId: number;
  period: string;
  ratePercent: number;
  /** the period's completed repair tickets (the quota's base, as in the statistics) */
  repairRecords: number;
  /** the period's spot-check callbacks not voided (planned from a record or by the policy) */
  spotChecksPlanned: number;
  eligibleIds: readonly number[];
  checkedIds: ReadonlySet<number>;
}): { quota: number; stillToPlan: number; notYetRecorded: number; proposedIds: number[]; drawOrder: number[] } {
  const quota = spotCheckQuota(input.repairRecords, input.ratePercent);
  const stillToPlan = Math.max(0, quota - input.spotChecksPlanned);
  // every unchecked record in draw order: the proposal is its head, the rest is what the supervisor may swap in
  const drawOrder = input.eligibleIds
    .filter((id) => !input.checkedIds.has(id))
    .map((id) => ({ id, key: spotCheckDrawKey(input.projectId, input.period, id) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id - b.id))
    .map((d) => d.id);
  const proposedIds = drawOrder.slice(0, stillToPlan);
  return { quota, stillToPlan, notYetRecorded: stillToPlan - proposedIds.length, proposedIds, drawOrder };
}

export interface SpotCheckRefusal {
  code: ErrorCode;
  message: Message;
}

/**
 * Why one record named in planSpotChecks cannot be planned (null: it can): unknown or another project's (NOT_FOUND, so
 * nothing tells a foreign record exists), outside the period, not a finished regular repair record, or already checked
 * (by a spot check not voided, or named twice in the request).
 */
export function spotCheckRefusal(
  callback: (Omit<SpotCheckCandidate, 'id'> & { projectId: number; anchorDate: string; serialCode: string }) | null,
  target: { projectId: number; period: { key: string; from: string; to: string } },
  alreadyChecked: boolean,
): SpotCheckRefusal | null {
  if (!callback || callback.projectId !== target.projectId) return { code: ErrorCode.NOT_FOUND, message: msg('spotCheck.notFound') };
  // a record belongs to the period of its anchor date, as in the statistics
  if (callback.anchorDate < target.period.from || callback.anchorDate > target.period.to) {
    return { code: ErrorCode.BAD_USER_INPUT, message: msg('spotCheck.otherPeriod', { code: callback.serialCode, period: target.period.key }) };
  }
  if (!isSpotCheckable(callback)) return { code: ErrorCode.INVALID_STATE, message: msg('spotCheck.notEligible', { code: callback.serialCode }) };
  if (alreadyChecked) return { code: ErrorCode.CONFLICT, message: msg('spotCheck.alreadyPlanned', { code: callback.serialCode }) };
  return null;
}

export enum SpotCheckAgreement {
  /** same satisfaction and same result as the clerk recorded */
  SAME = 'SAME',
  /** the owner told the supervisor something else */
  DIFFERENT = 'DIFFERENT',
  /** the spot check is not recorded yet */
  PENDING = 'PENDING',
}

export interface RecordedOutcome {
  status: CallbackStatus;
  satisfaction: Satisfaction | null;
  result: CallbackResult | null;
}

const RECORDED: readonly CallbackStatus[] = [CallbackStatus.DONE, CallbackStatus.REVIEWED, CallbackStatus.ESCALATED, CallbackStatus.CLOSED];

/** 一致 / 不一致 / 待回访: the spot check against the original record, on satisfaction and result. */
export function spotCheckAgreement(spotCheck: RecordedOutcome, original: Pick<RecordedOutcome, 'satisfaction' | 'result'>): SpotCheckAgreement {
  if (!RECORDED.includes(spotCheck.status)) return SpotCheckAgreement.PENDING;
  return spotCheck.satisfaction === original.satisfaction && spotCheck.result === original.result
    ? SpotCheckAgreement.SAME
    : SpotCheckAgreement.DIFFERENT;
}
