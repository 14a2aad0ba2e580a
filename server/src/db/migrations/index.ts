import { Migration20261122000000Initial } from './Migration20261122000000Initial';

/** Migrations in order; listed explicitly so compiled and ts-jest runs find the same ones. */
export const migrationsList = [{ name: 'Migration20261122000000Initial', class: Migration20261122000000Initial }];
import { Migration20261123400000ApiTokens } from './Migration20261123400000ApiTokens';
migrationsList.push({ name: 'Migration20261123400000ApiTokens', class: Migration20261123400000ApiTokens });
