import type { EntityManager } from '@mikro-orm/postgresql';
import {
  addDays, CallbackMethod, CallbackResult, CallbackStatus, Channel, ComplaintSeverity, isCallbackPerformer, OwnerConfirmation,
  PolicyPresetName, Role, Satisfaction, startOfLocalDate, TicketKind, toLocalDate,
} from '@hf/shared';
import type { Viewer } from '../core/caller';
import { actorStorage } from '../modules/audit/actor';
import { Callback } from '../modules/callbacks/callback.entity';
import { recordCallbackResult, reviewCallback, writeHandlingOpinion } from '../modules/callbacks/callback.service';
import { applyPreset } from '../modules/policies/policy.service';
import { Department, Project } from '../modules/projects/project.entity';
import { completeTicket, createTicket } from '../modules/tickets/ticket.service';
import { hashPassword } from '../modules/users/session.service';
import { User } from '../modules/users/user.entity';
import { Ticket } from '../modules/tickets/ticket.entity';

export const DEMO_PASSWORD = 'demo1234';

/** The demo logins, also listed in README.md. */
export const DEMO_USERS: { username: string; displayName: string; role: Role; projects: string[]; department?: string }[] = [
  { username: 'admin', displayName: '系统管理员', role: Role.ADMIN, projects: [] },
  { username: 'auditor', displayName: '品质部 吴敏', role: Role.AUDITOR, projects: [] },
  { username: 'zhangli', displayName: '张丽', role: Role.CLERK, projects: ['A01'] },
  { username: 'wangfang', displayName: '王芳', role: Role.CLERK, projects: ['A01'] },
  { username: 'liqiang', displayName: '李强', role: Role.SUPERVISOR, projects: ['A01'] },
  { username: 'zhaogang', displayName: '赵刚', role: Role.DEPARTMENT_SUPERVISOR, projects: ['A01'], department: '工程部' },
  { username: 'chenjie', displayName: '陈杰', role: Role.PROJECT_MANAGER, projects: ['A01'] },
  { username: 'liumei', displayName: '刘梅', role: Role.CLERK, projects: ['B02'] },
  { username: 'sunwei', displayName: '孙伟', role: Role.SUPERVISOR, projects: ['B02'] },
  { username: 'hejun', displayName: '何军', role: Role.DEPARTMENT_SUPERVISOR, projects: ['B02'], department: '秩序维护部' },
  { username: 'zhoumin', displayName: '周敏', role: Role.PROJECT_MANAGER, projects: ['B02'] },
];

const DEPARTMENTS = ['工程部', '秩序维护部', '保洁部', '绿化部', '客服部'];

/** Deterministic pseudo-random numbers, so the demo quarter is the same on every machine. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
  };
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高'.split('');
const GIVEN = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀兰', '霞'];
const REPAIRS = [
  ['水管漏水', '厨房水管接口漏水，需更换'], ['下水道堵塞', '卫生间下水道堵塞'], ['电路故障', '客厅插座无电'],
  ['门窗维修', '阳台推拉门滑轮损坏'], ['墙面渗水', '卧室外墙渗水发霉'], ['灯具更换', '楼道感应灯不亮'], ['水管漏水', '热水器进水管滴水'],
] as const;
const COMPLAINTS = [
  ['秩序维护部', '夜间车辆乱停，堵塞消防通道'], ['保洁部', '楼道垃圾未及时清运'], ['工程部', '报修三天无人上门'],
  ['秩序维护部', '装修噪音超时施工'], ['绿化部', '绿化带修剪后枝叶未清理'], ['客服部', '前台接待态度冷淡'],
] as const;
const OTHERS: Record<string, readonly string[]> = {
  HELP: ['代收快递后未通知', '老人忘带钥匙请求开锁协助', '借用梯子'],
  EMERGENCY: ['老人在家摔倒，协助送医', '电梯困人救援'],
  ACTIVITY: ['中秋游园会', '社区义诊活动', '《物业通讯》第三期派发'],
  OTHER: ['装修手续咨询', '车位租赁咨询'],
  SPECIAL_SERVICE: ['家政保洁包月服务', '空调清洗特约服务'],
};

export async function seedDemoDataIfEmpty(em: EntityManager, now = new Date()): Promise<boolean> {
  if ((await em.count(Project)) > 0) return false;
  await actorStorage.run({ userId: null }, () => seedDemoData(em, now));
  return true;
}

async function seedDemoData(em: EntityManager, now: Date): Promise<void> {
  const projects = await seedOrganisation(em, now);
  for (const [index, project] of projects.entries()) await seedQuarter(em, project, now, 20261122 + index);
}

/** The company: projects A01 (standard policy) and B02 (seed 001 rates), departments, a login of every role. */
export async function seedOrganisation(em: EntityManager, now = new Date()): Promise<Project[]> {
  return em.transactional(async (tx) => {
    const a = tx.create(Project, { code: 'A01', name: '阳光花园', companyName: '华信物业服务有限公司', createdAt: now });
    const b = tx.create(Project, { code: 'B02', name: '翠湖苑', companyName: '华信物业服务有限公司', createdAt: now });
    const departments = new Map<string, Department>();
    for (const project of [a, b]) {
      for (const name of DEPARTMENTS) departments.set(`${project.code}:${name}`, tx.create(Department, { project, name }));
    }
    await tx.flush();
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const spec of DEMO_USERS) {
      const user = tx.create(User, {
        username: spec.username, displayName: spec.displayName, role: spec.role, passwordHash, createdAt: now,
        department: spec.department ? departments.get(`${spec.projects[0]}:${spec.department}`)! : null,
      });
      for (const code of spec.projects) user.projects.add(code === 'A01' ? a : b);
    }
    await applyPreset(tx, a, PolicyPresetName.STANDARD_000);
    await applyPreset(tx, b, PolicyPresetName.RAISED_001);
    await tx.flush();
    return [a, b];
  });
}

