import { ChangeRecord } from '../modules/audit/change-record.entity';
import { Callback, CallbackAttempt } from '../modules/callbacks/callback.entity';
import { Owner } from '../modules/owners/owner.entity';
import { CallbackPolicy } from '../modules/policies/callback-policy.entity';
import { Department, Project } from '../modules/projects/project.entity';
import { Ticket } from '../modules/tickets/ticket.entity';
import { QuarterlyReport } from '../modules/statistics/quarterly-report.entity';
import { Session, User } from '../modules/users/user.entity';
import { WorkbookExport } from '../modules/exports/workbook-export.entity';

export const entities = [
  Project, Department, User, Session, Owner, Ticket, Callback, CallbackAttempt, CallbackPolicy, ChangeRecord,
  QuarterlyReport,
  WorkbookExport,
];
