import { TicketStatus, msg } from '@hf/shared';
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
  [TicketAction.UPDATE]: { from: NOT_VOIDED, to: [], refusal: msg('ticket.voided') },
  [TicketAction.START]: { from: [OPEN], to: [IN_PROGRESS], refusal: msg('ticket.startOnlyOpen') },
  [TicketAction.COMPLETE]: { from: [OPEN, IN_PROGRESS], to: [COMPLETED], refusal: msg('ticket.completeOnlyOpen') },
  [TicketAction.CLOSE]: { from: [COMPLETED], to: [CLOSED], refusal: msg('ticket.closeOnlyCompleted') },
  [TicketAction.VOID]: { from: NOT_VOIDED, to: [VOIDED], refusal: msg('ticket.alreadyVoided') },
  [TicketAction.ADD_CALLBACK]: { from: NOT_VOIDED, to: [], refusal: msg('ticket.voided') },
};
