"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.hashPassword = hashPassword;
exports.signIn = signIn;
exports.signOut = signOut;
exports.viewerForToken = viewerForToken;
exports.assignedProjectIds = assignedProjectIds;
exports.visibleProjectIds = visibleProjectIds;
const node_crypto_1 = __importDefault(require("node:crypto"));
const bcryptjs_1 = __importDefault(require("bcryptjs"));
const shared_1 = require("@hf/shared");
const project_entity_1 = require("../projects/project.entity");
const user_entity_1 = require("./user.entity");
const sha256 = (token) => node_crypto_1.default.createHash('sha256').update(token).digest('hex');
async function hashPassword(password) {
    return bcryptjs_1.default.hash(password, 10);
}
// a fixed hash to compare against when the user does not exist, so both paths take as long
const DUMMY_HASH = bcryptjs_1.default.hashSync('not-a-password', 10);
/** Checks a username and password; on success opens a session and returns its token (shown once). */
async function signIn(em, username, password, ttlHours) {
    const user = await em.findOne(user_entity_1.User, { username, active: true }, { populate: ['passwordHash'] });
    const ok = await bcryptjs_1.default.compare(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok)
        return null;
    const token = node_crypto_1.default.randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + ttlHours * 3_600_000);
    em.create(user_entity_1.Session, { tokenHash: sha256(token), user, expiresAt, createdAt: new Date() });
    await em.flush();
    return { token, user, expiresAt };
}
async function signOut(em, token) {
    await em.nativeUpdate(user_entity_1.Session, { tokenHash: sha256(token), revokedAt: null }, { revokedAt: new Date() });
}
/**
 * The person behind a session token, with the projects they may see: one statement (session, user, assigned
 * projects, and every project for auditors and admins), since every request asks it first.
 */
async function viewerForToken(em, token) {
    const meta = em.getMetadata().get(user_entity_1.User.name);
    const userColumns = meta.props
        .filter((p) => p.persist !== false && !p.lazy && p.fieldNames?.length && (p.kind === 'scalar' || p.kind === 'm:1'))
        .flatMap((p) => p.fieldNames.map((f) => `u."${f}"`));
    const [row] = await em.getConnection().execute(`select ${userColumns.join(', ')},
            array(select up.project_id from user_project up where up.user_id = u.id order by up.project_id) as "assigned$",
            case when u.role in (?) then array(select p.id from project p order by p.id) end as "all$"
       from session s
       join app_user u on u.id = s.user_id
      where s.token_hash = ? and s.revoked_at is null and s.expires_at > ? and u.active`, [[...shared_1.ALL_PROJECT_ROLES], sha256(token), new Date()]);
    if (!row)
        return null;
    const { assigned$: assigned, all$: all, ...columns } = row;
    const user = em.map(user_entity_1.User, columns);
    return { user, projectIds: all ?? assigned, piiProjectIds: assigned };
}
/** The projects a person is staff of (user_project): only there do they see residents' personal data. */
async function assignedProjectIds(em, user) {
    const rows = await em.getConnection().execute('select project_id from user_project where user_id = ? order by project_id', [user.id]);
    return rows.map((r) => r.project_id);
}
async function visibleProjectIds(em, user) {
    if (shared_1.ALL_PROJECT_ROLES.includes(user.role)) {
        const all = await em.find(project_entity_1.Project, {}, { fields: ['id'], orderBy: { id: 'asc' } });
        return all.map((p) => p.id);
    }
    return assignedProjectIds(em, user);
}
//# sourceMappingURL=session.service.js.map