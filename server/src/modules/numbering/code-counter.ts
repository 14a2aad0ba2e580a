import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The next number of a gapless sequence (per project, scope and period), taken inside the caller's
 * transaction: the upsert locks the counter row until commit, so concurrent creators queue up, and a
 * rollback gives the number back. Never call it outside a transaction.
 */
export async function nextSequence(em: EntityManager, projectId: number, scope: string, period: string): Promise<number> {
  const rows = await em.execute<{ value: number }[]>(
    `insert into code_counter (project_id, scope, period, value) values (?, ?, ?, 1)
     on conflict (project_id, scope, period) do update set value = code_counter.value + 1
     returning value`,
    [projectId, scope, period],
  );
  return rows[0].value;
}

export const COUNTER_SCOPE = {
  ticket: 'TICKET',
  callback: 'HF',
  workbook: 'HFB',
} as const;
