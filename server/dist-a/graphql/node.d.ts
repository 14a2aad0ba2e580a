export declare const MAX_ROW_ID = 2147483647;
/** Relay global IDs: opaque, typed, e.g. base64url("Callback:42"). */
export declare function encodeGlobalId(typeName: string, id: number): string;
export declare function decodeGlobalId(globalId: string): {
    typeName: string;
    id: number;
} | null;
export declare abstract class Node {
    nodeId: string;
}
