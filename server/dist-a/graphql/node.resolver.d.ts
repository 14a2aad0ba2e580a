import { Context } from './context';
export declare class NodeResolver {
    node(id: string, ctx: Context): Promise<object | null>;
}
