// The SQL a hand-written endpoint would run for one page of the callback grid: the baseline our GraphQL is measured against.
export const GRID_PAGE_SQL = `
  select c.id, c.serial_code, c.status, to_char(c.window_from, 'YYYY-MM-DD') as window_from,
         to_char(c.window_to, 'YYYY-MM-DD') as window_to, c.satisfaction, c.result,
         t.number, t.kind, t.owner_name, t.unit, t.phone, t.summary, u.display_name
    from callback c
    join ticket t on t.id = c.ticket_id
    left join app_user u on u.id = c.assignee_id
   where c.project_id = $1
   order by c.serial_code, c.id
   limit $2`;

export function gridPageJson(rows) {
  return {
    data: {
      callbacks: {
        edges: rows.map((r) => ({
          node: {
            id: String(r.id), serialCode: r.serial_code, status: r.status, windowFrom: r.window_from, windowTo: r.window_to,
            satisfaction: r.satisfaction, result: r.result,
            ticket: { number: r.number, kind: r.kind, ownerName: r.owner_name, unit: r.unit, phone: r.phone, summary: r.summary },
            assignee: r.display_name ? { displayName: r.display_name } : null,
          },
        })),
      },
    },
  };
}
