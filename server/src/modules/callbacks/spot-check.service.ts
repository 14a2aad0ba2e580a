import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { addMonths, CallbackPurpose, CallbackStatus, ErrorCode, msg, type PeriodRange, TicketKind, toLocalDate } from '@hf/shared';
import type { Viewer } from '../../core/caller';
import { DomainError, type Failure, failure } from '../../core/domain-error';
import { assertOpen } from '../archives/archive-guard';
import { Project } from '../projects/project.entity';
import { DEFAULT_SPOT_CHECK_RATE_PERCENT, ticketsCompletedOfKind } from '../statistics/statistics.service';
import { createCallbackRow } from './callback-scheduler';
import { Callback } from './callback.entity';
import { proposeSpotCheckSample, SPOT_CHECKABLE_STATUSES, spotCheckRefusal } from './spot-check.rules';

/**
 * 抽查回访 (seed 004): the system proposes the period's sample of repair records, the supervisor plans the ones she
 * chooses (the proposal or any other checkable record) as SPOT_CHECK callbacks of her own, records them like any other
 * callback, and sees whether the owner said the same as to the clerk.
 */

/** The project's spot-check rate: its repair policy's SPOT_CHECK stage (preset 004), else seed 004's 20 %. */
export async function spotCheckRate(em: EntityManager, projectId: number): Promise<number> {
  const rows = await em.execute<{ rate: number | null }[]>(
    `select min((st ->> 'ratePercent')::int) as rate
       from callback_policy cp cross join lateral jsonb_array_elements(cp.stages) st
      where cp.project_id = ? and cp.kind = ? and st ->> 'purpose' = ?`,
    [projectId, TicketKind.REPAIR, CallbackPurpose.SPOT_CHECK],
  );
  return rows[0]?.rate ?? DEFAULT_SPOT_CHECK_RATE_PERCENT;
}

/** The period's checkable records (finished regular repair callbacks, anchor date in the period), in id order. */
async function checkableIds(em: EntityManager, projectId: number, period: PeriodRange): Promise<number[]> {
  const rows = await em.execute<{ id: number }[]>(
    `select c.id from callback c join ticket t on t.id = c.ticket_id
      where c.project_id = ? and c.anchor_date between ? and ? and c.purpose = ? and t.kind = ?
        and c.status in (${SPOT_CHECKABLE_STATUSES.map(() => '?').join(', ')})
      order by c.id`,
    [projectId, period.from, period.to, CallbackPurpose.REGULAR, TicketKind.REPAIR, ...SPOT_CHECKABLE_STATUSES],
  );
  return rows.map((r) => Number(r.id));
}

/** Of these records, the ones a spot check (not voided) already re-checks. */
async function checkedIds(em: EntityManager, ids: readonly number[]): Promise<Set<number>> {
  if (!ids.length) return new Set();
  const rows = await em.execute<{ id: number }[]>(
    `select distinct spot_check_of_id as id from callback where spot_check_of_id in (${ids.map(() => '?').join(', ')}) and status <> ?`,
    [...ids, CallbackStatus.VOIDED],
  );
  return new Set(rows.map((r) => Number(r.id)));
}

export interface SpotCheckProposalResult {
  project: Project;
  period: string;
  ratePercent: number;
  records: number;
  repairRecords: number;
  quota: number;
  notYetRecorded: number;
  planned: number;
  stillToPlan: number;
  proposed: Callback[];
  others: Callback[];
  spotChecks: Callback[];
}

