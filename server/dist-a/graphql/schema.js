"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.resolvers = void 0;
exports.createSchema = createSchema;
require("reflect-metadata");
require("./enums");
const type_graphql_1 = require("type-graphql");
const callback_resolver_1 = require("../modules/callbacks/callback.resolver");
const policy_resolver_1 = require("../modules/policies/policy.resolver");
const project_resolver_1 = require("../modules/projects/project.resolver");
const statistics_resolver_1 = require("../modules/statistics/statistics.resolver");
const quarterly_report_resolver_1 = require("../modules/statistics/quarterly-report.resolver");
const archive_resolver_1 = require("../modules/archives/archive.resolver");
const project_settings_resolver_1 = require("../modules/projects/project-settings.resolver");
const ticket_resolver_1 = require("../modules/tickets/ticket.resolver");
const user_resolver_1 = require("../modules/users/user.resolver");
const workbook_export_resolver_1 = require("../modules/exports/workbook-export.resolver");
const api_token_resolver_1 = require("../modules/api-tokens/api-token.resolver");
const history_resolver_1 = require("../modules/audit/history.resolver");
const auth_checker_1 = require("./auth-checker");
const node_resolver_1 = require("./node.resolver");
const personal_data_1 = require("./personal-data");
exports.resolvers = [node_resolver_1.NodeResolver, user_resolver_1.UserResolver, project_resolver_1.ProjectResolver, ticket_resolver_1.TicketResolver, callback_resolver_1.CallbackResolver, policy_resolver_1.PolicyResolver,
    statistics_resolver_1.StatisticsResolver, quarterly_report_resolver_1.QuarterlyReportResolver, archive_resolver_1.ArchiveResolver, project_settings_resolver_1.ProjectSettingsResolver, workbook_export_resolver_1.WorkbookExportResolver,
    api_token_resolver_1.ApiTokenResolver, history_resolver_1.ChangeRecordResolver, ...history_resolver_1.historyResolvers,
];
async function createSchema() {
    const schema = await (0, type_graphql_1.buildSchema)({
        resolvers: exports.resolvers,
        authChecker: auth_checker_1.authChecker,
        authMode: 'error',
        validate: { forbidUnknownValues: false },
        emitSchemaFile: false,
    });
    return (0, personal_data_1.maskPersonalDataFields)(schema);
}
//# sourceMappingURL=schema.js.map