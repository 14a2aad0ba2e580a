import { Entity, Enum, ManyToOne, OptionalProps, Property, Ref } from '@mikro-orm/core';
import { LedgerKind } from '@hf/shared';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { NodeEntity, NodeProps } from '../../db/base-entity';
import { Project } from '../projects/project.entity';
import { User } from '../users/user.entity';

export enum LedgerImportState {
  STAGED = 'STAGED',
  IMPORTED = 'IMPORTED',
}

/** 导入历史台账: an uploaded ledger, staged with its rows until the clerk writes it (or leaves it). */
@ObjectType({ implements: Node, description: '台账导入 (an uploaded ledger, checked row by row before anything is written)' })
@Entity({ tableName: 'ledger_import' })
export class LedgerImport extends NodeEntity {
  [OptionalProps]?: NodeProps | 'rowsTotal' | 'state' | 'importedBy' | 'importedAt' | 'importedRows';

  @ManyToOne(() => Project, { ref: true })
  project!: Ref<Project>;

  @Field(() => LedgerKind)
  @Enum({ items: () => LedgerKind })
  kind!: LedgerKind;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  fileName!: string;

  @Field(() => String, { description: "SHA-256 of the file's bytes" })
  @Property({ type: 'string', length: 64, columnType: 'char(64)' })
  sha256!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  byteSize!: number;

  @Field(() => [String], { description: "the file's header row" })
  @Property({ type: 'json' })
  headers!: string[];

  /** our column of each of the file's columns (null: not imported) */
  @Property({ type: 'json' })
  mapping!: (string | null)[];

  @Field(() => Int, { description: 'data rows in the file (blank rows left out)' })
  @Property({ type: 'integer' })
  rowsTotal: number = 0;

  @Field(() => LedgerImportState)
  @Enum({ items: () => LedgerImportState })
  state: LedgerImportState = LedgerImportState.STAGED;

  @ManyToOne(() => User, { ref: true })
  uploadedBy!: Ref<User>;

  @Field(() => GraphQLDateTime)
  @Property({ type: 'Date' })
  uploadedAt!: Date;

  @ManyToOne(() => User, { ref: true, nullable: true })
  importedBy: Ref<User> | null = null;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Property({ type: 'Date', nullable: true })
  importedAt: Date | null = null;

  @Field(() => Int, { nullable: true, description: 'rows written' })
  @Property({ type: 'integer', nullable: true })
  importedRows: number | null = null;
}

registerEnumType(LedgerImportState, { name: 'LedgerImportState' });