async function viewerOf(em: EntityManager, username: string, projectId: number): Promise<Viewer> {
  return { user: await em.findOneOrFail(User, { username }), projectIds: [projectId] };
}

/** About three months of tickets, completed and called back the way a real service centre would. */
async function seedQuarter(em: EntityManager, project: Project, now: Date, seed: number): Promise<void> {
  const rnd = random(seed);
  const [clerkName, supervisorName, managerName] = project.code === 'A01' ? ['zhangli', 'liqiang', 'chenjie'] : ['liumei', 'sunwei', 'zhoumin'];
  const clerk = await viewerOf(em, clerkName, project.id);
  const supervisor = await viewerOf(em, supervisorName, project.id);
  const manager = await viewerOf(em, managerName, project.id);
  const today = toLocalDate(now);
  const units = Array.from({ length: 40 }, () => `${rnd.int(1, 12)}-${rnd.int(1, 3)}-${rnd.int(2, 28)}0${rnd.int(1, 4)}`);
  const owners = units.map((unit) => ({ unit, name: rnd.pick(SURNAMES) + rnd.pick(GIVEN), phone: `1${rnd.pick(['38', '39', '58', '86', '37'])}${String(rnd.int(0, 99999999)).padStart(8, '0')}` }));
  const kinds: TicketKind[] = [
    ...Array(12).fill(TicketKind.COMPLAINT), ...Array(40).fill(TicketKind.REPAIR), ...Array(10).fill(TicketKind.HELP),
    ...Array(3).fill(TicketKind.EMERGENCY), ...Array(6).fill(TicketKind.ACTIVITY), ...Array(4).fill(TicketKind.SPECIAL_SERVICE),
    ...Array(5).fill(TicketKind.OTHER),
  ];
  for (let i = 0; i < kinds.length; i++) {
    const kind = kinds[i];
    const owner = i % 9 === 0 ? owners[0] : rnd.pick(owners); // one household that calls often (repeated complaints/repairs)
    const receivedOn = addDays(today, -rnd.int(2, 95));
    const receivedAt = new Date(startOfLocalDate(receivedOn).getTime() + rnd.int(8 * 60, 18 * 60) * 60_000);
    const repair = kind === TicketKind.REPAIR ? (i % 9 === 0 ? REPAIRS[0] : rnd.pick(REPAIRS)) : null;
    const complaint = kind === TicketKind.COMPLAINT ? rnd.pick(COMPLAINTS) : null;
    const contractStart = kind === TicketKind.SPECIAL_SERVICE ? receivedOn : null;
    const ticket = await createTicket(em.fork(), clerk, {
      projectId: project.id,
      kind,
      severity: complaint ? (i % 6 === 0 ? ComplaintSeverity.MAJOR : ComplaintSeverity.GENERAL) : null,
      ownerName: owner.name,
      unit: owner.unit,
      phone: owner.phone,
      channel: rnd.pick([Channel.PHONE, Channel.PHONE, Channel.VISIT, Channel.ONLINE]),
      department: complaint ? complaint[0] : repair ? '工程部' : null,
      category: repair ? repair[0] : complaint ? '服务投诉' : null,
      summary: repair ? repair[1] : complaint ? complaint[1] : rnd.pick(OTHERS[kind]),
      receivedAt,
      contractStart,
      contractEnd: contractStart ? addDays(contractStart, 60) : null,
    }, now);
    if (rnd.next() < 0.1) continue; // still open
    const completedAt = new Date(Math.min(receivedAt.getTime() + rnd.int(2, 72) * 3_600_000, now.getTime() - 3_600_000));
    const { callbacks } = await completeTicket(em.fork(), clerk, {
      id: ticket.id, version: ticket.version, completedAt,
      handler: repair ? rnd.pick(['维修工 老陈', '维修工 小李']) : rnd.pick(['客服 张丽', '秩序维护 王队']),
      handlingResult: repair ? '已更换配件并试水正常' : '已处理并向业主说明',
    }, now);
    for (const callback of callbacks) await seedCallbackWork(em, callback, { clerk, supervisor, manager }, rnd, now);
  }
}

