import { BigIntType, Entity, ManyToOne, Property, Ref, Unique, OptionalProps } from '@mikro-orm/core';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { NodeEntity, NodeProps } from '../../db/base-entity';
import { Project } from '../projects/project.entity';
import { User } from '../users/user.entity';

/** Rows written to one sheet of a workbook (kept in the register as they were in the file). */
@ObjectType({ description: '工作表行数' })
export class SheetRowCount {
  @Field(() => String, { description: 'sheet name, e.g. 业主回访记录表' })
  sheet!: string;

  @Field(() => Int)
  rows!: number;
}

/**
 * 导出登记: one numbered quarterly workbook (HFB-A01-2026Q3-01), who exported it, when, what it holds and
 * the SHA-256 of the file. 回访记录表每页应印有编码，不允许撕毁: the row and its file are never changed.
 */
@ObjectType({ implements: Node, description: '工作簿导出登记' })
@Entity({ tableName: 'workbook_export' })
@Unique({ properties: ['project', 'period', 'sequence'] })
export class WorkbookExport extends NodeEntity {
  [OptionalProps]?: NodeProps | 'downloadUrl';

  @ManyToOne(() => Project, { ref: true })
  project!: Ref<Project>;

  @Field(() => String, { description: 'the period exported, e.g. 2026Q3' })
  @Property({ type: 'string', length: 10 })
  period!: string;

  @Field(() => Int, { description: 'counts exports of this project and period, from 1' })
  @Property({ type: 'integer' })
  sequence!: number;

  @Field(() => String, { description: '工作簿编号, e.g. HFB-A01-2026Q3-01' })
  @Unique()
  @Property({ type: 'string', length: 40 })
  number!: string;

  @ManyToOne(() => User, { ref: true })
  exportedBy!: Ref<User>;

  @Field(() => GraphQLDateTime)
  @Property({ type: 'Date' })
  exportedAt!: Date;

  @Field(() => Boolean, {
    description: '期间已存档: whether the period was archived when this workbook was exported; false = 未存档（草稿）, a draft whose records may still change (every page says so)',
  })
  @Property({ type: 'boolean' })
  archived!: boolean;

  @Field(() => [SheetRowCount], { description: 'data rows per sheet' })
  @Property({ type: 'json' })
  rowCounts!: SheetRowCount[];

  /** relative to the data directory; never sent to clients */
  @Property({ type: 'text' })
  filePath!: string;

  @Field(() => Int, { description: 'file size in bytes' })
  @Property({ type: new BigIntType('number') })
  byteSize!: number;

  @Field(() => String, { description: 'SHA-256 of the file (hex); a re-download hashes the same' })
  @Property({ type: 'character', length: 64 })
  sha256!: string;

  @Field(() => String, { description: 'path of the download on this server (send the session cookie or bearer token)' })
  get downloadUrl(): string {
    return workbookDownloadPath(this.number);
  }
}

export function workbookDownloadPath(number: string): string {
  return `/files/workbooks/${encodeURIComponent(number)}.xlsx`;
}
