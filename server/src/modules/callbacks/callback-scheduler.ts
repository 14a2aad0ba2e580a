import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Anchor, CallbackPurpose, CallbackStatus, formatSerialCode, periodOf, Role, SamplingOutcome, TicketKind, toLocalDate,
} from '@hf/shared';
import { COUNTER_SCOPE, nextSequence } from '../numbering/code-counter';
import { CallbackPolicy } from '../policies/callback-policy.entity';
import { Project } from '../projects/project.entity';
import type { Ticket } from '../tickets/ticket.entity';
import { User } from '../users/user.entity';
import { assignCallback, StaffMember } from './assignment';
import { Callback } from './callback.entity';
import { respectsMinimumGap } from './minimum-gap';
import { isSelected } from './sampling';
import { callbackWindow, CallbackWindow } from './window';

export async function projectStaff(em: EntityManager, projectId: number): Promise<StaffMember[]> {
  const rows = await em.execute<{ id: number; role: Role; department_id: number | null; open: string }[]>(
    `select u.id, u.role, u.department_id, count(c.id) as open
       from app_user u
       join user_project up on up.user_id = u.id and up.project_id = ?
       left join callback c on c.assignee_id = u.id and c.status = 'PLANNED'
      where u.active
      group by u.id
      order by u.id`,
    [projectId],
  );
  return rows.map((r) => ({ id: r.id, role: r.role, departmentId: r.department_id, openCallbacks: Number(r.open) }));
}

/** A new row of 《业主回访记录表》 with the next serial code of its project and year (same transaction). */
export async function createCallbackRow(
  em: EntityManager,
  data: {
    project: Project;
    ticket: Ticket;
    stageIndex: number | null;
    purpose: CallbackPurpose;
    anchor: Anchor;
    window: CallbackWindow;
    assigneeId: number | null;
    coAssigneeId: number | null;
    actorId: number | null;
    /** 抽查回访: the record a planned spot check re-checks */
    spotCheckOfId?: number | null;
    now?: Date;
  },
): Promise<Callback> {
  const now = data.now ?? new Date();
  const year = Number(toLocalDate(now).slice(0, 4));
  const sequence = await nextSequence(em, data.project.id, COUNTER_SCOPE.callback, String(year));
  const callback = em.create(Callback, {
    project: data.project,
    serialCode: formatSerialCode(data.project.code, year, sequence),
    serialYear: year,
    serialNumber: sequence,
    ticket: data.ticket,
    stageIndex: data.stageIndex,
    purpose: data.purpose,
    anchor: data.anchor,
    anchorDate: data.window.anchorDate,
    windowFrom: data.window.from,
    windowTo: data.window.to,
    assignee: data.assigneeId ? em.getReference(User, data.assigneeId) : null,
    coAssignee: data.coAssigneeId ? em.getReference(User, data.coAssigneeId) : null,
    status: CallbackStatus.PLANNED,
    spotCheckOf: data.spotCheckOfId ? em.getReference(Callback, data.spotCheckOfId) : null,
    createdBy: data.actorId ? em.getReference(User, data.actorId) : null,
    createdAt: now,
    updatedAt: now,
  });
  await em.flush();
  return callback;
}

async function tally(
  em: EntityManager,
  key: { projectId: number; kind: string; severity: string; stageIndex: number; period: string },
): Promise<{ completed: number; selected: number }> {
  const rows = await em.execute<{ completed: number; selected: number }[]>(
    `insert into sampling_tally (project_id, kind, severity, stage_index, period, completed, selected)
     values (?, ?, ?, ?, ?, 1, 0)
     on conflict (project_id, kind, severity, stage_index, period)
       do update set completed = sampling_tally.completed + 1
     returning completed, selected`,
    [key.projectId, key.kind, key.severity, key.stageIndex, key.period],
  );
  return rows[0];
}

