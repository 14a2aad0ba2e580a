import { Migration20261122000000Initial } from './Migration20261122000000Initial';
/** Migrations in order; listed explicitly so compiled and ts-jest runs find the same ones. */
export declare const migrationsList: {
    name: string;
    class: typeof Migration20261122000000Initial;
}[];
