"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.withRowProject = withRowProject;
exports.statisticsAsSeenBy = statisticsAsSeenBy;
const personal_data_1 = require("../../graphql/personal-data");
/**
 * Residents' names, units and phones in the statistics (不合格回访, 重复投诉, 重复维修) follow the rule of the ticket
 * fields (seed 001: 保护客户隐私): the rows carry their project, and their fields are marked @PersonalData.
 */
/** Puts the project on every row that holds residents' data (also on a snapshot frozen before the rows carried it). */
function withRowProject(figures, projectId) {
    const stamp = (rows) => rows.map((row) => ({ ...row, projectId }));
    return {
        ...figures,
        unqualifiedCallbacks: stamp(figures.unqualifiedCallbacks),
        repeatedComplaints: stamp(figures.repeatedComplaints),
        repeatedRepairs: stamp(figures.repeatedRepairs),
    };
}
function statisticsAsSeenBy(access, projectId, figures) {
    return {
        ...figures,
        unqualifiedCallbacks: figures.unqualifiedCallbacks.map((row) => (0, personal_data_1.maskRow)(access, 'UnqualifiedCallback', projectId, row)),
        repeatedComplaints: figures.repeatedComplaints.map((row) => (0, personal_data_1.maskRow)(access, 'RepeatedComplaint', projectId, row)),
        repeatedRepairs: figures.repeatedRepairs.map((row) => (0, personal_data_1.maskRow)(access, 'RepeatedRepair', projectId, row)),
    };
}
// a report's frozen figures appear in its history (old/new of `figures`): masked by the same rule
(0, personal_data_1.registerJsonPersonalData)('QuarterlyReport', 'figures', (access, projectId, value) => value && typeof value === 'object' && 'unqualifiedCallbacks' in value ? statisticsAsSeenBy(access, projectId, value) : value);
//# sourceMappingURL=statistics.privacy.js.map