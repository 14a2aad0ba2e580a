import { CallbackStatus } from '@hf/shared';

/** A callback whose window has passed without being done is OVERDUE (derived, never stored). */
export function isOverdue(status: CallbackStatus, windowTo: string, today: string): boolean {
  return status === CallbackStatus.PLANNED && windowTo < today;
}
