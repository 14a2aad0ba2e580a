"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readCallbackPage = readCallbackPage;
const read_model_1 = require("../../graphql/read-model");
const ticket_entity_1 = require("../tickets/ticket.entity");
const user_entity_1 = require("../users/user.entity");
const callback_entity_1 = require("./callback.entity");
/** The rows of one grid page with their ticket and assignee, keys and rows in one statement (see graphql/read-model.ts). */
function readCallbackPage(em) {
    return async (keys) => {
        const metadata = em.getMetadata();
        const [callbackMeta, ticketMeta, userMeta] = [metadata.get(callback_entity_1.Callback.name), metadata.get(ticket_entity_1.Ticket.name), metadata.get(user_entity_1.User.name)];
        const rows = await em.execute(`with page as (${keys.sql})
       select page.*, ${(0, read_model_1.selectList)(callbackMeta, 'c', 'c_')}, ${(0, read_model_1.selectList)(ticketMeta, 't', 't_')}, ${(0, read_model_1.selectList)(userMeta, 'u', 'u_')}
         from page
         join callback c on c.id = page.id
         join ticket t on t.id = c.ticket_id
         left join app_user u on u.id = c.assignee_id
        order by page."page$order"`, [...keys.params]);
        return rows.map((row) => {
            const ticket = (0, read_model_1.materialise)(em, ticketMeta, row, 't_');
            const assignee = row.u_id === null ? null : (0, read_model_1.materialise)(em, userMeta, row, 'u_');
            return { keys: row, node: (0, read_model_1.materialise)(em, callbackMeta, row, 'c_', { ticket, assignee }) };
        });
    };
}
//# sourceMappingURL=callback-page.read-model.js.map