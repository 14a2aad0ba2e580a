import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** Where an imported ticket or callback came from: kept on the row itself (and in its CREATE history record). */
export interface ImportSource {
  importId: number;
  fileName: string;
  sha256: string;
  row: number;
  importedAt: string;
  /** the ticket number of the ledger, when it could not be kept (its format or a clash) */
  originalNumber?: string | null;
  /** 原编号: the paper form's page or serial of the callback */
  originalSerial?: string | null;
}

@ObjectType({ description: '导入来源: the ledger file and row a ticket or callback was imported from' })
export class ImportSourceInfo {
  @Field(() => ID, { description: 'the LedgerImport' }) importId!: string;
  @Field(() => String) fileName!: string;
  @Field(() => String, { description: "SHA-256 of the file's bytes" }) sha256!: string;
  @Field(() => Int, { description: 'its row in the file (1 = the header)' }) row!: number;
  @Field(() => GraphQLDateTime) importedAt!: Date;
  @Field(() => String, { nullable: true, description: '原编号: the number or code on the ledger, when ours differs' }) originalCode?: string | null;
}
