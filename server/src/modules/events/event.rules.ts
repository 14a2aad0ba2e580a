import { CallbackStatus, QuarterlyReportStatus, TicketStatus, WebhookEvent } from '@hf/shared';

/**
 * Which business events a change is (the outbox of push, issue 15): read off the entity's change like the history is,
 * so no service has to remember to announce what it did. Pure; unit-tested.
 */
export interface EntityChange {
  entityType: string;
  /** created, or updated with the status before and after */
  created: boolean;
  statusBefore?: string | null;
  statusAfter?: string | null;
}

export function eventsOf(change: EntityChange): WebhookEvent[] {
  const { entityType, created, statusBefore, statusAfter } = change;
  const became = (status: string) => !created && statusBefore !== status && statusAfter === status;
  switch (entityType) {
    case 'Ticket':
      if (created) return [WebhookEvent.TICKET_CREATED];
      return became(TicketStatus.COMPLETED) ? [WebhookEvent.TICKET_COMPLETED] : [];
    case 'Callback':
      if (created) return [];
      // recorded: from planned to done (a correction of a done record is not a new recording)
      if (statusBefore === CallbackStatus.PLANNED && statusAfter === CallbackStatus.DONE) return [WebhookEvent.CALLBACK_RECORDED];
      // recorded as unqualified goes to the project manager at once: recorded and escalated
      if (statusBefore === CallbackStatus.PLANNED && statusAfter === CallbackStatus.ESCALATED) return [WebhookEvent.CALLBACK_RECORDED, WebhookEvent.CALLBACK_ESCALATED];
      return became(CallbackStatus.ESCALATED) ? [WebhookEvent.CALLBACK_ESCALATED] : [];
    case 'QuarterlyReport':
      if (became(QuarterlyReportStatus.SUBMITTED)) return [WebhookEvent.REPORT_SUBMITTED];
      if (became(QuarterlyReportStatus.REVIEWED)) return [WebhookEvent.REPORT_REVIEWED];
      if (became(QuarterlyReportStatus.REPORTED)) return [WebhookEvent.REPORT_REPORTED];
      return [];
    case 'ArchivedPeriod':
      return created ? [WebhookEvent.PERIOD_ARCHIVED] : [];
    default:
      return [];
  }
}

/** Entities whose every change is pushed to open sheets (live rows), whether or not it is a business event. */
export const LIVE_ENTITIES: ReadonlySet<string> = new Set(['Callback', 'Ticket']);

/** The channel every process LISTENs on. */
export const EVENT_CHANNEL = 'hf_events';

/** What goes through NOTIFY (small: PostgreSQL limits a payload to 8,000 bytes): what changed, never its data. */
export interface ChangeNotice {
  /** 'row': a live entity changed; 'event': an outbox row was written; 'notification': someone has a new one */
  kind: 'row' | 'event' | 'notification';
  entityType?: string;
  ids?: number[];
  projectId?: number | null;
  recipientId?: number;
}
