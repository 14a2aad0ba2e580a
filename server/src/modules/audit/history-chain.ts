import type { EntityManager } from '@mikro-orm/postgresql';
import { type Message, msg } from '@hf/shared';

/** How a link of the history chain fails (change_chain_status in Migration20261202100000HistoryChain). */
export type BrokenLinkProblem = 'MISSING' | 'CONTENT' | 'LINK';

export interface HistoryChainState {
  /** links that hold, from the first */
  length: number;
  /** SHA-256 (hex) of the last link that holds: the seal an archive prints */
  headHash: string;
  broken: { sequence: number; changeId: string; problem: BrokenLinkProblem } | null;
}

/** What each problem says (the shared catalogue, chain.*). */
export const BROKEN_LINK_MESSAGES: Record<BrokenLinkProblem, Message> = {
  MISSING: msg('chain.missing'),
  CONTENT: msg('chain.content'),
  LINK: msg('chain.link'),
};

/** Recomputes one project's chain in PostgreSQL (chain 0: changes of no project) and reports the first broken link. */
export async function historyChainState(em: EntityManager, chainProject: number): Promise<HistoryChainState> {
  const [row] = await em.getConnection().execute<
    { length: string; head_hash: string; broken_seq: string | null; broken_id: string | null; problem: BrokenLinkProblem | null }[]
  >('select * from change_chain_status(?)', [chainProject]);
  return {
    length: Number(row.length),
    headHash: row.head_hash,
    broken: row.broken_seq === null ? null : { sequence: Number(row.broken_seq), changeId: String(row.broken_id), problem: row.problem! },
  };
}
