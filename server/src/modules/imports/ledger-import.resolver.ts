import { apiMessage, type LedgerCell, LEDGER_COLUMNS, LEDGER_IMPORTERS, mappingProblems } from '@hf/shared';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, registerEnumType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { requireViewer } from '../../graphql/context';
import { idArgument } from '../../graphql/arguments';
import { UserError, withUserErrors } from '../../graphql/user-error';
import { encodeGlobalId } from '../../core/global-id';
import { DomainError } from '../../core/domain-error';
import { ErrorCode } from '@hf/shared';
import { Callback } from '../callbacks/callback.entity';
import { Project } from '../projects/project.entity';
import { Ticket } from '../tickets/ticket.entity';
import { type ImportSource, ImportSourceInfo } from './import-source';
import { LedgerImport } from './ledger-import.entity';
import { commitLedgerImport, ImportRowStatus, setLedgerImportMapping } from './ledger-import.service';

registerEnumType(ImportRowStatus, { name: 'ImportRowStatus' });

const IMPORTERS = LEDGER_IMPORTERS;

@ObjectType({ description: 'one of our columns a ledger column can be' })
class ImportColumnOption {
  @Field(() => String) field!: string;
  @Field(() => String) label!: string;
  @Field(() => String) help!: string;
}

@ObjectType({ description: "a column of the file and the column of ours it is imported as (null: not imported)" })
class ImportColumnMapping {
  @Field(() => Int, { description: '0-based' }) column!: number;
  @Field(() => String) header!: string;
  @Field(() => String, { nullable: true }) field!: string | null;
}

@ObjectType()
class ImportRowProblem {
  @Field(() => Int, { nullable: true, description: "the file's column (0-based); null: the row as a whole" }) column!: number | null;
  @Field(() => String) field!: string;
  @Field(() => String) code!: string;
  @Field(() => String) message!: string;
  @Field(() => String, { nullable: true }) messageKey?: string | null;
}

@ObjectType({ description: 'one row of the file as read, with what its check found' })
class LedgerImportRow {
  @Field(() => Int, { description: "the row's number in the file (1 = the header)" }) rowNumber!: number;
  @Field(() => ImportRowStatus, { nullable: true, description: 'null: not checked yet (the mapping lacks a required column)' }) status!: ImportRowStatus | null;
  @Field(() => [String], { description: 'the cells as text, in the order of the file' }) cells!: string[];
  @Field(() => [ImportRowProblem]) problems!: ImportRowProblem[];
}

@ObjectType()
class ImportRowCounts {
  @Field(() => Int) valid!: number;
  @Field(() => Int) invalid!: number;
  @Field(() => Int) duplicate!: number;
  @Field(() => Int, { description: 'rows this file imported before (skipped)' }) alreadyImported!: number;
  @Field(() => Int) written!: number;
}

@InputType()
class SetLedgerImportMappingInput {
  @Field(() => ID) id!: string;
  @Field(() => [String], { nullable: 'items', description: 'one per column of the file: our column, or null to leave it out' }) mapping!: (string | null)[];
}

@InputType()
class CommitLedgerImportInput {
  @Field(() => ID) id!: string;
  @Field(() => Boolean, { defaultValue: false, description: 'write nothing while a row has errors' }) allOrNothing!: boolean;
}

