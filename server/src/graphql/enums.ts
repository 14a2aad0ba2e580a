import {
  Anchor, AttemptOutcome, CallbackMethod, CallbackPurpose, CallbackResult, CallbackStatus, Channel, ComplaintSeverity,
  ExportJobState, OffsetUnit, OwnerConfirmation, LedgerKind, OwnerLinkPurpose, OwnerLinkState, OwnerVerdict, RecordWarningCode, Role, SamplingOutcome, Satisfaction, StatisticsPeriod, TicketKind, TicketStatus,
} from '@hf/shared';
import { registerEnumType } from 'type-graphql';

// The shared enums, registered once for the schema.
const enums = {
  TicketKind, ComplaintSeverity, Channel, TicketStatus, CallbackStatus, CallbackMethod, Satisfaction, CallbackResult,
  OwnerConfirmation, Role, Anchor, OffsetUnit, CallbackPurpose, AttemptOutcome, StatisticsPeriod, RecordWarningCode,
  SamplingOutcome, ExportJobState, OwnerLinkPurpose, OwnerLinkState, OwnerVerdict, LedgerKind,
};
for (const [name, enumObject] of Object.entries(enums)) registerEnumType(enumObject, { name });

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });
