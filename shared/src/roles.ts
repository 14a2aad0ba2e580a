import { Role } from './enums';

// Who does what, in one place for server and client (回访标准规程 seed 000, 4.1.3 and 4.5).

/** 回访人员: the roles that perform callbacks — a policy stage may name any of them as its performer. */
export const CALLBACK_PERFORMERS: readonly Role[] = [Role.CLERK, Role.SUPERVISOR, Role.DEPARTMENT_SUPERVISOR, Role.PROJECT_MANAGER];

/** The staff who work on the callback sheet (read it, add callbacks by hand); auditors only read statistics and workbooks. */
export const CALLBACK_STAFF: readonly Role[] = [...CALLBACK_PERFORMERS, Role.ADMIN];

/** Who registers, edits and completes tickets (工单登记). */
export const TICKET_WRITERS: readonly Role[] = [Role.CLERK, Role.SUPERVISOR, Role.PROJECT_MANAGER, Role.ADMIN];

/** Who exports the numbered quarterly workbooks and reads the export register. */
export const WORKBOOK_EXPORTERS: readonly Role[] = [Role.SUPERVISOR, Role.PROJECT_MANAGER, Role.AUDITOR];

/** Who voids (作废) a callback: kept with its serial code and the reason. */
export const CALLBACK_VOIDERS: readonly Role[] = [Role.SUPERVISOR, Role.ADMIN];

/** Who voids a ticket (its planned callbacks with it). */
export const TICKET_VOIDERS: readonly Role[] = [Role.SUPERVISOR, Role.PROJECT_MANAGER, Role.ADMIN];

/** Who gives a planned callback to other clerks (改派): the service supervisor, who plans the clerks' work. */
export const CALLBACK_REASSIGNERS: readonly Role[] = [Role.SUPERVISOR];

export const isCallbackPerformer = (role: Role | string): boolean => (CALLBACK_PERFORMERS as readonly string[]).includes(role);
export const isTicketWriter = (role: Role | string): boolean => (TICKET_WRITERS as readonly string[]).includes(role);
export const isWorkbookExporter = (role: Role | string): boolean => (WORKBOOK_EXPORTERS as readonly string[]).includes(role);

/** Who imports old ledgers (导入历史台账): those who register tickets or record callbacks, in their projects (not the administrator). */
export const LEDGER_IMPORTERS: readonly Role[] = [...new Set([...TICKET_WRITERS, ...CALLBACK_PERFORMERS])].filter((r) => r !== Role.ADMIN);
export const isImporter = (role: Role | string): boolean => (LEDGER_IMPORTERS as readonly string[]).includes(role);
