import { Migration20261122000000Initial } from './Migration20261122000000Initial';
import { Migration20261123100000Statistics } from './Migration20261123100000Statistics';
import { Migration20261123100001StatisticsIndexes } from './Migration20261123100001StatisticsIndexes';
import { Migration20261123200000Exports } from './Migration20261123200000Exports';
import { Migration20261123400000ApiTokens } from './Migration20261123400000ApiTokens';
import { Migration20261202100000HistoryChain } from './Migration20261202100000HistoryChain';
import { Migration20261203100000WorkbookPrint } from './Migration20261203100000WorkbookPrint';
import { Migration20261203200000LoginThrottle } from './Migration20261203200000LoginThrottle';
import { Migration20261204000000WorkQueues } from './Migration20261204000000WorkQueues';
import { Migration20261204100000StatisticsIndexCleanup } from './Migration20261204100000StatisticsIndexCleanup';
import { Migration20261204200000ArchiveSeal } from './Migration20261204200000ArchiveSeal';
import { Migration20261206400000CallbackReassignment } from './Migration20261206400000CallbackReassignment';
import { Migration20261206500000SpotChecks } from './Migration20261206500000SpotChecks';
import { Migration20261207400000WorkbookChunks } from './Migration20261207400000WorkbookChunks';
import { Migration20261208100000ExportJobs } from './Migration20261208100000ExportJobs';
import { Migration20261209100000OwnerLinks } from './Migration20261209100000OwnerLinks';
import { Migration20261205100000ProjectUnitFormat } from './Migration20261205100000ProjectUnitFormat';
import { Migration20261206100000GraphqlRateLimit } from './Migration20261206100000GraphqlRateLimit';
import { Migration20261206110000CarryOver } from './Migration20261206110000CarryOver';
import { Migration20261206200000Push } from './Migration20261206200000Push';
import { Migration20261206300000AdminSettings } from './Migration20261206300000AdminSettings';
import { Migration20261206310000CallScripts } from './Migration20261206310000CallScripts';

/** Migrations in order; listed explicitly so compiled and ts-jest runs find the same ones. */
export const migrationsList = [
  { name: 'Migration20261122000000Initial', class: Migration20261122000000Initial },
  { name: 'Migration20261123100000Statistics', class: Migration20261123100000Statistics },
  { name: 'Migration20261123100001StatisticsIndexes', class: Migration20261123100001StatisticsIndexes },
  { name: 'Migration20261123200000Exports', class: Migration20261123200000Exports },
  { name: 'Migration20261123400000ApiTokens', class: Migration20261123400000ApiTokens },
  { name: 'Migration20261202100000HistoryChain', class: Migration20261202100000HistoryChain },
  { name: 'Migration20261203100000WorkbookPrint', class: Migration20261203100000WorkbookPrint },
  { name: 'Migration20261203200000LoginThrottle', class: Migration20261203200000LoginThrottle },
  { name: 'Migration20261204000000WorkQueues', class: Migration20261204000000WorkQueues },
  { name: 'Migration20261204100000StatisticsIndexCleanup', class: Migration20261204100000StatisticsIndexCleanup },
  { name: 'Migration20261204200000ArchiveSeal', class: Migration20261204200000ArchiveSeal },
  { name: 'Migration20261205100000ProjectUnitFormat', class: Migration20261205100000ProjectUnitFormat },
  { name: 'Migration20261206100000GraphqlRateLimit', class: Migration20261206100000GraphqlRateLimit },
  { name: 'Migration20261206110000CarryOver', class: Migration20261206110000CarryOver },
  { name: 'Migration20261206200000Push', class: Migration20261206200000Push },
  { name: 'Migration20261206300000AdminSettings', class: Migration20261206300000AdminSettings },
  { name: 'Migration20261206310000CallScripts', class: Migration20261206310000CallScripts },
  { name: 'Migration20261206400000CallbackReassignment', class: Migration20261206400000CallbackReassignment },
  { name: 'Migration20261206500000SpotChecks', class: Migration20261206500000SpotChecks },
  { name: 'Migration20261207400000WorkbookChunks', class: Migration20261207400000WorkbookChunks },
  { name: 'Migration20261208100000ExportJobs', class: Migration20261208100000ExportJobs },
  { name: 'Migration20261209100000OwnerLinks', class: Migration20261209100000OwnerLinks },
];
