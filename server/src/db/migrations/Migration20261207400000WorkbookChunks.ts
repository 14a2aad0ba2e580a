import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 20: exported workbooks kept in PostgreSQL (EXPORT_STORAGE=postgres), so any process can send any workbook:
 * the file's bytes in 1 MB chunks, written in the export's own transaction (a failed export leaves none), read
 * one chunk at a time.
 */
export class Migration20261207400000WorkbookChunks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "workbook_chunk" ("file_path" text not null, "seq" int not null, "data" bytea not null, primary key ("file_path", "seq"));`);
  }
}