async function ownerCallbackDates(em: EntityManager, ownerId: number): Promise<string[]> {
  const rows = await em.execute<{ window_from: string }[]>(
    `select to_char(c.window_from, 'YYYY-MM-DD') as window_from
       from callback c join ticket t on t.id = c.ticket_id
      where t.owner_id = ? and c.status <> 'VOIDED'`,
    [ownerId],
  );
  return rows.map((r) => r.window_from);
}

/**
 * Why a stage of the policy did or did not call this ticket back: the clerk who completes a ticket sees
 * "未抽中回访（维修 30%，本季度已选 4/25）" and may add a callback by hand.
 */
export interface SamplingDecision {
  stageIndex: number;
  purpose: CallbackPurpose;
  ratePercent: number;
  /** the period of the tally (the anchor's quarter or month) */
  period: string;
  /** tickets of this kind completed in the period, this one included */
  completed: number;
  /** callbacks the sampling has selected in the period, after this decision */
  selected: number;
  outcome: SamplingOutcome;
}

/**
 * On completion: for every stage of the ticket's policy, count the ticket towards its period's tally and
 * create a callback when systematic sampling selects it (and the owner was not called too recently).
 * Every stage's decision comes back with the callbacks (none without a policy).
 */
export async function scheduleCallbacks(
  em: EntityManager,
  ticket: Ticket,
  actorId: number | null,
): Promise<{ callbacks: Callback[]; sampling: SamplingDecision[] }> {
  const project = await em.findOneOrFail(Project, ticket.project.id);
  const policy = await em.findOne(CallbackPolicy, {
    project: project.id,
    kind: ticket.kind,
    severity: ticket.kind === TicketKind.COMPLAINT ? ticket.severity : null,
  });
  if (!policy) return { callbacks: [], sampling: [] };
  const created: Callback[] = [];
  const sampling: SamplingDecision[] = [];
  let staff: StaffMember[] | null = null;
  for (const [stageIndex, stage] of policy.stages.entries()) {
    const window = callbackWindow(stage, ticket);
    if (!window) continue;
    const key = {
      projectId: project.id,
      kind: ticket.kind,
      severity: ticket.severity ?? '',
      stageIndex,
      period: periodOf(window.anchorDate, project.statisticsPeriod),
    };
    const counts = await tally(em, key);
    const decision = { stageIndex, purpose: stage.purpose, ratePercent: stage.ratePercent, period: key.period, completed: counts.completed, selected: counts.selected };
    if (!isSelected(stage.ratePercent, counts.completed, counts.selected)) {
      sampling.push({ ...decision, outcome: SamplingOutcome.NOT_SAMPLED });
      continue;
    }
    if (stage.ratePercent < 100 && stage.purpose === CallbackPurpose.REGULAR) {
      const others = await ownerCallbackDates(em, ticket.owner.id);
      // the quota still holds: the next completed ticket of the period is selected instead
      if (!respectsMinimumGap(ticket.kind, window.from, others, project.minGapDays)) {
        sampling.push({ ...decision, outcome: SamplingOutcome.MINIMUM_GAP });
        continue;
      }
    }
    sampling.push({ ...decision, selected: counts.selected + 1, outcome: SamplingOutcome.SELECTED });
    await em.execute(
      `update sampling_tally set selected = selected + 1
        where project_id = ? and kind = ? and severity = ? and stage_index = ? and period = ?`,
      [key.projectId, key.kind, key.severity, key.stageIndex, key.period],
    );
    staff ??= await projectStaff(em, project.id);
    const department = ticket.department ? ticket.department.id : null;
    const assignment = assignCallback({ kind: ticket.kind, severity: ticket.severity, departmentId: department }, stage.performerRole, staff);
    const callback = await createCallbackRow(em, {
      project, ticket, stageIndex, purpose: stage.purpose, anchor: stage.anchor, window, ...assignment, actorId,
    });
    const assignee = staff.find((s) => s.id === assignment.assigneeId);
    if (assignee) assignee.openCallbacks += 1;
    created.push(callback);
  }
  return { callbacks: created, sampling };
}
