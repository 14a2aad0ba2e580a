import { recordWarnings, RecordWarningCode } from '@hf/shared';
import type { CallbackRowFragment } from '../api/generated/graphql';
import type { CellNote } from '../grid/sheet-types';
import type { MessageKey } from '../i18n/messages';

type T = (key: MessageKey, values?: Record<string, string | number>) => string;
type Row = CallbackRowFragment;

/** who the callback is assigned to, as the row names them */
export const assigneesOf = (row: Row) =>
  [row.assignee, row.coAssignee].filter((u): u is NonNullable<typeof u> => Boolean(u)).map((u) => ({ id: u.id, name: u.displayName }));

/**
 * What a row of 《业主回访记录表》 says about its cells (the shared recordWarnings, in the chosen language): 不满意 without
 * 缺点与不足 is a gap — the record is not done until it is given; a callback performed outside its window is counted as
 * not 时效内完成; one recorded by someone it was not assigned to says whose it was.
 */
export function callbackNotes(row: Row, t: T): Map<string, CellNote> {
  const notes = new Map<string, CellNote>();
  const warnings = recordWarnings({
    performedAt: row.performedAt ? new Date(row.performedAt) : null,
    windowFrom: row.windowFrom,
    windowTo: row.windowTo,
    satisfaction: (row.satisfaction ?? null) as never,
    shortcomings: row.shortcomings ?? null,
    assignees: assigneesOf(row),
    recorderId: row.recordedBy?.id ?? null,
  });
  for (const w of warnings) {
    if (w.code === RecordWarningCode.SHORTCOMINGS_REQUIRED) notes.set(w.field, { level: 'gap', message: t('noteShortcomings') });
    else notes.set(w.field, { level: 'warning', message: warningText(w.code, row, t) });
  }
  return notes;
}

/** A warning of the server (or of the row) in the chosen language. */
export function warningText(code: RecordWarningCode, row: Row, t: T): string {
  switch (code) {
    case RecordWarningCode.BEFORE_WINDOW:
      return t('noteBeforeWindow', { date: row.windowFrom });
    case RecordWarningCode.AFTER_WINDOW:
      return t('noteAfterWindow', { date: row.windowTo });
    case RecordWarningCode.NOT_ASSIGNEE:
      return t('noteNotAssignee', { names: assigneesOf(row).map((a) => a.name).join('、') });
    case RecordWarningCode.SHORTCOMINGS_REQUIRED:
      return t('noteShortcomings');
  }
}
