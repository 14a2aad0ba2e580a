/** In a query, an expected failure (e.g. a malformed period) is a GraphQL error carrying its code and field. */
export declare function withQueryErrors<T>(run: () => Promise<T>): Promise<T>;
