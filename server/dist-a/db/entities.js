"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.entities = void 0;
const api_token_entity_1 = require("../modules/api-tokens/api-token.entity");
const change_record_entity_1 = require("../modules/audit/change-record.entity");
const callback_entity_1 = require("../modules/callbacks/callback.entity");
const owner_entity_1 = require("../modules/owners/owner.entity");
const callback_policy_entity_1 = require("../modules/policies/callback-policy.entity");
const project_entity_1 = require("../modules/projects/project.entity");
const ticket_entity_1 = require("../modules/tickets/ticket.entity");
const quarterly_report_entity_1 = require("../modules/statistics/quarterly-report.entity");
const user_entity_1 = require("../modules/users/user.entity");
const workbook_export_entity_1 = require("../modules/exports/workbook-export.entity");
exports.entities = [
    project_entity_1.Project, project_entity_1.Department, user_entity_1.User, user_entity_1.Session, owner_entity_1.Owner, ticket_entity_1.Ticket, callback_entity_1.Callback, callback_entity_1.CallbackAttempt, callback_policy_entity_1.CallbackPolicy, change_record_entity_1.ChangeRecord,
    quarterly_report_entity_1.QuarterlyReport,
    workbook_export_entity_1.WorkbookExport,
    api_token_entity_1.ApiToken,
];
//# sourceMappingURL=entities.js.map