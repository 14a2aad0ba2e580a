import { CallbackStatus } from '@hf/shared';
/** A callback whose window has passed without being done is OVERDUE (derived, never stored). */
export declare function isOverdue(status: CallbackStatus, windowTo: string, today: string): boolean;
