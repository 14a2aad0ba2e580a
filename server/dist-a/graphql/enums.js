"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SortDirection = void 0;
const shared_1 = require("@hf/shared");
const type_graphql_1 = require("type-graphql");
// The shared enums, registered once for the schema.
const enums = {
    TicketKind: shared_1.TicketKind, ComplaintSeverity: shared_1.ComplaintSeverity, Channel: shared_1.Channel, TicketStatus: shared_1.TicketStatus, CallbackStatus: shared_1.CallbackStatus, CallbackMethod: shared_1.CallbackMethod, Satisfaction: shared_1.Satisfaction, CallbackResult: shared_1.CallbackResult,
    OwnerConfirmation: shared_1.OwnerConfirmation, Role: shared_1.Role, Anchor: shared_1.Anchor, OffsetUnit: shared_1.OffsetUnit, CallbackPurpose: shared_1.CallbackPurpose, AttemptOutcome: shared_1.AttemptOutcome, StatisticsPeriod: shared_1.StatisticsPeriod,
};
for (const [name, enumObject] of Object.entries(enums))
    (0, type_graphql_1.registerEnumType)(enumObject, { name });
var SortDirection;
(function (SortDirection) {
    SortDirection["ASC"] = "ASC";
    SortDirection["DESC"] = "DESC";
})(SortDirection || (exports.SortDirection = SortDirection = {}));
(0, type_graphql_1.registerEnumType)(SortDirection, { name: 'SortDirection' });
//# sourceMappingURL=enums.js.map