@ObjectType()
class LedgerImportPayload {
  @Field(() => LedgerImport, { nullable: true }) ledgerImport?: LedgerImport | null;
  @Field(() => Int, { nullable: true, description: 'rows written' }) written?: number | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

/** A cell as the preview shows it. */
function cellText(cell: LedgerCell): string {
  if (cell === null) return '';
  if (typeof cell === 'object') return 'date' in cell ? cell.date.slice(0, 16).replace('T', ' ') : '（公式）';
  return String(cell);
}

@Resolver(() => LedgerImport)
export class LedgerImportResolver {
  @Authorized(...IMPORTERS)
  @Query(() => LedgerImport, { description: '台账导入: an uploaded ledger (POST /files/imports), its mapping and its rows as checked' })
  async ledgerImport(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<LedgerImport> {
    const viewer = requireViewer(ctx);
    const entry = await ctx.em.findOne(LedgerImport, idArgument(id, 'LedgerImport'));
    if (!entry || !viewer.projectIds.includes(entry.project.id)) throw DomainError.of(ErrorCode.NOT_FOUND, 'id');
    return entry;
  }

  @Authorized(...IMPORTERS)
  @Mutation(() => LedgerImportPayload, { description: "the clerk's mapping of the file's columns to ours; every row is checked again" })
  setLedgerImportMapping(@Arg('input', () => SetLedgerImportMappingInput) input: SetLedgerImportMappingInput, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    return withUserErrors(async () => ({ ledgerImport: await setLedgerImportMapping(ctx.em, viewer, idArgument(input.id, 'LedgerImport'), input.mapping) }));
  }

  @Authorized(...IMPORTERS)
  @Mutation(() => LedgerImportPayload, { description: '导入: writes the valid rows in one transaction (none while a row has errors, with allOrNothing)' })
  commitLedgerImport(@Arg('input', () => CommitLedgerImportInput) input: CommitLedgerImportInput, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    return withUserErrors(async () => {
      const { entry, written } = await commitLedgerImport(ctx.em, viewer, idArgument(input.id, 'LedgerImport'), { allOrNothing: input.allOrNothing });
      return { ledgerImport: entry, written };
    });
  }

  @FieldResolver(() => Project)
  project(@Root() entry: LedgerImport): Promise<Project> {
    return entry.project.loadOrFail();
  }

  @FieldResolver(() => [ImportColumnMapping])
  mapping(@Root() entry: LedgerImport): ImportColumnMapping[] {
    return entry.headers.map((header, column) => ({ column, header, field: entry.mapping[column] ?? null }));
  }

  @FieldResolver(() => [ImportColumnOption], { description: 'our columns for this kind of ledger, in the paper form\'s order' })
  columns(@Root() entry: LedgerImport): ImportColumnOption[] {
    return LEDGER_COLUMNS[entry.kind].map((c) => ({ field: c.field, label: c.label['zh-CN'], help: c.help }));
  }

  @FieldResolver(() => [String], { description: 'what the mapping lacks or repeats; the rows are checked once there is none' })
  mappingProblems(@Root() entry: LedgerImport): string[] {
    return mappingProblems(entry.kind, entry.mapping).map((m) => apiMessage(m));
  }

  @FieldResolver(() => ImportRowCounts)
  async counts(@Root() entry: LedgerImport, @Ctx() ctx: Context): Promise<ImportRowCounts> {
    const rows = await ctx.em.execute<{ status: ImportRowStatus; count: number }[]>(
      `select status, count(*)::int as count from ledger_import_row where import_id = ? group by status`, [entry.id]);
    const of = (s: ImportRowStatus) => rows.find((r) => r.status === s)?.count ?? 0;
    return { valid: of(ImportRowStatus.VALID), invalid: of(ImportRowStatus.INVALID), duplicate: of(ImportRowStatus.DUPLICATE), alreadyImported: of(ImportRowStatus.IMPORTED), written: of(ImportRowStatus.WRITTEN) };
  }

  @FieldResolver(() => [LedgerImportRow], { description: 'rows in file order, e.g. only those with errors or duplicates' })
  async rows(
    @Root() entry: LedgerImport,
    @Ctx() ctx: Context,
    @Arg('statuses', () => [ImportRowStatus], { nullable: true }) statuses?: ImportRowStatus[] | null,
    @Arg('first', () => Int, { nullable: true, description: '1–500, default 100' }) first?: number | null,
    @Arg('after', () => Int, { nullable: true, description: 'rows after this row number' }) after?: number | null,
  ): Promise<LedgerImportRow[]> {
    const limit = Math.min(500, Math.max(1, first ?? 100));
    const rows = await ctx.em.execute<{ row_number: number; status: ImportRowStatus; cells: LedgerCell[]; problems: ImportRowProblem[] | null }[]>(
      `select row_number, status, cells, problems from ledger_import_row
        where import_id = ? and row_number > ? ${statuses?.length ? `and status = any(?::text[])` : ''}
        order by row_number limit ?`,
      [entry.id, after ?? 0, ...(statuses?.length ? [`{${statuses.join(',')}}`] : []), limit],
    );
    return rows.map((r) => ({ rowNumber: r.row_number, status: r.status, cells: entry.headers.map((_h, i) => cellText(r.cells[i] ?? null)), problems: r.problems ?? [] }));
  }

  @FieldResolver(() => String, { description: 'GET: the rows not written with a column 错误 (.xlsx), to fix in Excel and upload again' })
  errorReportUrl(@Root() entry: LedgerImport): string {
    return `/files/imports/${encodeGlobalId('LedgerImport', entry.id)}/errors.xlsx`;
  }
}

const sourceInfo = (source: ImportSource | null, originalCode: string | null | undefined): ImportSourceInfo | null =>
  source ? { importId: encodeGlobalId('LedgerImport', source.importId), fileName: source.fileName, sha256: source.sha256, row: source.row, importedAt: new Date(source.importedAt), originalCode: originalCode ?? null } : null;

@Resolver(() => Ticket)
export class TicketImportSourceResolver {
  @FieldResolver(() => ImportSourceInfo, { nullable: true, description: '导入来源: the ledger file and row it was imported from (null: typed)' })
  importedFrom(@Root() ticket: Ticket): ImportSourceInfo | null {
    return sourceInfo(ticket.importSource, ticket.importSource?.originalNumber);
  }
}

@Resolver(() => Callback)
export class CallbackImportSourceResolver {
  @FieldResolver(() => ImportSourceInfo, { nullable: true, description: '导入来源: the ledger file and row, with 原编号 (the paper form\'s code)' })
  importedFrom(@Root() callback: Callback): ImportSourceInfo | null {
    return sourceInfo(callback.importSource, callback.importSource?.originalSerial);
  }
}
