import { CallbackStatus, QuarterlyReportStatus, ReminderKind, TicketStatus, WebhookEvent, webhookEventName } from '@hf/shared';
import { eventsOf } from '../../server/src/modules/events/event.rules';
import { archiveDueReminder, reconcile, type ReminderCause } from '../../server/src/modules/notifications/reminder.rules';
import { hookWants, isPrivateAddress, signature, urlProblem, verifySignature, webhookInputProblems } from '../../server/src/modules/webhooks/webhook.rules';

const cause = (recipientId: number, causeKey: string): ReminderCause => ({
  recipientId, projectId: 1, kind: ReminderKind.CALLBACK_OVERDUE, causeKey, targetType: 'Callback', targetId: 1, args: {},
});

describe('business events read off a change', () => {
  it('should name a new ticket, a completed ticket, a recorded and an escalated callback, report steps and an archived period', () => {
    expect(eventsOf({ entityType: 'Ticket', created: true })).toEqual([WebhookEvent.TICKET_CREATED]);
    expect(eventsOf({ entityType: 'Ticket', created: false, statusBefore: TicketStatus.IN_PROGRESS, statusAfter: TicketStatus.COMPLETED })).toEqual([WebhookEvent.TICKET_COMPLETED]);
    expect(eventsOf({ entityType: 'Ticket', created: false, statusBefore: TicketStatus.COMPLETED, statusAfter: TicketStatus.COMPLETED })).toEqual([]);
    expect(eventsOf({ entityType: 'Callback', created: false, statusBefore: CallbackStatus.PLANNED, statusAfter: CallbackStatus.DONE })).toEqual([WebhookEvent.CALLBACK_RECORDED]);
    expect(eventsOf({ entityType: 'Callback', created: false, statusBefore: CallbackStatus.PLANNED, statusAfter: CallbackStatus.ESCALATED }))
      .toEqual([WebhookEvent.CALLBACK_RECORDED, WebhookEvent.CALLBACK_ESCALATED]);
    expect(eventsOf({ entityType: 'Callback', created: false, statusBefore: CallbackStatus.DONE, statusAfter: CallbackStatus.ESCALATED })).toEqual([WebhookEvent.CALLBACK_ESCALATED]);
    // a correction of a done record is no new recording
    expect(eventsOf({ entityType: 'Callback', created: false, statusBefore: CallbackStatus.DONE, statusAfter: CallbackStatus.DONE })).toEqual([]);
    expect(eventsOf({ entityType: 'QuarterlyReport', created: false, statusBefore: QuarterlyReportStatus.DRAFT, statusAfter: QuarterlyReportStatus.SUBMITTED })).toEqual([WebhookEvent.REPORT_SUBMITTED]);
    expect(eventsOf({ entityType: 'ArchivedPeriod', created: true })).toEqual([WebhookEvent.PERIOD_ARCHIVED]);
    expect(eventsOf({ entityType: 'User', created: true })).toEqual([]);
    expect(webhookEventName(WebhookEvent.CALLBACK_RECORDED)).toBe('callback.recorded');
    expect(webhookEventName(WebhookEvent.PERIOD_ARCHIVED)).toBe('period.archived');
  });
});

describe('reminders', () => {
  it('should create a cause once, keep an open one, and resolve the ones whose cause has gone', () => {
    const open = [{ id: 10, recipientId: 1, causeKey: 'A' }, { id: 11, recipientId: 2, causeKey: 'B' }];
    const { create, resolve } = reconcile(open, [cause(1, 'A'), cause(1, 'C'), cause(1, 'C'), cause(3, 'B')]);
    expect(create.map((c) => `${c.recipientId}|${c.causeKey}`)).toEqual(['1|C', '3|B']);
    expect(resolve).toEqual([11]);
    // the same sweep again changes nothing
    expect(reconcile([...open.slice(0, 1), { id: 12, recipientId: 1, causeKey: 'C' }, { id: 13, recipientId: 3, causeKey: 'B' }], [cause(1, 'A'), cause(1, 'C'), cause(3, 'B')]))
      .toEqual({ create: [], resolve: [] });
  });

  it('should remind of archiving from 3 days before the 10th of the next quarter until it is archived', () => {
    expect(archiveDueReminder('2026Q3', false, '2026-10-06')).toBeNull();
    expect(archiveDueReminder('2026Q3', false, '2026-10-07')).toEqual({ due: '2026-10-10' });
    expect(archiveDueReminder('2026Q3', false, '2026-11-20')).toEqual({ due: '2026-10-10' });
    expect(archiveDueReminder('2026Q3', true, '2026-11-20')).toBeNull();
    expect(archiveDueReminder('2026-07', false, '2026-08-09')).toEqual({ due: '2026-08-10' });
  });
});

describe('webhook rules', () => {
  it('should take only absolute http(s) URLs without credentials, a secret of 16+ characters and at least one event', () => {
    for (const bad of ['not a url', 'ftp://example.com/x', 'javascript:alert(1)', 'https://user:pw@example.com/', '/relative']) expect(urlProblem(bad)?.field).toBe('url');
    expect(urlProblem('https://oa.example.com/hooks/callbacks')).toBeNull();
    expect(webhookInputProblems({ url: 'https://a.example/', secret: 'short', events: [] }).map((p) => p.field)).toEqual(['secret', 'events']);
    expect(webhookInputProblems({ url: 'https://a.example/', secret: 'x'.repeat(16), events: [WebhookEvent.TICKET_CREATED] })).toEqual([]);
  });

  it('should call loopback, private, link-local and mapped addresses private', () => {
    for (const ip of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', 'x']) {
      expect([ip, isPrivateAddress(ip)]).toEqual([ip, true]);
    }
    for (const ip of ['8.8.8.8', '203.0.113.9', '2001:4860:4860::8888']) expect([ip, isPrivateAddress(ip)]).toEqual([ip, false]);
  });

  it('should sign timestamp and body, and a receiver refuse another body, another secret or an old timestamp', () => {
    const body = '{"id":"1","event":"ticket.created"}';
    const sig = signature('s'.repeat(16), 1_700_000_000, body);
    expect(sig).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifySignature('s'.repeat(16), sig, 1_700_000_000, body, 1_700_000_100)).toBe(true);
    expect(verifySignature('s'.repeat(16), sig, 1_700_000_000, body.replace('1', '2'), 1_700_000_100)).toBe(false);
    expect(verifySignature('t'.repeat(16), sig, 1_700_000_000, body, 1_700_000_100)).toBe(false);
    expect(verifySignature('s'.repeat(16), sig, 1_700_000_000, body, 1_700_000_000 + 301)).toBe(false);
  });

  it('should send a hook only its events of its projects, and nothing when it is off', () => {
    const hook = { events: [WebhookEvent.CALLBACK_RECORDED], projectIds: [1], active: true };
    expect(hookWants(hook, WebhookEvent.CALLBACK_RECORDED, 1)).toBe(true);
    expect(hookWants(hook, WebhookEvent.CALLBACK_RECORDED, 2)).toBe(false);
    expect(hookWants(hook, WebhookEvent.TICKET_CREATED, 1)).toBe(false);
    expect(hookWants({ ...hook, projectIds: null }, WebhookEvent.CALLBACK_RECORDED, 2)).toBe(true);
    expect(hookWants({ ...hook, active: false }, WebhookEvent.CALLBACK_RECORDED, 1)).toBe(false);
  });
});
