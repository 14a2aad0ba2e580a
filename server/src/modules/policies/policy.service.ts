import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, FieldError, isCallbackPerformer, PolicyPresetName, policyPreset, PolicyStage, TicketKind } from '@hf/shared';
import { DomainError } from '../../core/domain-error';
import type { Viewer } from '../../core/caller';
import { Project } from '../projects/project.entity';
import { lockForEdit } from '../../db/lock-for-edit';
import { CallbackPolicy } from './callback-policy.entity';

/** A policy stage must make sense: a window that closes after it opens, a rate in 0–100, a performer who calls. */
export function validateStages(stages: PolicyStage[]): FieldError[] {
  const errors: FieldError[] = [];
  if (stages.length === 0) errors.push({ field: 'stages', code: ErrorCode.BAD_USER_INPUT, message: '至少需要一个阶段 (at least one stage)' });
  if (stages.length > 10) errors.push({ field: 'stages', code: ErrorCode.BAD_USER_INPUT, message: '最多 10 个阶段 (at most 10 stages)' });
  stages.forEach((stage, i) => {
    const bad = (field: string, message: string) => errors.push({ field: `stages.${i}.${field}`, code: ErrorCode.BAD_USER_INPUT, message });
    if (!Number.isInteger(stage.ratePercent) || stage.ratePercent < 0 || stage.ratePercent > 100) bad('ratePercent', '回访率须在 0–100 之间 (rate must be 0–100)');
    if (!Number.isInteger(stage.fromOffset) || stage.fromOffset < 0 || stage.fromOffset > 366) bad('fromOffset', '期限须在 0–366 之间 (offset must be 0–366)');
    if (!Number.isInteger(stage.toOffset) || stage.toOffset < stage.fromOffset || stage.toOffset > 366) bad('toOffset', '期限结束须不早于开始 (window must close after it opens)');
    if (!isCallbackPerformer(stage.performerRole)) bad('performerRole', '该角色不执行回访 (this role does not perform callbacks)');
  });
  return errors;
}

/** Writes a preset's policies for a project (one per kind and complaint severity), replacing stages in place. */
export async function applyPreset(em: EntityManager, project: Project, name: PolicyPresetName): Promise<CallbackPolicy[]> {
  const policies: CallbackPolicy[] = [];
  for (const preset of policyPreset(name)) {
    const existing = await em.findOne(CallbackPolicy, { project: project.id, kind: preset.kind, severity: preset.severity });
    const policy = existing ?? em.create(CallbackPolicy, { project, kind: preset.kind, severity: preset.severity, stages: [], updatedAt: new Date() });
    policy.stages = preset.stages.map((s) => ({ ...s }));
    policy.preset = name;
    policies.push(policy);
  }
  await em.flush();
  return policies;
}

/** The admin applies a preset to a project of theirs (checked at the edge: projectInput). */
export async function applyPresetForViewer(em: EntityManager, projectId: number, name: PolicyPresetName) {
  return em.transactional(async (tx) => applyPreset(tx, await tx.findOneOrFail(Project, projectId), name));
}

export async function updatePolicyStages(em: EntityManager, viewer: Viewer, input: { id: number; version: number; stages: PolicyStage[] }) {
  const errors = validateStages(input.stages);
  if (errors.length) throw DomainError.fromFieldErrors(errors);
  return em.transactional(async (tx) => {
    const policy = await lockForEdit(tx, CallbackPolicy, viewer, input);
    if (policy.kind === TicketKind.COMPLAINT && input.stages.some((s) => s.ratePercent < 100)) {
      throw DomainError.of(ErrorCode.BAD_USER_INPUT, 'stages', '投诉回访率须为 100% (回访标准规程 4.1.2a: complaints are always called back)');
    }
    policy.stages = input.stages.map((s) => ({ ...s }));
    policy.preset = null;
    return policy;
  });
}
