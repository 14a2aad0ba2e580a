import { addDays, addMonths, Anchor, daysBetween, OffsetUnit, PolicyStage, toLocalDate } from '@hf/shared';

/** The events of a ticket a callback window can be counted from. */
export interface TicketAnchors {
  receivedAt: Date;
  startedAt: Date | null;
  completedAt: Date | null;
  contractStart: string | null;
  contractEnd: string | null;
}

export interface CallbackWindow {
  anchorDate: string;
  from: string;
  /** inclusive */
  to: string;
}

/** The date of a stage's anchor event, or null while the event has not happened (or is unknown). */
export function anchorDate(anchor: Anchor, ticket: TicketAnchors): string | null {
  switch (anchor) {
    case Anchor.RECEIVED:
      return toLocalDate(ticket.receivedAt);
    case Anchor.STARTED:
      return ticket.startedAt ? toLocalDate(ticket.startedAt) : null;
    case Anchor.COMPLETED:
      return ticket.completedAt ? toLocalDate(ticket.completedAt) : null;
    case Anchor.CONTRACT_MIDPOINT:
      // 特约服务: halfway through the contract, rounded down to a whole day
      if (!ticket.contractStart || !ticket.contractEnd) return null;
      return addDays(ticket.contractStart, Math.floor(daysBetween(ticket.contractStart, ticket.contractEnd) / 2));
    case Anchor.CONTRACT_END:
      return ticket.contractEnd;
  }
}

function offset(date: string, amount: number, unit: OffsetUnit): string {
  return unit === OffsetUnit.MONTH ? addMonths(date, amount) : addDays(date, amount);
}

/**
 * 回访标准规程 4.1.1: the window of one stage, e.g. complaints within 3 days of completion,
 * repairs from 1 to 2 months after completion.
 */
export function callbackWindow(stage: PolicyStage, ticket: TicketAnchors): CallbackWindow | null {
  const anchor = anchorDate(stage.anchor, ticket);
  if (!anchor) return null;
  return { anchorDate: anchor, from: offset(anchor, stage.fromOffset, stage.unit), to: offset(anchor, stage.toOffset, stage.unit) };
}

/** The instant from which a callback of this stage can have been performed (its anchor event). */
export function earliestPerformedAt(anchor: Anchor, ticket: TicketAnchors): Date | null {
  switch (anchor) {
    case Anchor.RECEIVED:
      return ticket.receivedAt;
    case Anchor.STARTED:
      return ticket.startedAt;
    default:
      // callbacks check the result of the service: never before the ticket was completed
      return ticket.completedAt;
  }
}
