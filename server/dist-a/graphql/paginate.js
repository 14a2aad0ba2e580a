"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readById = readById;
exports.paginate = paginate;
const connection_1 = require("./connection");
const enums_1 = require("./enums");
/** The default reader: the keys, then the entities by id through the ORM (two statements). */
function readById(em, entity) {
    return async (keys) => {
        const rows = await em.execute(`${keys.sql} order by "page$order"`, [...keys.params]);
        if (rows.length === 0)
            return [];
        const nodes = await em.find(entity, { id: { $in: rows.map((k) => Number(k.id)) } });
        const byId = new Map(nodes.map((node) => [node.id, node]));
        return rows.map((keys) => ({ keys, node: byId.get(Number(keys.id)) }));
    };
}
/**
 * Keyset pagination over (orderBy, id): stable while rows are added, and as fast on page 1000 as on page 1. One
 * more row than the page is read to know whether more follow.
 */
async function paginate(em, entity, where, page, read = readById(em, entity)) {
    const op = page.direction === enums_1.SortDirection.ASC ? '$gt' : '$lt';
    const orderProperty = em.getMetadata().find(entity)?.properties[page.orderBy];
    let keyset;
    if (page.after) {
        const [value, id] = (0, connection_1.decodeCursor)(page.after);
        (0, connection_1.assertCursorValueFits)(value, orderProperty?.columnTypes?.[0]);
        keyset = { $or: [{ [page.orderBy]: { [op]: value } }, { [page.orderBy]: value, id: { [op]: id } }] };
    }
    const dir = page.direction === enums_1.SortDirection.ASC ? 'asc' : 'desc';
    const keysQuery = em
        .createQueryBuilder(entity)
        .select(['id', page.orderBy])
        .where((keyset ? { $and: [where, keyset] } : where))
        .orderBy({ [page.orderBy]: dir, id: dir })
        .limit(page.first + 1)
        .getKnexQuery()
        .toSQL();
    // the keys in their order: row_number() over () numbers the ordered subquery's rows as they come
    const rows = await read({ sql: `select k.*, row_number() over () as "page$order" from (${keysQuery.sql}) k`, params: keysQuery.bindings });
    const hasNextPage = rows.length > page.first;
    const pageRows = hasNextPage ? rows.slice(0, page.first) : rows;
    const orderColumn = orderProperty?.fieldNames?.[0] ?? page.orderBy;
    const edges = pageRows.map((row) => ({ node: row.node, cursor: (0, connection_1.encodeCursor)(row.keys[orderColumn], Number(row.keys.id)) }));
    return {
        edges,
        pageInfo: {
            hasNextPage,
            hasPreviousPage: Boolean(page.after),
            startCursor: edges[0]?.cursor ?? null,
            endCursor: edges[edges.length - 1]?.cursor ?? null,
        },
        totalCount: () => em.count(entity, where),
    };
}
//# sourceMappingURL=paginate.js.map