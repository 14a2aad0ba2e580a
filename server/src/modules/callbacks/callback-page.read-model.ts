import type { EntityManager } from '@mikro-orm/postgresql';
import type { PageReader } from '../../db/keyset';
import { materialise, selectList } from '../../db/read-model';
import { Ticket } from '../tickets/ticket.entity';
import { User } from '../users/user.entity';
import { Callback } from './callback.entity';

/** The rows of one grid page with their ticket and assignee, keys and rows in one statement (see db/read-model.ts). */
export function readCallbackPage(em: EntityManager): PageReader<Callback> {
  return async (keys) => {
    const metadata = em.getMetadata();
    const [callbackMeta, ticketMeta, userMeta] = [metadata.get(Callback.name), metadata.get(Ticket.name), metadata.get(User.name)];
    const rows = await em.execute<Record<string, unknown>[]>(
      `with page as (${keys.sql})
       select page.*, ${selectList(callbackMeta, 'c', 'c_')}, ${selectList(ticketMeta, 't', 't_')}, ${selectList(userMeta, 'u', 'u_')}
         from page
         join callback c on c.id = page.id
         join ticket t on t.id = c.ticket_id
         left join app_user u on u.id = c.assignee_id
        order by page."page$order"`,
      [...keys.params],
    );
    return rows.map((row) => {
      const ticket = materialise<Ticket>(em, ticketMeta, row, 't_');
      const assignee = row.u_id === null ? null : materialise<User>(em, userMeta, row, 'u_');
      return { keys: row, node: materialise<Callback>(em, callbackMeta, row, 'c_', { ticket, assignee }) };
    });
  };
}
