import { TicketStatus } from '@hf/shared';
import { TransitionTable } from '../../core/transitions';

const { OPEN, IN_PROGRESS, COMPLETED, CLOSED, VOIDED } = TicketStatus;

/** What is done to a ticket: registered OPEN, started, 处理完毕, closed, or voided (作废, never deleted). */
export enum TicketAction {
  /** edit its fields (the status stays) */
  UPDATE = 'UPDATE',
  START = 'START',
  /** 处理完毕: schedules its callbacks */
  COMPLETE = 'COMPLETE',
  CLOSE = 'CLOSE',
  VOID = 'VOID',
  /** add a callback for it by hand (the status stays) */
  ADD_CALLBACK = 'ADD_CALLBACK',
}

const NOT_VOIDED = [OPEN, IN_PROGRESS, COMPLETED, CLOSED] as const;

export const TICKET_TRANSITIONS: TransitionTable<TicketAction, TicketStatus> = {
  [TicketAction.UPDATE]: { from: NOT_VOIDED, to: [], refusal: '工单已作废 (the ticket is voided)' },
  [TicketAction.START]: { from: [OPEN], to: [IN_PROGRESS], refusal: '只有待处理的工单可以开始处理 (only an open ticket can be started)' },
  [TicketAction.COMPLETE]: { from: [OPEN, IN_PROGRESS], to: [COMPLETED], refusal: '只有待处理或处理中的工单可以完成 (only open tickets can be completed)' },
  [TicketAction.CLOSE]: { from: [COMPLETED], to: [CLOSED], refusal: '只有已完成的工单可以关闭 (only completed tickets can be closed)' },
  [TicketAction.VOID]: { from: NOT_VOIDED, to: [VOIDED], refusal: '工单已作废 (already voided)' },
  [TicketAction.ADD_CALLBACK]: { from: NOT_VOIDED, to: [], refusal: '工单已作废 (the ticket is voided)' },
};
