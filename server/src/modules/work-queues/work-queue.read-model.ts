import type { EntityManager } from '@mikro-orm/postgresql';
import type { PageReader } from '../../db/keyset';
import { materialise, selectList } from '../../db/read-model';
import { Callback } from '../callbacks/callback.entity';
import { Project } from '../projects/project.entity';
import { Ticket } from '../tickets/ticket.entity';
import { User } from '../users/user.entity';

/**
 * A page of a callback queue in one statement: the keys, the callbacks, and what a 待办 item shows of them — the
 * ticket, the project, the assignee and co-assignee, and who recorded it (graphql/read-model.ts). Like the grid page,
 * but with every relation the queues show loaded, so the statements of the 待办 screen do not depend on which
 * relations happen to be set.
 */
export function readQueuePage(em: EntityManager): PageReader<Callback> {
  return async (keys) => {
    const metadata = em.getMetadata();
    const [callbackMeta, ticketMeta, userMeta, projectMeta] = [Callback, Ticket, User, Project].map((e) => metadata.get(e.name));
    const people = ['a', 'ca', 'rb'] as const;
    const rows = await em.execute<Record<string, unknown>[]>(
      `with page as (${keys.sql})
       select page.*, ${selectList(callbackMeta, 'c', 'c_')}, ${selectList(ticketMeta, 't', 't_')}, ${selectList(projectMeta, 'p', 'p_')},
              ${people.map((alias) => selectList(userMeta, alias, `${alias}_`)).join(', ')}
         from page
         join callback c on c.id = page.id
         join ticket t on t.id = c.ticket_id
         join project p on p.id = c.project_id
         left join app_user a on a.id = c.assignee_id
         left join app_user ca on ca.id = c.co_assignee_id
         left join app_user rb on rb.id = c.recorded_by_id
        order by page."page$order"`,
      [...keys.params],
    );
    return rows.map((row) => {
      const person = (alias: (typeof people)[number]) => (row[`${alias}_id`] === null ? null : materialise<User>(em, userMeta, row, `${alias}_`));
      const project = materialise<Project>(em, projectMeta, row, 'p_');
      const ticket = materialise<Ticket>(em, ticketMeta, row, 't_', { project });
      const node = materialise<Callback>(em, callbackMeta, row, 'c_', {
        ticket, project, assignee: person('a'), coAssignee: person('ca'), recordedBy: person('rb'),
      });
      return { keys: row, node };
    });
  };
}
