"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateApiTokenRequest = validateApiTokenRequest;
exports.createApiToken = createApiToken;
exports.revokeApiToken = revokeApiToken;
exports.looksLikeApiToken = looksLikeApiToken;
exports.callerForApiToken = callerForApiToken;
const node_crypto_1 = __importDefault(require("node:crypto"));
const shared_1 = require("@hf/shared");
const user_error_1 = require("../../graphql/user-error");
const project_entity_1 = require("../projects/project.entity");
const access_1 = require("../users/access");
const user_entity_1 = require("../users/user.entity");
const api_token_entity_1 = require("./api-token.entity");
const sha256 = (secret) => node_crypto_1.default.createHash('sha256').update(secret).digest('hex');
/** last_used_at is written at most once a minute per token, so busy integrations don't write on every request */
const LAST_USED_RESOLUTION_MS = 60_000;
function validateApiTokenRequest(input, now = new Date()) {
    const errors = [];
    const name = input.name?.trim() ?? '';
    if (!name)
        errors.push({ field: 'name', code: shared_1.ErrorCode.BAD_USER_INPUT, message: '请填写名称 (name is required)' });
    if (Array.from(name).length > 100)
        errors.push({ field: 'name', code: shared_1.ErrorCode.BAD_USER_INPUT, message: '名称最多 100 字 (at most 100 characters)' });
    if (!input.scopes?.length)
        errors.push({ field: 'scopes', code: shared_1.ErrorCode.BAD_USER_INPUT, message: '至少选择一项权限 (at least one scope)' });
    else if (input.scopes.some((s) => !shared_1.ALL_API_SCOPES.includes(s)))
        errors.push({ field: 'scopes', code: shared_1.ErrorCode.BAD_USER_INPUT, message: '未知权限 (unknown scope)' });
    else if (input.scopes.length === 1 && input.scopes[0] === shared_1.ApiScope.PII_READ) {
        errors.push({ field: 'scopes', code: shared_1.ErrorCode.BAD_USER_INPUT, message: 'pii:read 需配合读取权限 (pii:read only widens a read scope)' });
    }
    if (input.projectIds && input.projectIds.length === 0) {
        errors.push({ field: 'projectIds', code: shared_1.ErrorCode.BAD_USER_INPUT, message: '留空表示全部项目，或至少选一个项目 (leave empty for all projects or pick at least one)' });
    }
    if (input.projectIds && input.projectIds.length > 200)
        errors.push({ field: 'projectIds', code: shared_1.ErrorCode.BAD_USER_INPUT, message: '项目过多 (too many projects)' });
    if (input.expiresAt && input.expiresAt.getTime() <= now.getTime()) {
        errors.push({ field: 'expiresAt', code: shared_1.ErrorCode.BAD_USER_INPUT, message: '到期时间须在将来 (must be in the future)' });
    }
    return errors;
}
/** Creates a token; the secret is returned here once and never again (only its SHA-256 is kept). */
async function createApiToken(em, viewer, input, now = new Date()) {
    const errors = validateApiTokenRequest(input, now);
    if (errors.length)
        throw user_error_1.DomainError.fromFieldErrors(errors);
    const projectIds = input.projectIds ? [...new Set(input.projectIds.map((id, i) => (0, access_1.parseId)(id, 'Project', `projectIds.${i}`)))].sort((a, b) => a - b) : null;
    return em.transactional(async (tx) => {
        if (projectIds) {
            const found = await tx.find(project_entity_1.Project, { id: { $in: projectIds } }, { fields: ['id'] });
            if (found.length !== projectIds.length)
                throw (0, user_error_1.notFound)('projectIds');
        }
        const secret = `${shared_1.API_TOKEN_PREFIX}${node_crypto_1.default.randomBytes(30).toString('base64url')}`;
        const apiToken = tx.create(api_token_entity_1.ApiToken, {
            name: input.name.trim(),
            tokenHash: sha256(secret),
            tokenHint: `${shared_1.API_TOKEN_PREFIX}…${secret.slice(-4)}`,
            scopes: [...new Set(input.scopes)].sort(),
            projectIds,
            createdBy: tx.getReference(user_entity_1.User, viewer.user.id),
            createdAt: now,
            expiresAt: input.expiresAt ?? null,
        });
        await tx.flush();
        return { apiToken, secret };
    });
}
async function revokeApiToken(em, viewer, input, now = new Date()) {
    return em.transactional(async (tx) => {
        const apiToken = await tx.findOne(api_token_entity_1.ApiToken, { id: (0, access_1.parseId)(input.id, 'ApiToken', 'id') });
        if (!apiToken)
            throw (0, user_error_1.notFound)();
        if (apiToken.version !== input.version)
            throw (0, user_error_1.conflict)();
        if (apiToken.revokedAt)
            throw user_error_1.DomainError.of(shared_1.ErrorCode.INVALID_STATE, 'id', '令牌已吊销 (already revoked)');
        apiToken.revokedAt = now;
        apiToken.revokedBy = tx.getReference(user_entity_1.User, viewer.user.id, { wrapped: true });
        return apiToken;
    });
}
function looksLikeApiToken(bearer) {
    return bearer.startsWith(shared_1.API_TOKEN_PREFIX);
}
/** The system behind a bearer token: its scopes and projects; null when unknown, revoked or expired. */
async function callerForApiToken(em, secret, now = new Date()) {
    if (secret.length > 200)
        return null;
    const apiToken = await em.findOne(api_token_entity_1.ApiToken, { tokenHash: sha256(secret), revokedAt: null });
    if (!apiToken || (apiToken.expiresAt && apiToken.expiresAt <= now))
        return null;
    const projectIds = apiToken.projectIds ?? (await em.find(project_entity_1.Project, {}, { fields: ['id'], orderBy: { id: 'asc' } })).map((p) => p.id);
    if (!apiToken.lastUsedAt || now.getTime() - apiToken.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
        // bookkeeping, not a change of the token: no history row, no version bump
        await em.getConnection().execute('update api_token set last_used_at = ? where id = ?', [now, apiToken.id]);
    }
    return {
        token: { id: apiToken.id, name: apiToken.name, scopes: apiToken.scopes },
        projectIds,
        piiProjectIds: apiToken.scopes.includes(shared_1.ApiScope.PII_READ) ? projectIds : [],
    };
}
//# sourceMappingURL=api-token.service.js.map