/** The period's proposal (reproducible: hash order of project, period and record) and the spot checks planned so far. */
export async function proposeSpotChecks(em: EntityManager, projectId: number, period: PeriodRange): Promise<SpotCheckProposalResult> {
  const project = await em.findOneOrFail(Project, projectId);
  const [ratePercent, repairRecords, eligibleIds] = await Promise.all([
    spotCheckRate(em, projectId), ticketsCompletedOfKind(em, projectId, period, TicketKind.REPAIR), checkableIds(em, projectId, period),
  ]);
  const [checked, spotChecksPlanned] = await Promise.all([
    checkedIds(em, eligibleIds),
    em.count(Callback, { project: projectId, purpose: CallbackPurpose.SPOT_CHECK, status: { $ne: CallbackStatus.VOIDED }, anchorDate: { $gte: period.from, $lte: period.to } }),
  ]);
  const sample = proposeSpotCheckSample({ projectId, period: period.key, ratePercent, repairRecords, spotChecksPlanned, eligibleIds, checkedIds: checked });
  const rows = sample.drawOrder.length ? await em.find(Callback, { id: { $in: sample.drawOrder } }) : [];
  const byId = new Map(rows.map((c) => [c.id, c]));
  const inOrder = (ids: number[]) => ids.map((id) => byId.get(id)).filter((c): c is Callback => Boolean(c));
  const spotChecks = await em.find(
    Callback,
    { project: projectId, purpose: CallbackPurpose.SPOT_CHECK, spotCheckOf: { $ne: null }, anchorDate: { $gte: period.from, $lte: period.to } },
    { orderBy: { serialYear: 'asc', serialNumber: 'asc' } },
  );
  return {
    project,
    period: period.key,
    ratePercent,
    records: eligibleIds.length,
    repairRecords,
    quota: sample.quota,
    notYetRecorded: sample.notYetRecorded,
    planned: spotChecksPlanned,
    stillToPlan: sample.stillToPlan,
    proposed: inOrder(sample.proposedIds),
    others: inOrder(sample.drawOrder.slice(sample.proposedIds.length)),
    spotChecks,
  };
}

export interface PlanSpotChecksCommand {
  projectId: number;
  period: PeriodRange;
  callbackIds: number[];
}

/**
 * 安排抽查: one SPOT_CHECK callback per chosen record, assigned to the supervisor, anchored like the original (so it
 * counts in the same period), its window from today for a month (seed 004's stage). All or nothing: one refused record
 * (field ["callbackIds", i]) plans none. The originals are locked, so two supervisors never plan the same record twice.
 */
export async function planSpotChecks(em: EntityManager, viewer: Viewer, input: PlanSpotChecksCommand, now = new Date()): Promise<Callback[]> {
  if (!input.callbackIds.length) throw DomainError.of(ErrorCode.BAD_USER_INPUT, 'callbackIds', msg('spotCheck.noneChosen'));
  return em.transactional(async (tx) => {
    await assertOpen(tx, input.projectId, { from: input.period.from, to: input.period.to }, 'period');
    const originals = await tx.find(
      Callback,
      { id: { $in: [...new Set(input.callbackIds)] } },
      { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' }, populate: ['ticket'] },
    );
    const byId = new Map(originals.map((c) => [c.id, c]));
    const checked = await checkedIds(tx, originals.map((c) => c.id));
    const seen = new Set<number>();
    const failures: Failure[] = [];
    for (const [index, id] of input.callbackIds.entries()) {
      const original = byId.get(id);
      const refusal = spotCheckRefusal(
        original
          ? {
              projectId: original.project.id, anchorDate: original.anchorDate, serialCode: original.serialCode,
              purpose: original.purpose, kind: original.ticket.getEntity().kind, status: original.status,
            }
          : null,
        { projectId: input.projectId, period: input.period },
        checked.has(id) || seen.has(id),
      );
      seen.add(id);
      if (refusal) failures.push(failure(refusal.code, ['callbackIds', String(index)], refusal.message));
    }
    if (failures.length) throw new DomainError(failures);
    const project = await tx.findOneOrFail(Project, input.projectId);
    const today = toLocalDate(now);
    const created: Callback[] = [];
    for (const id of input.callbackIds) {
      const original = byId.get(id)!;
      created.push(await createCallbackRow(tx, {
        project, ticket: original.ticket.getEntity(), stageIndex: null, purpose: CallbackPurpose.SPOT_CHECK, anchor: original.anchor,
        window: { anchorDate: original.anchorDate, from: today, to: addMonths(today, 1) },
        assigneeId: viewer.user.id, coAssigneeId: null, actorId: viewer.user.id, spotCheckOfId: original.id, now,
      }));
    }
    return created;
  });
}
