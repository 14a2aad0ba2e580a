"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateStages = validateStages;
exports.applyPreset = applyPreset;
exports.applyPresetForViewer = applyPresetForViewer;
exports.updatePolicyStages = updatePolicyStages;
const shared_1 = require("@hf/shared");
const user_error_1 = require("../../graphql/user-error");
const project_entity_1 = require("../projects/project.entity");
const access_1 = require("../users/access");
const callback_policy_entity_1 = require("./callback-policy.entity");
/** A policy stage must make sense: a window that closes after it opens, a rate in 0–100, a performer who calls. */
function validateStages(stages) {
    const errors = [];
    if (stages.length === 0)
        errors.push({ field: 'stages', code: shared_1.ErrorCode.BAD_USER_INPUT, message: '至少需要一个阶段 (at least one stage)' });
    if (stages.length > 10)
        errors.push({ field: 'stages', code: shared_1.ErrorCode.BAD_USER_INPUT, message: '最多 10 个阶段 (at most 10 stages)' });
    stages.forEach((stage, i) => {
        const bad = (field, message) => errors.push({ field: `stages.${i}.${field}`, code: shared_1.ErrorCode.BAD_USER_INPUT, message });
        if (!Number.isInteger(stage.ratePercent) || stage.ratePercent < 0 || stage.ratePercent > 100)
            bad('ratePercent', '回访率须在 0–100 之间 (rate must be 0–100)');
        if (!Number.isInteger(stage.fromOffset) || stage.fromOffset < 0 || stage.fromOffset > 366)
            bad('fromOffset', '期限须在 0–366 之间 (offset must be 0–366)');
        if (!Number.isInteger(stage.toOffset) || stage.toOffset < stage.fromOffset || stage.toOffset > 366)
            bad('toOffset', '期限结束须不早于开始 (window must close after it opens)');
        if ([shared_1.Role.AUDITOR, shared_1.Role.ADMIN].includes(stage.performerRole))
            bad('performerRole', '该角色不执行回访 (this role does not perform callbacks)');
    });
    return errors;
}
/** Writes a preset's policies for a project (one per kind and complaint severity), replacing stages in place. */
async function applyPreset(em, project, name) {
    const policies = [];
    for (const preset of (0, shared_1.policyPreset)(name)) {
        const existing = await em.findOne(callback_policy_entity_1.CallbackPolicy, { project: project.id, kind: preset.kind, severity: preset.severity });
        const policy = existing ?? em.create(callback_policy_entity_1.CallbackPolicy, { project, kind: preset.kind, severity: preset.severity, stages: [], updatedAt: new Date() });
        policy.stages = preset.stages.map((s) => ({ ...s }));
        policy.preset = name;
        policies.push(policy);
    }
    await em.flush();
    return policies;
}
async function applyPresetForViewer(em, viewer, projectGlobalId, name) {
    const projectId = (0, access_1.parseId)(projectGlobalId, 'Project', 'projectId');
    if (!viewer.projectIds.includes(projectId))
        throw (0, user_error_1.notFound)('projectId');
    return em.transactional(async (tx) => applyPreset(tx, await tx.findOneOrFail(project_entity_1.Project, projectId), name));
}
async function updatePolicyStages(em, viewer, input) {
    const errors = validateStages(input.stages);
    if (errors.length)
        throw user_error_1.DomainError.fromFieldErrors(errors);
    return em.transactional(async (tx) => {
        const policy = await tx.findOne(callback_policy_entity_1.CallbackPolicy, { id: (0, access_1.parseId)(input.id, 'CallbackPolicy', 'id') });
        if (!policy || !viewer.projectIds.includes(policy.project.id))
            throw (0, user_error_1.notFound)();
        if (policy.version !== input.version)
            throw (0, user_error_1.conflict)();
        if (policy.kind === shared_1.TicketKind.COMPLAINT && input.stages.some((s) => s.ratePercent < 100)) {
            throw user_error_1.DomainError.of(shared_1.ErrorCode.BAD_USER_INPUT, 'stages', '投诉回访率须为 100% (回访标准规程 4.1.2a: complaints are always called back)');
        }
        policy.stages = input.stages.map((s) => ({ ...s }));
        policy.preset = null;
        return policy;
    });
}
//# sourceMappingURL=policy.service.js.map