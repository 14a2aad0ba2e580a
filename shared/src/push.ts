/**
 * Push (issue 15): what other systems can subscribe to (webhooks) and what the app reminds people of (notifications).
 * Shared by the server (rules, GraphQL enums) and the client (labels, links).
 */

/** Events a webhook can ask for; the wire name (`ticket.created` …) is what the receiver sees in the body. */
export enum WebhookEvent {
  TICKET_CREATED = 'TICKET_CREATED',
  TICKET_COMPLETED = 'TICKET_COMPLETED',
  CALLBACK_RECORDED = 'CALLBACK_RECORDED',
  CALLBACK_ESCALATED = 'CALLBACK_ESCALATED',
  CALLBACK_OVERDUE = 'CALLBACK_OVERDUE',
  REPORT_SUBMITTED = 'REPORT_SUBMITTED',
  REPORT_REVIEWED = 'REPORT_REVIEWED',
  REPORT_REPORTED = 'REPORT_REPORTED',
  PERIOD_ARCHIVED = 'PERIOD_ARCHIVED',
}

export const ALL_WEBHOOK_EVENTS: readonly WebhookEvent[] = Object.values(WebhookEvent);

/** TICKET_CREATED → ticket.created */
export function webhookEventName(event: WebhookEvent): string {
  const [entity, ...rest] = event.toLowerCase().split('_');
  return `${entity}.${rest.join('_')}`;
}

/** Why a person is reminded; one open notification per person and cause. */
export enum ReminderKind {
  /** clerk: a planned callback's window closes within the project's reminder days (default 2) */
  WINDOW_CLOSING = 'WINDOW_CLOSING',
  /** clerk: the window has closed and the callback is still not done */
  CALLBACK_OVERDUE = 'CALLBACK_OVERDUE',
  /** clerk: the owner asked to be called later and the agreed time has come */
  CALL_LATER_DUE = 'CALL_LATER_DUE',
  /** supervisor: a done record has waited for review more than a day */
  REVIEW_WAITING = 'REVIEW_WAITING',
  /** project manager: an escalated callback has waited for a handling opinion more than two days */
  ESCALATION_WAITING = 'ESCALATION_WAITING',
  /** supervisor (submitted) or project manager (reviewed): a quarterly report waits for the next step */
  REPORT_WAITING = 'REPORT_WAITING',
  /** supervisor: the previous period must be archived by the 10th (3 days ahead, and once it is late) */
  ARCHIVE_DUE = 'ARCHIVE_DUE',
}

export const ALL_REMINDER_KINDS: readonly ReminderKind[] = Object.values(ReminderKind);

export const DEFAULT_REMINDER_DAYS = 2;
export const REVIEW_WAITING_DAYS = 1;
export const ESCALATION_WAITING_DAYS = 2;
export const ARCHIVE_REMINDER_DAYS_AHEAD = 3;
