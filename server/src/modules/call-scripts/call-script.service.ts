import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { checkCallScript, DEFAULT_CALL_SCRIPTS, TicketKind, type CallScriptText } from '@hf/shared';
import type { Viewer } from '../../core/caller';
import { conflict, DomainError } from '../../core/domain-error';
import { User } from '../users/user.entity';
import { Project } from '../projects/project.entity';
import { CallScript } from './call-script.entity';

/** One kind's script as a reader gets it: the project's own, or the standard one (version 0). */
export interface CallScriptView extends CallScriptText {
  kind: TicketKind;
  version: number;
  standard: boolean;
  updatedAt: Date | null;
  updatedById: number | null;
}

const view = (kind: TicketKind, row: CallScript | undefined): CallScriptView =>
  row
    ? { kind, greeting: row.greeting, questions: row.questions, closing: row.closing, busyReply: row.busyReply, version: row.version, standard: false, updatedAt: row.updatedAt, updatedById: row.updatedBy?.id ?? null }
    : { kind, ...DEFAULT_CALL_SCRIPTS[kind], version: 0, standard: true, updatedAt: null, updatedById: null };

/** Every kind's script of a project, in the order of the kinds. */
export async function callScriptsOf(em: EntityManager, projectId: number): Promise<CallScriptView[]> {
  const rows = await em.find(CallScript, { project: projectId });
  return Object.values(TicketKind).map((kind) => view(kind, rows.find((r) => r.kind === kind)));
}

/**
 * The administrator changes a kind's script at the version read: 0 for the standard wording (the row is written
 * now); a row changed or written meanwhile is a CONFLICT, never overwritten.
 */
export async function updateCallScript(
  em: EntityManager,
  viewer: Viewer,
  input: CallScriptText & { projectId: number; kind: TicketKind; version: number },
): Promise<CallScriptView> {
  const text = { greeting: input.greeting.trim(), questions: input.questions.trim(), closing: input.closing.trim(), busyReply: input.busyReply.trim() };
  const errors = checkCallScript(text);
  if (errors.length) throw DomainError.fromFieldErrors(errors);
  try {
    return await em.transactional(async (tx) => {
      const row = await tx.findOne(CallScript, { project: input.projectId, kind: input.kind }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if ((row?.version ?? 0) !== input.version) throw conflict('version');
      const updatedBy = tx.getReference(User, viewer.user.id, { wrapped: true });
      const script = row ?? tx.create(CallScript, { project: tx.getReference(Project, input.projectId), kind: input.kind, ...text, updatedBy });
      Object.assign(script, text);
      script.updatedBy = updatedBy;
      await tx.flush();
      return view(input.kind, script);
    });
  } catch (error) {
    // two administrators writing the first version of the same kind at once: the second one is told, not lost
    if (error instanceof UniqueConstraintViolationException) throw conflict('version');
    throw error;
  }
}
