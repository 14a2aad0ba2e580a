import { Migration } from '@mikro-orm/migrations';
/** API tokens for other systems; history records which token acted; history cannot be truncated either. */
export declare class Migration20261123400000ApiTokens extends Migration {
    up(): Promise<void>;
}
