"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.withQueryErrors = withQueryErrors;
const graphql_1 = require("graphql");
const user_error_1 = require("./user-error");
/** In a query, an expected failure (e.g. a malformed period) is a GraphQL error carrying its code and field. */
async function withQueryErrors(run) {
    try {
        return await run();
    }
    catch (error) {
        if (error instanceof user_error_1.DomainError) {
            const [first] = error.errors;
            throw new graphql_1.GraphQLError(first.message, { extensions: { code: first.code, field: first.field } });
        }
        throw error;
    }
}
//# sourceMappingURL=query-errors.js.map