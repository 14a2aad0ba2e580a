import 'reflect-metadata';
import '../graphql/enums';
import { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { CallbackResolver } from '../modules/callbacks/callback.resolver';
import { PolicyResolver } from '../modules/policies/policy.resolver';
import { ProjectResolver } from '../modules/projects/project.resolver';
import { StatisticsResolver } from '../modules/statistics/statistics.resolver';
import { QuarterlyReportResolver } from '../modules/statistics/quarterly-report.resolver';
import { ArchiveResolver } from '../modules/archives/archive.resolver';
import { ProjectSettingsResolver } from '../modules/projects/project-settings.resolver';
import { TicketResolver } from '../modules/tickets/ticket.resolver';
import { UserResolver } from '../modules/users/user.resolver';
import { WorkbookExportResolver } from '../modules/exports/workbook-export.resolver';
import { WorkbookExportJobResolver } from '../modules/exports/export-job.resolver';
import { ApiTokenResolver } from '../modules/api-tokens/api-token.resolver';
import { ChangeRecordResolver, historyResolverFor } from '../modules/audit/history.resolver';
import { HistoryChainResolver } from '../modules/audit/history-chain.resolver';
import { WorkQueueResolver } from '../modules/work-queues/work-queue.resolver';
import { CallbackReviewResolver } from '../modules/callbacks/callback-review.resolver';
import { SpotCheckResolver } from '../modules/callbacks/spot-check.resolver';
import { NotificationResolver } from '../modules/notifications/notification.resolver';
import { WebhookResolver } from '../modules/webhooks/webhook.resolver';
import { LiveResolver } from '../modules/events/live.resolver';
import { createPubSub } from '@graphql-yoga/subscription';
import { UserAccountResolver } from '../modules/users/user-account.resolver';
import { ProjectAdminResolver } from '../modules/projects/project-admin.resolver';
import { CallScriptResolver } from '../modules/call-scripts/call-script.resolver';
import { CallbackOwnerLinksResolver, OwnerAnswerStatisticsResolver, OwnerLinkResolver } from '../modules/owner-links/owner-link.resolver';
import { CallbackImportSourceResolver, LedgerImportResolver, TicketImportSourceResolver } from '../modules/imports/ledger-import.resolver';
import { StaffResultsResolver } from '../modules/staff-results/staff-results.resolver';
import { QuotaForecastResolver } from '../modules/statistics/quota-forecast.resolver';
import { TargetAtRiskResolver } from '../modules/work-queues/target-at-risk.resolver';
import { authChecker } from './auth-checker';
import { NodeResolver } from './node.resolver';
import { maskPersonalDataFields } from '../graphql/personal-data';
import { historyTypes } from '../db/entities';

/** `history` on every type of the registry that shows it (db/entities.ts). */
const historyResolvers = historyTypes().map((type) => historyResolverFor(type as new () => { id: number }));

export const resolvers = [NodeResolver, UserResolver, ProjectResolver, TicketResolver, CallbackResolver, PolicyResolver,
  StatisticsResolver, QuarterlyReportResolver, ArchiveResolver, ProjectSettingsResolver, WorkbookExportResolver, WorkbookExportJobResolver,
  ApiTokenResolver, ChangeRecordResolver, HistoryChainResolver, ...historyResolvers, WorkQueueResolver,
  CallbackReviewResolver, SpotCheckResolver, NotificationResolver, WebhookResolver, LiveResolver, UserAccountResolver, ProjectAdminResolver,
  CallScriptResolver, OwnerLinkResolver, CallbackOwnerLinksResolver, OwnerAnswerStatisticsResolver, StaffResultsResolver,
  QuotaForecastResolver, TargetAtRiskResolver, LedgerImportResolver, TicketImportSourceResolver, CallbackImportSourceResolver,
] as const;

export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
    // required by type-graphql for @Subscription; ours subscribe to the LISTEN notices themselves (modules/events/live.ts)
    pubSub: createPubSub(),
  });
  return maskPersonalDataFields(schema);
}
