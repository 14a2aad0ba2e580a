"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEMO_USERS = exports.DEMO_PASSWORD = void 0;
exports.seedDemoDataIfEmpty = seedDemoDataIfEmpty;
exports.seedOrganisation = seedOrganisation;
const shared_1 = require("@hf/shared");
const actor_1 = require("../modules/audit/actor");
const callback_service_1 = require("../modules/callbacks/callback.service");
const policy_service_1 = require("../modules/policies/policy.service");
const project_entity_1 = require("../modules/projects/project.entity");
const ticket_service_1 = require("../modules/tickets/ticket.service");
const session_service_1 = require("../modules/users/session.service");
const user_entity_1 = require("../modules/users/user.entity");
const ticket_entity_1 = require("../modules/tickets/ticket.entity");
const node_1 = require("../graphql/node");
exports.DEMO_PASSWORD = 'demo1234';
/** The demo logins, also listed in README.md. */
exports.DEMO_USERS = [
    { username: 'admin', displayName: '系统管理员', role: shared_1.Role.ADMIN, projects: [] },
    { username: 'auditor', displayName: '品质部 吴敏', role: shared_1.Role.AUDITOR, projects: [] },
    { username: 'zhangli', displayName: '张丽', role: shared_1.Role.CLERK, projects: ['A01'] },
    { username: 'wangfang', displayName: '王芳', role: shared_1.Role.CLERK, projects: ['A01'] },
    { username: 'liqiang', displayName: '李强', role: shared_1.Role.SUPERVISOR, projects: ['A01'] },
    { username: 'zhaogang', displayName: '赵刚', role: shared_1.Role.DEPARTMENT_SUPERVISOR, projects: ['A01'], department: '工程部' },
    { username: 'chenjie', displayName: '陈杰', role: shared_1.Role.PROJECT_MANAGER, projects: ['A01'] },
    { username: 'liumei', displayName: '刘梅', role: shared_1.Role.CLERK, projects: ['B02'] },
    { username: 'sunwei', displayName: '孙伟', role: shared_1.Role.SUPERVISOR, projects: ['B02'] },
    { username: 'hejun', displayName: '何军', role: shared_1.Role.DEPARTMENT_SUPERVISOR, projects: ['B02'], department: '秩序维护部' },
    { username: 'zhoumin', displayName: '周敏', role: shared_1.Role.PROJECT_MANAGER, projects: ['B02'] },
];
const DEPARTMENTS = ['工程部', '秩序维护部', '保洁部', '绿化部', '客服部'];
/** Deterministic pseudo-random numbers, so the demo quarter is the same on every machine. */
function random(seed) {
    let a = seed;
    const next = () => {
        a = (a + 0x6d2b79f5) | 0;
        let t = Math.imul(a ^ (a >>> 15), 1 | a);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    return {
        next,
        int: (min, max) => min + Math.floor(next() * (max - min + 1)),
        pick: (items) => items[Math.floor(next() * items.length)],
    };
}
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高'.split('');
const GIVEN = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀兰', '霞'];
const REPAIRS = [
    ['水管漏水', '厨房水管接口漏水，需更换'], ['下水道堵塞', '卫生间下水道堵塞'], ['电路故障', '客厅插座无电'],
    ['门窗维修', '阳台推拉门滑轮损坏'], ['墙面渗水', '卧室外墙渗水发霉'], ['灯具更换', '楼道感应灯不亮'], ['水管漏水', '热水器进水管滴水'],
];
const COMPLAINTS = [
    ['秩序维护部', '夜间车辆乱停，堵塞消防通道'], ['保洁部', '楼道垃圾未及时清运'], ['工程部', '报修三天无人上门'],
    ['秩序维护部', '装修噪音超时施工'], ['绿化部', '绿化带修剪后枝叶未清理'], ['客服部', '前台接待态度冷淡'],
];
const OTHERS = {
    HELP: ['代收快递后未通知', '老人忘带钥匙请求开锁协助', '借用梯子'],
    EMERGENCY: ['老人在家摔倒，协助送医', '电梯困人救援'],
    ACTIVITY: ['中秋游园会', '社区义诊活动', '《物业通讯》第三期派发'],
    OTHER: ['装修手续咨询', '车位租赁咨询'],
    SPECIAL_SERVICE: ['家政保洁包月服务', '空调清洗特约服务'],
};
async function seedDemoDataIfEmpty(em, now = new Date()) {
    if ((await em.count(project_entity_1.Project)) > 0)
        return false;
    await actor_1.actorStorage.run({ userId: null }, () => seedDemoData(em, now));
    return true;
}
async function seedDemoData(em, now) {
    const projects = await seedOrganisation(em, now);
    for (const [index, project] of projects.entries())
        await seedQuarter(em, project, now, 20261122 + index);
}
/** The company: projects A01 (standard policy) and B02 (seed 001 rates), departments, a login of every role. */
async function seedOrganisation(em, now = new Date()) {
    return em.transactional(async (tx) => {
        const a = tx.create(project_entity_1.Project, { code: 'A01', name: '阳光花园', companyName: '华信物业服务有限公司', createdAt: now });
        const b = tx.create(project_entity_1.Project, { code: 'B02', name: '翠湖苑', companyName: '华信物业服务有限公司', createdAt: now });
        const departments = new Map();
        for (const project of [a, b]) {
            for (const name of DEPARTMENTS)
                departments.set(`${project.code}:${name}`, tx.create(project_entity_1.Department, { project, name }));
        }
        await tx.flush();
        const passwordHash = await (0, session_service_1.hashPassword)(exports.DEMO_PASSWORD);
        for (const spec of exports.DEMO_USERS) {
            const user = tx.create(user_entity_1.User, {
                username: spec.username, displayName: spec.displayName, role: spec.role, passwordHash, createdAt: now,
                department: spec.department ? departments.get(`${spec.projects[0]}:${spec.department}`) : null,
            });
            for (const code of spec.projects)
                user.projects.add(code === 'A01' ? a : b);
        }
        await (0, policy_service_1.applyPreset)(tx, a, shared_1.PolicyPresetName.STANDARD_000);
        await (0, policy_service_1.applyPreset)(tx, b, shared_1.PolicyPresetName.RAISED_001);
        await tx.flush();
        return [a, b];
    });
}
async function viewerOf(em, username, projectId) {
    return { user: await em.findOneOrFail(user_entity_1.User, { username }), projectIds: [projectId] };
}
/** About three months of tickets, completed and called back the way a real service centre would. */
async function seedQuarter(em, project, now, seed) {
    const rnd = random(seed);
    const [clerkName, supervisorName, managerName] = project.code === 'A01' ? ['zhangli', 'liqiang', 'chenjie'] : ['liumei', 'sunwei', 'zhoumin'];
    const clerk = await viewerOf(em, clerkName, project.id);
    const supervisor = await viewerOf(em, supervisorName, project.id);
    const manager = await viewerOf(em, managerName, project.id);
    const today = (0, shared_1.toLocalDate)(now);
    const projectGlobalId = (0, node_1.encodeGlobalId)('Project', project.id);
    const units = Array.from({ length: 40 }, () => `${rnd.int(1, 12)}-${rnd.int(1, 3)}-${rnd.int(2, 28)}0${rnd.int(1, 4)}`);
    const owners = units.map((unit) => ({ unit, name: rnd.pick(SURNAMES) + rnd.pick(GIVEN), phone: `1${rnd.pick(['38', '39', '58', '86', '37'])}${String(rnd.int(0, 99999999)).padStart(8, '0')}` }));
    const kinds = [
        ...Array(12).fill(shared_1.TicketKind.COMPLAINT), ...Array(40).fill(shared_1.TicketKind.REPAIR), ...Array(10).fill(shared_1.TicketKind.HELP),
        ...Array(3).fill(shared_1.TicketKind.EMERGENCY), ...Array(6).fill(shared_1.TicketKind.ACTIVITY), ...Array(4).fill(shared_1.TicketKind.SPECIAL_SERVICE),
        ...Array(5).fill(shared_1.TicketKind.OTHER),
    ];
    for (let i = 0; i < kinds.length; i++) {
        const kind = kinds[i];
        const owner = i % 9 === 0 ? owners[0] : rnd.pick(owners); // one household that calls often (repeated complaints/repairs)
        const receivedOn = (0, shared_1.addDays)(today, -rnd.int(2, 95));
        const receivedAt = new Date((0, shared_1.startOfLocalDate)(receivedOn).getTime() + rnd.int(8 * 60, 18 * 60) * 60_000);
        const repair = kind === shared_1.TicketKind.REPAIR ? (i % 9 === 0 ? REPAIRS[0] : rnd.pick(REPAIRS)) : null;
        const complaint = kind === shared_1.TicketKind.COMPLAINT ? rnd.pick(COMPLAINTS) : null;
        const contractStart = kind === shared_1.TicketKind.SPECIAL_SERVICE ? receivedOn : null;
        const ticket = await (0, ticket_service_1.createTicket)(em.fork(), clerk, {
            projectId: projectGlobalId,
            kind,
            severity: complaint ? (i % 6 === 0 ? shared_1.ComplaintSeverity.MAJOR : shared_1.ComplaintSeverity.GENERAL) : null,
            ownerName: owner.name,
            unit: owner.unit,
            phone: owner.phone,
            channel: rnd.pick([shared_1.Channel.PHONE, shared_1.Channel.PHONE, shared_1.Channel.VISIT, shared_1.Channel.ONLINE]),
            department: complaint ? complaint[0] : repair ? '工程部' : null,
            category: repair ? repair[0] : complaint ? '服务投诉' : null,
            summary: repair ? repair[1] : complaint ? complaint[1] : rnd.pick(OTHERS[kind]),
            receivedAt,
            contractStart,
            contractEnd: contractStart ? (0, shared_1.addDays)(contractStart, 60) : null,
        }, now);
        if (rnd.next() < 0.1)
            continue; // still open
        const completedAt = new Date(Math.min(receivedAt.getTime() + rnd.int(2, 72) * 3_600_000, now.getTime() - 3_600_000));
        const { callbacks } = await (0, ticket_service_1.completeTicket)(em.fork(), clerk, {
            id: ticket.nodeId, version: ticket.version, completedAt,
            handler: repair ? rnd.pick(['维修工 老陈', '维修工 小李']) : rnd.pick(['客服 张丽', '秩序维护 王队']),
            handlingResult: repair ? '已更换配件并试水正常' : '已处理并向业主说明',
        }, now);
        for (const callback of callbacks)
            await seedCallbackWork(em, callback, { clerk, supervisor, manager }, rnd, now);
    }
}
async function seedCallbackWork(em, callback, people, rnd, now) {
    const today = (0, shared_1.toLocalDate)(now);
    if (callback.windowFrom > today || rnd.next() < 0.15)
        return; // not yet due, or forgotten (becomes overdue)
    const performedOn = callback.windowTo < today ? (0, shared_1.addDays)(callback.windowFrom, rnd.int(0, 2)) : callback.windowFrom;
    const ticket = await em.fork().findOneOrFail(ticket_entity_1.Ticket, callback.ticket.id);
    const performedAt = new Date(Math.min(Math.max((0, shared_1.startOfLocalDate)(performedOn).getTime() + 10 * 3_600_000, ticket.completedAt.getTime() + 3_600_000), now.getTime() - 60_000));
    const roll = rnd.next();
    const satisfaction = roll < 0.45 ? shared_1.Satisfaction.VERY_SATISFIED : roll < 0.8 ? shared_1.Satisfaction.SATISFIED : roll < 0.92 ? shared_1.Satisfaction.BASICALLY_SATISFIED : shared_1.Satisfaction.UNSATISFIED;
    const unqualified = satisfaction === shared_1.Satisfaction.UNSATISFIED;
    const performer = { ...people.clerk, user: callback.assignee ? await em.fork().findOneOrFail(user_entity_1.User, callback.assignee.id) : people.clerk.user };
    const done = await (0, callback_service_1.recordCallbackResult)(em.fork(), performer.user.role === shared_1.Role.CLERK || performer.user.role === shared_1.Role.PROJECT_MANAGER || performer.user.role === shared_1.Role.DEPARTMENT_SUPERVISOR || performer.user.role === shared_1.Role.SUPERVISOR ? performer : people.clerk, {
        id: callback.nodeId,
        version: callback.version,
        methods: rnd.next() < 0.7 ? [shared_1.CallbackMethod.PHONE] : [shared_1.CallbackMethod.PHONE, shared_1.CallbackMethod.ON_SITE],
        performedAt,
        qualityEvaluation: unqualified ? '问题未彻底解决' : rnd.pick(['维修质量良好', '处理到位', '效果满意']),
        serviceEvaluation: unqualified ? '响应较慢' : rnd.pick(['服务及时', '态度热情', '沟通顺畅']),
        satisfaction,
        satisfactionScore: unqualified ? rnd.int(3, 5) : rnd.int(7, 10),
        shortcomings: unqualified ? '处理不及时；问题未彻底解决' : null,
        suggestions: rnd.next() < 0.3 ? rnd.pick(['希望加强夜间巡逻', '建议增加维修人员', '希望提前电话告知上门时间']) : null,
        result: unqualified ? shared_1.CallbackResult.UNQUALIFIED : shared_1.CallbackResult.QUALIFIED,
        ownerConfirmation: rnd.next() < 0.8 ? shared_1.OwnerConfirmation.CONFIRMED_BY_PHONE : shared_1.OwnerConfirmation.SIGNED,
    }, now);
    if (rnd.next() < 0.3)
        return; // waiting for review
    const reviewed = await (0, callback_service_1.reviewCallback)(em.fork(), people.supervisor, { id: done.nodeId, version: done.version, opinion: unqualified ? '回访不合格，上报项目经理' : '记录完整，同意' }, now);
    if (reviewed.status === shared_1.CallbackStatus.ESCALATED && rnd.next() < 0.6) {
        await (0, callback_service_1.writeHandlingOpinion)(em.fork(), people.manager, { id: reviewed.nodeId, version: reviewed.version, opinion: '责成相关部门三日内返修并再次回访', followUp: '已安排复查' }, now);
    }
}
//# sourceMappingURL=seed.js.map