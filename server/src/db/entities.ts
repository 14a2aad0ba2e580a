import type { EntityClass } from '@mikro-orm/core';
import { ALL_API_SCOPES, ApiScope } from '@hf/shared';
import { ApiToken } from '../modules/api-tokens/api-token.entity';
import { ArchivedPeriod } from '../modules/archives/archived-period.entity';
import { ChangeRecord } from '../modules/audit/change-record.entity';
import { Callback, CallbackAttempt } from '../modules/callbacks/callback.entity';
import { Owner } from '../modules/owners/owner.entity';
import { CallbackPolicy } from '../modules/policies/callback-policy.entity';
import { Department, Project } from '../modules/projects/project.entity';
import { Ticket } from '../modules/tickets/ticket.entity';
import { QuarterlyReport } from '../modules/statistics/quarterly-report.entity';
import { Session, User } from '../modules/users/user.entity';
import { WorkbookExportJob } from '../modules/exports/workbook-export-job.entity';
import { WorkbookExport } from '../modules/exports/workbook-export.entity';
import { CallScript } from '../modules/call-scripts/call-script.entity';
import { OwnerLink } from '../modules/owner-links/owner-link.entity';
import { LedgerImport } from '../modules/imports/ledger-import.entity';

/** One entity and what the app does with it beyond mapping its table. */
export interface RegisteredEntity {
  entity: EntityClass<object>;
  /**
   * node(id) finds it (checking the row's project like every other path); API tokens need one of these scopes
   * (an empty list: staff only). Absent: not looked up by node(id).
   */
  nodeTokenScopes?: readonly ApiScope[];
  /** every change is kept in change_record (who, when, field, old → new), in the same transaction */
  audited?: boolean;
  /** its GraphQL type has `history` (an audited type whose history its readers may see) */
  history?: boolean;
}

const STAFF_ONLY: readonly ApiScope[] = [];

/**
 * The entity registry: the ORM's entities, the node(id) lookups with their token scopes, the audited types and the
 * types that show their history. Adding an entity is one line here (and its resolver in api/schema.ts, if it has one).
 */
export const ENTITY_REGISTRY: readonly RegisteredEntity[] = [
  { entity: Project, nodeTokenScopes: ALL_API_SCOPES, audited: true },
  { entity: Department, nodeTokenScopes: ALL_API_SCOPES },
  { entity: User, nodeTokenScopes: STAFF_ONLY, audited: true },
  { entity: Session },
  { entity: Owner, nodeTokenScopes: [ApiScope.TICKETS_READ] },
  { entity: Ticket, nodeTokenScopes: [ApiScope.TICKETS_READ], audited: true, history: true },
  { entity: Callback, nodeTokenScopes: [ApiScope.CALLBACKS_READ], audited: true, history: true },
  { entity: CallbackAttempt },
  { entity: CallbackPolicy, nodeTokenScopes: [ApiScope.CALLBACKS_READ], audited: true, history: true },
  { entity: ChangeRecord },
  { entity: QuarterlyReport, nodeTokenScopes: [ApiScope.STATISTICS_READ], audited: true, history: true },
  { entity: WorkbookExport, nodeTokenScopes: STAFF_ONLY },
  { entity: WorkbookExportJob, nodeTokenScopes: STAFF_ONLY },
  { entity: ApiToken, audited: true },
  { entity: ArchivedPeriod },
  { entity: CallScript, audited: true },
  { entity: OwnerLink, nodeTokenScopes: STAFF_ONLY, audited: true },
  { entity: LedgerImport, nodeTokenScopes: STAFF_ONLY },
];

/** What MikroORM maps. */
export const entities = ENTITY_REGISTRY.map((e) => e.entity);

/** The HistorySubscriber's list. */
export const auditedEntityNames = (): Set<string> => new Set(ENTITY_REGISTRY.filter((e) => e.audited).map((e) => e.entity.name));

/** The node(id) lookups: type name → entity and the token scopes it needs. */
export const nodeTypes = (): Map<string, { entity: EntityClass<object>; tokenScopes: readonly ApiScope[] }> =>
  new Map(ENTITY_REGISTRY.filter((e) => e.nodeTokenScopes).map((e) => [e.entity.name, { entity: e.entity, tokenScopes: e.nodeTokenScopes! }]));

/** The types whose GraphQL type shows `history`. */
export const historyTypes = (): EntityClass<object>[] => ENTITY_REGISTRY.filter((e) => e.history).map((e) => e.entity);
