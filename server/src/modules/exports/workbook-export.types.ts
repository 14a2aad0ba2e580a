import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Length, Matches } from 'class-validator';
import { Connection } from '../../graphql/connection';
import { UserError } from '../../graphql/user-error';
import { WorkbookExport } from './workbook-export.entity';
import { WorkbookExportJob } from './workbook-export-job.entity';

@InputType()
export class ExportQuarterlyWorkbookInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => String, { description: 'the quarter, e.g. 2026Q3 (or a month, 2026-07, where the project compiles monthly)' })
  @Length(6, 10)
  @Matches(/\S/)
  period!: string;
}

@ObjectType()
export class ExportQuarterlyWorkbookPayload {
  @Field(() => WorkbookExport, { nullable: true })
  workbook?: WorkbookExport | null;

  @Field(() => String, { nullable: true, description: 'path of the download on this server, e.g. /files/workbooks/HFB-A01-2026Q3-01.xlsx' })
  downloadUrl?: string | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

export const WorkbookExportConnection = Connection(WorkbookExport, 'WorkbookExport');

@ObjectType()
export class QueueQuarterlyWorkbookExportPayload {
  @Field(() => WorkbookExportJob, { nullable: true, description: 'the job, QUEUED, with its workbook number' })
  job?: WorkbookExportJob | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

export const WorkbookExportJobConnection = Connection(WorkbookExportJob, 'WorkbookExportJob');
