import { CallbackResult, CallbackStatus, mayTakeReportAction, QuarterlyReportStatus, reportActionRoles, Role, TicketStatus } from '@hf/shared';
import { allows, assertAllowed, transition } from '../../server/src/core/transitions';
import {
  attemptedStatus, CALLBACK_TRANSITIONS, CallbackAction, recordedStatus, reviewedStatus,
} from '../../server/src/modules/callbacks/callback.transitions';
import { TICKET_TRANSITIONS, TicketAction } from '../../server/src/modules/tickets/ticket.transitions';
import { REPORT_TRANSITIONS, ReportAction } from '../../server/src/modules/statistics/quarterly-report.transitions';

/** Every state in which the action is allowed, as a reader of the procedures would list them. */
const statesAllowing = <A extends string, S extends string>(table: Parameters<typeof allows<A, S, string>>[0], action: A, states: S[], role?: string) =>
  states.filter((s) => allows(table, action, s, role));

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { errors?: unknown[] }).errors?.[0];
  }
  return null;
};

describe('callback transitions (回访标准规程 4.5)', () => {
  const all = Object.values(CallbackStatus);

  it('should let a callback be recorded while planned or done (a correction), and nowhere else', () => {
    expect(statesAllowing(CALLBACK_TRANSITIONS, CallbackAction.RECORD, all)).toEqual([CallbackStatus.PLANNED, CallbackStatus.DONE]);
    expect(refusal(() => assertAllowed(CALLBACK_TRANSITIONS, CallbackAction.RECORD, CallbackStatus.CLOSED))).toEqual({
      code: 'INVALID_STATE', field: ['id'], message: '该回访已审核或关闭，不能再记录 (already reviewed or closed)', messageKey: 'callback.recordClosed',
    });
  });

  it('should review only a done callback, escalate a done or reviewed one, and close a reviewed, unreachable or escalated one', () => {
    expect(statesAllowing(CALLBACK_TRANSITIONS, CallbackAction.REVIEW, all)).toEqual([CallbackStatus.DONE]);
    expect(statesAllowing(CALLBACK_TRANSITIONS, CallbackAction.ESCALATE, all)).toEqual([CallbackStatus.DONE, CallbackStatus.REVIEWED]);
    expect(statesAllowing(CALLBACK_TRANSITIONS, CallbackAction.HANDLE, all)).toEqual([CallbackStatus.ESCALATED]);
    // 关闭: the supervisor a reviewed or unreachable callback, the project manager an escalation (issue 13 item 6)
    expect(statesAllowing(CALLBACK_TRANSITIONS, CallbackAction.CLOSE, all, Role.SUPERVISOR)).toEqual([CallbackStatus.REVIEWED, CallbackStatus.UNREACHABLE]);
    expect(statesAllowing(CALLBACK_TRANSITIONS, CallbackAction.CLOSE, all, Role.PROJECT_MANAGER)).toEqual([CallbackStatus.ESCALATED]);
    expect(statesAllowing(CALLBACK_TRANSITIONS, CallbackAction.CLOSE, all, Role.CLERK)).toEqual([]);
    expect(transition(CALLBACK_TRANSITIONS, CallbackAction.CLOSE, CallbackStatus.UNREACHABLE, { role: Role.SUPERVISOR })).toBe(CallbackStatus.CLOSED);
    expect(refusal(() => transition(CALLBACK_TRANSITIONS, CallbackAction.CLOSE, CallbackStatus.ESCALATED, { role: Role.SUPERVISOR }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(transition(CALLBACK_TRANSITIONS, CallbackAction.HANDLE, CallbackStatus.ESCALATED)).toBe(CallbackStatus.CLOSED);
    expect(refusal(() => transition(CALLBACK_TRANSITIONS, CallbackAction.CLOSE, CallbackStatus.PLANNED))).toMatchObject({ code: 'INVALID_STATE', field: ['id'] });
  });

  it('should send an unqualified record (or one the supervisor escalates) to the project manager, a qualified one to REVIEWED', () => {
    expect(reviewedStatus(CallbackResult.QUALIFIED, false)).toBe(CallbackStatus.REVIEWED);
    expect(reviewedStatus(CallbackResult.UNQUALIFIED, false)).toBe(CallbackStatus.ESCALATED);
    expect(reviewedStatus(CallbackResult.QUALIFIED, true)).toBe(CallbackStatus.ESCALATED);
    expect(transition(CALLBACK_TRANSITIONS, CallbackAction.REVIEW, CallbackStatus.DONE, { to: CallbackStatus.ESCALATED })).toBe(CallbackStatus.ESCALATED);
    // a review never closes a callback: a target outside the table is a programming error, not a user's
    expect(() => transition(CALLBACK_TRANSITIONS, CallbackAction.REVIEW, CallbackStatus.DONE, { to: CallbackStatus.CLOSED })).toThrow(/not in the table/);
  });

  it('should mark a planned callback done only when its record is complete', () => {
    expect(recordedStatus(CallbackStatus.PLANNED, true)).toBe(CallbackStatus.DONE);
    expect(recordedStatus(CallbackStatus.PLANNED, false)).toBe(CallbackStatus.PLANNED);
    expect(recordedStatus(CallbackStatus.REVIEWED, true)).toBe(CallbackStatus.REVIEWED);
  });

  it('should take attempts only while planned, and make the owner unreachable at the cap of failed attempts', () => {
    expect(statesAllowing(CALLBACK_TRANSITIONS, CallbackAction.ATTEMPT, all)).toEqual([CallbackStatus.PLANNED]);
    expect(attemptedStatus(0, true, 3)).toBe(CallbackStatus.PLANNED);
    expect(attemptedStatus(2, true, 3)).toBe(CallbackStatus.UNREACHABLE);
    // 请问什么时候方便接听电话呢? — an owner who asks to be called later is not a failed attempt
    expect(attemptedStatus(2, false, 3)).toBe(CallbackStatus.PLANNED);
  });

  it('should void a callback in any state but voided, once', () => {
    expect(statesAllowing(CALLBACK_TRANSITIONS, CallbackAction.VOID, all)).toEqual(all.filter((s) => s !== CallbackStatus.VOIDED));
    expect(refusal(() => transition(CALLBACK_TRANSITIONS, CallbackAction.VOID, CallbackStatus.VOIDED))).toMatchObject({ code: 'INVALID_STATE', message: '已作废 (already voided)' });
  });
});

describe('ticket transitions', () => {
  const all = Object.values(TicketStatus);

  it('should complete an open or started ticket, close a completed one, and start only an open one', () => {
    expect(statesAllowing(TICKET_TRANSITIONS, TicketAction.COMPLETE, all)).toEqual([TicketStatus.OPEN, TicketStatus.IN_PROGRESS]);
    expect(statesAllowing(TICKET_TRANSITIONS, TicketAction.CLOSE, all)).toEqual([TicketStatus.COMPLETED]);
    expect(statesAllowing(TICKET_TRANSITIONS, TicketAction.START, all)).toEqual([TicketStatus.OPEN]);
    expect(transition(TICKET_TRANSITIONS, TicketAction.COMPLETE, TicketStatus.IN_PROGRESS)).toBe(TicketStatus.COMPLETED);
    expect(refusal(() => transition(TICKET_TRANSITIONS, TicketAction.CLOSE, TicketStatus.OPEN))).toEqual({
      code: 'INVALID_STATE', field: ['id'], message: '只有已完成的工单可以关闭 (only completed tickets can be closed)', messageKey: 'ticket.closeOnlyCompleted',
    });
  });

  it('should refuse every change of a voided ticket (a ticket is never deleted), naming the field asked for', () => {
    for (const action of [TicketAction.UPDATE, TicketAction.VOID, TicketAction.ADD_CALLBACK]) {
      expect(statesAllowing(TICKET_TRANSITIONS, action, all)).toEqual(all.filter((s) => s !== TicketStatus.VOIDED));
    }
    expect(transition(TICKET_TRANSITIONS, TicketAction.UPDATE, TicketStatus.CLOSED)).toBe(TicketStatus.CLOSED);
    expect(refusal(() => assertAllowed(TICKET_TRANSITIONS, TicketAction.ADD_CALLBACK, TicketStatus.VOIDED, { field: 'ticketId' }))).toMatchObject({
      code: 'INVALID_STATE', field: ['ticketId'],
    });
  });
});

describe('quarterly report transitions', () => {
  const all = Object.values(QuarterlyReportStatus);

  it('should go draft → submitted → reviewed → reported, each step from its own state only', () => {
    expect(transition(REPORT_TRANSITIONS, ReportAction.SUBMIT, QuarterlyReportStatus.DRAFT, { role: Role.CLERK })).toBe(QuarterlyReportStatus.SUBMITTED);
    expect(transition(REPORT_TRANSITIONS, ReportAction.REVIEW, QuarterlyReportStatus.SUBMITTED, { role: Role.SUPERVISOR })).toBe(QuarterlyReportStatus.REVIEWED);
    expect(transition(REPORT_TRANSITIONS, ReportAction.REPORT, QuarterlyReportStatus.REVIEWED, { role: Role.PROJECT_MANAGER })).toBe(QuarterlyReportStatus.REPORTED);
    expect(statesAllowing(REPORT_TRANSITIONS, ReportAction.EDIT, all, Role.CLERK)).toEqual([QuarterlyReportStatus.DRAFT]);
    expect(refusal(() => transition(REPORT_TRANSITIONS, ReportAction.REVIEW, QuarterlyReportStatus.DRAFT, { role: Role.SUPERVISOR }))).toMatchObject({ code: 'INVALID_STATE', field: ['id'] });
  });

  it('should take each step only by its role, from the one table the screen reads too (shared/report-workflow.ts)', () => {
    expect(refusal(() => transition(REPORT_TRANSITIONS, ReportAction.SUBMIT, QuarterlyReportStatus.DRAFT, { role: Role.SUPERVISOR }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(refusal(() => transition(REPORT_TRANSITIONS, ReportAction.REVIEW, QuarterlyReportStatus.SUBMITTED, { role: Role.CLERK }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(reportActionRoles(ReportAction.RETURN)).toEqual([Role.SUPERVISOR, Role.PROJECT_MANAGER]);
    // the buttons of the report screen: a report not yet drafted is the clerk's to write
    const buttons = (status: QuarterlyReportStatus | null, role: Role) =>
      Object.values(ReportAction).filter((a) => mayTakeReportAction(a, status, role));
    expect(buttons(null, Role.CLERK)).toEqual([ReportAction.EDIT, ReportAction.SUBMIT]);
    expect(buttons(QuarterlyReportStatus.SUBMITTED, Role.CLERK)).toEqual([]);
    expect(buttons(QuarterlyReportStatus.SUBMITTED, Role.SUPERVISOR)).toEqual([ReportAction.REVIEW, ReportAction.RETURN]);
    expect(buttons(QuarterlyReportStatus.REVIEWED, Role.PROJECT_MANAGER)).toEqual([ReportAction.REPORT, ReportAction.RETURN]);
    expect(buttons(QuarterlyReportStatus.REPORTED, Role.PROJECT_MANAGER)).toEqual([]);
    expect(buttons(QuarterlyReportStatus.SUBMITTED, Role.AUDITOR)).toEqual([]);
  });

  it('should let the supervisor send back a submitted report and the project manager a reviewed one, nobody else', () => {
    expect(transition(REPORT_TRANSITIONS, ReportAction.RETURN, QuarterlyReportStatus.SUBMITTED, { role: Role.SUPERVISOR })).toBe(QuarterlyReportStatus.DRAFT);
    expect(transition(REPORT_TRANSITIONS, ReportAction.RETURN, QuarterlyReportStatus.REVIEWED, { role: Role.PROJECT_MANAGER })).toBe(QuarterlyReportStatus.DRAFT);
    expect(refusal(() => transition(REPORT_TRANSITIONS, ReportAction.RETURN, QuarterlyReportStatus.REVIEWED, { role: Role.SUPERVISOR }))).toMatchObject({ code: 'FORBIDDEN', field: ['id'] });
    expect(refusal(() => transition(REPORT_TRANSITIONS, ReportAction.RETURN, QuarterlyReportStatus.SUBMITTED, { role: Role.CLERK }))).toMatchObject({ code: 'FORBIDDEN' });
    // a draft or a reported report cannot be sent back, whoever asks: the state is answered before the role
    expect(refusal(() => transition(REPORT_TRANSITIONS, ReportAction.RETURN, QuarterlyReportStatus.REPORTED, { role: Role.PROJECT_MANAGER }))).toMatchObject({ code: 'INVALID_STATE' });
    expect(refusal(() => transition(REPORT_TRANSITIONS, ReportAction.RETURN, QuarterlyReportStatus.DRAFT, { role: Role.SUPERVISOR }))).toMatchObject({ code: 'INVALID_STATE' });
  });
});