async function seedCallbackWork(
  em: EntityManager,
  callback: Callback,
  people: { clerk: Viewer; supervisor: Viewer; manager: Viewer },
  rnd: ReturnType<typeof random>,
  now: Date,
): Promise<void> {
  const today = toLocalDate(now);
  if (callback.windowFrom > today || rnd.next() < 0.15) return; // not yet due, or forgotten (becomes overdue)
  const performedOn = callback.windowTo < today ? addDays(callback.windowFrom, rnd.int(0, 2)) : callback.windowFrom;
  const ticket = await em.fork().findOneOrFail(Ticket, callback.ticket.id);
  const performedAt = new Date(Math.min(Math.max(startOfLocalDate(performedOn).getTime() + 10 * 3_600_000, ticket.completedAt!.getTime() + 3_600_000), now.getTime() - 60_000));
  const roll = rnd.next();
  const satisfaction = roll < 0.45 ? Satisfaction.VERY_SATISFIED : roll < 0.8 ? Satisfaction.SATISFIED : roll < 0.92 ? Satisfaction.BASICALLY_SATISFIED : Satisfaction.UNSATISFIED;
  const unqualified = satisfaction === Satisfaction.UNSATISFIED;
  const performer = { ...people.clerk, user: callback.assignee ? await em.fork().findOneOrFail(User, callback.assignee.id) : people.clerk.user };
  const done = await recordCallbackResult(em.fork(), isCallbackPerformer(performer.user.role) ? performer : people.clerk, {
    id: callback.id,
    version: callback.version,
    methods: rnd.next() < 0.7 ? [CallbackMethod.PHONE] : [CallbackMethod.PHONE, CallbackMethod.ON_SITE],
    performedAt,
    qualityEvaluation: unqualified ? '问题未彻底解决' : rnd.pick(['维修质量良好', '处理到位', '效果满意']),
    serviceEvaluation: unqualified ? '响应较慢' : rnd.pick(['服务及时', '态度热情', '沟通顺畅']),
    satisfaction,
    satisfactionScore: unqualified ? rnd.int(3, 5) : rnd.int(7, 10),
    shortcomings: unqualified ? '处理不及时；问题未彻底解决' : null,
    suggestions: rnd.next() < 0.3 ? rnd.pick(['希望加强夜间巡逻', '建议增加维修人员', '希望提前电话告知上门时间']) : null,
    result: unqualified ? CallbackResult.UNQUALIFIED : CallbackResult.QUALIFIED,
    ownerConfirmation: rnd.next() < 0.8 ? OwnerConfirmation.CONFIRMED_BY_PHONE : OwnerConfirmation.SIGNED,
  }, now);
  if (rnd.next() < 0.3) return; // waiting for review
  const reviewed = await reviewCallback(em.fork(), people.supervisor, { id: done.id, version: done.version, opinion: unqualified ? '回访不合格，上报项目经理' : '记录完整，同意' }, now);
  if (reviewed.status === CallbackStatus.ESCALATED && rnd.next() < 0.6) {
    await writeHandlingOpinion(em.fork(), people.manager, { id: reviewed.id, version: reviewed.version, opinion: '责成相关部门三日内返修并再次回访', followUp: '已安排复查' }, now);
  }
}
