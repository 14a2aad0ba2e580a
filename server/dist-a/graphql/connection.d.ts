import { ClassType } from 'type-graphql';
export declare class PageInfo {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
}
export interface ConnectionShape<T> {
    edges: {
        cursor: string;
        node: T;
    }[];
    pageInfo: PageInfo;
    totalCount: () => Promise<number>;
}
/** A Relay connection type for a node type; totalCount is counted only when asked for. */
export declare function Connection<T extends object>(nodeType: ClassType<T>, name: string): {
    new (): {
        edges: {
            cursor: string;
            node: T;
        }[];
        pageInfo: PageInfo;
        count: () => Promise<number>;
        totalCount(): Promise<number>;
    };
};
export declare const MAX_PAGE_SIZE = 500;
export declare function pageSize(first: number | null | undefined, max?: number): number;
/** Opaque keyset cursor: the sort value and the id of the row. */
export declare function encodeCursor(value: unknown, id: number): string;
export declare function decodeCursor(cursor: string): [string | number, number];
/** A cursor's sort value must fit the sort column (a forged one would otherwise reach SQL as a bad date). */
export declare function assertCursorValueFits(value: string | number, columnType: string | undefined): void;
