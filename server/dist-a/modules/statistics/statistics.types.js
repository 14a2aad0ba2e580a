"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.QuarterlyStatistics = exports.SpotCheckProgress = exports.RepeatedRepair = exports.RepeatedComplaint = exports.UnqualifiedCallback = exports.SatisfactionStatistics = exports.SatisfactionCount = exports.KindStatistics = void 0;
const shared_1 = require("@hf/shared");
const graphql_scalars_1 = require("graphql-scalars");
const type_graphql_1 = require("type-graphql");
const personal_data_1 = require("../../graphql/personal-data");
// The shapes of 季度统计分析; the classes are both the GraphQL types and the plain objects the service returns.
let KindStatistics = class KindStatistics {
};
exports.KindStatistics = KindStatistics;
__decorate([
    (0, type_graphql_1.Field)(() => shared_1.TicketKind, { nullable: true, description: 'null on the totals row (合计)' }),
    __metadata("design:type", Object)
], KindStatistics.prototype, "kind", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: '完成工单数: completed in the period, voided excluded' }),
    __metadata("design:type", Number)
], KindStatistics.prototype, "ticketsCompleted", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: '应回访数: ceil(rate × anchored tickets) per policy stage' }),
    __metadata("design:type", Number)
], KindStatistics.prototype, "callbacksRequired", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Float, { nullable: true, description: '目标回访率 % (the policy; lowest rate of its stages)' }),
    __metadata("design:type", Object)
], KindStatistics.prototype, "targetRatePercent", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: '已安排回访数 (not voided, spot checks excluded)' }),
    __metadata("design:type", Number)
], KindStatistics.prototype, "callbacksPlanned", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: '已回访数 (recorded, reviewed, escalated or closed with a result)' }),
    __metadata("design:type", Number)
], KindStatistics.prototype, "callbacksDone", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Float, { nullable: true, description: '实际回访率 %: done ÷ anchored tickets' }),
    __metadata("design:type", Object)
], KindStatistics.prototype, "achievedRatePercent", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { description: '达标: done ≥ required (totals: every kind)' }),
    __metadata("design:type", Boolean)
], KindStatistics.prototype, "targetMet", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: '时效内完成: performed within the planned window' }),
    __metadata("design:type", Number)
], KindStatistics.prototype, "doneWithinWindow", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: '逾期: still planned after the window' }),
    __metadata("design:type", Number)
], KindStatistics.prototype, "overdue", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: '无法联系: attempts cap reached' }),
    __metadata("design:type", Number)
], KindStatistics.prototype, "unreachable", void 0);
exports.KindStatistics = KindStatistics = __decorate([
    (0, type_graphql_1.ObjectType)({ description: '按工单类别统计 (one row per ticket kind; the totals row has no kind)' })
], KindStatistics);
let SatisfactionCount = class SatisfactionCount {
};
exports.SatisfactionCount = SatisfactionCount;
__decorate([
    (0, type_graphql_1.Field)(() => shared_1.Satisfaction),
    __metadata("design:type", String)
], SatisfactionCount.prototype, "level", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    __metadata("design:type", Number)
], SatisfactionCount.prototype, "count", void 0);
exports.SatisfactionCount = SatisfactionCount = __decorate([
    (0, type_graphql_1.ObjectType)({ description: '满意程度分布' })
], SatisfactionCount);
let SatisfactionStatistics = class SatisfactionStatistics {
};
exports.SatisfactionStatistics = SatisfactionStatistics;
__decorate([
    (0, type_graphql_1.Field)(() => [SatisfactionCount], { description: 'every level, best first' }),
    __metadata("design:type", Array)
], SatisfactionStatistics.prototype, "distribution", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'done callbacks with a satisfaction level' }),
    __metadata("design:type", Number)
], SatisfactionStatistics.prototype, "rated", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Float, { nullable: true, description: '满意率 %: (非常满意 + 满意) ÷ rated' }),
    __metadata("design:type", Object)
], SatisfactionStatistics.prototype, "satisfiedRatePercent", void 0);
exports.SatisfactionStatistics = SatisfactionStatistics = __decorate([
    (0, type_graphql_1.ObjectType)({ description: '满意度' })
], SatisfactionStatistics);
let UnqualifiedCallback = class UnqualifiedCallback {
};
exports.UnqualifiedCallback = UnqualifiedCallback;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { description: 'the Callback id' }),
    __metadata("design:type", String)
], UnqualifiedCallback.prototype, "callbackId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], UnqualifiedCallback.prototype, "serialCode", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], UnqualifiedCallback.prototype, "ticketNumber", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => shared_1.TicketKind),
    __metadata("design:type", String)
], UnqualifiedCallback.prototype, "kind", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, personal_data_1.PersonalData)('name'),
    __metadata("design:type", String)
], UnqualifiedCallback.prototype, "ownerName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, personal_data_1.PersonalData)('unit'),
    __metadata("design:type", String)
], UnqualifiedCallback.prototype, "unit", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, personal_data_1.PersonalData)('phone'),
    __metadata("design:type", Object)
], UnqualifiedCallback.prototype, "phone", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], UnqualifiedCallback.prototype, "summary", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => shared_1.CallbackPurpose),
    __metadata("design:type", String)
], UnqualifiedCallback.prototype, "purpose", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => shared_1.CallbackStatus),
    __metadata("design:type", String)
], UnqualifiedCallback.prototype, "status", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime, { nullable: true }),
    __metadata("design:type", Object)
], UnqualifiedCallback.prototype, "performedAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], UnqualifiedCallback.prototype, "visitors", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => shared_1.Satisfaction, { nullable: true }),
    __metadata("design:type", Object)
], UnqualifiedCallback.prototype, "satisfaction", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: '缺点与不足' }),
    __metadata("design:type", Object)
], UnqualifiedCallback.prototype, "shortcomings", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: '住户建议' }),
    __metadata("design:type", Object)
], UnqualifiedCallback.prototype, "suggestions", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: '审核意见' }),
    __metadata("design:type", Object)
], UnqualifiedCallback.prototype, "reviewOpinion", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: '上报项目经理' }),
    __metadata("design:type", Object)
], UnqualifiedCallback.prototype, "escalatedTo", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: '处理意见' }),
    __metadata("design:type", Object)
], UnqualifiedCallback.prototype, "handlingOpinion", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], UnqualifiedCallback.prototype, "followUp", void 0);
exports.UnqualifiedCallback = UnqualifiedCallback = __decorate([
    (0, type_graphql_1.ObjectType)({ description: '回访不合格' })
], UnqualifiedCallback);
let RepeatedComplaint = class RepeatedComplaint {
};
exports.RepeatedComplaint = RepeatedComplaint;
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, personal_data_1.PersonalData)('unit'),
    __metadata("design:type", String)
], RepeatedComplaint.prototype, "unit", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: 'the matter: the complaint category, or the department complained about' }),
    __metadata("design:type", String)
], RepeatedComplaint.prototype, "matter", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    __metadata("design:type", Number)
], RepeatedComplaint.prototype, "count", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [String]),
    (0, personal_data_1.PersonalData)('name'),
    __metadata("design:type", Array)
], RepeatedComplaint.prototype, "ownerNames", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [String], { description: 'in order of receipt' }),
    __metadata("design:type", Array)
], RepeatedComplaint.prototype, "ticketNumbers", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLLocalDate),
    __metadata("design:type", String)
], RepeatedComplaint.prototype, "firstReceivedOn", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLLocalDate),
    __metadata("design:type", String)
], RepeatedComplaint.prototype, "lastReceivedOn", void 0);
exports.RepeatedComplaint = RepeatedComplaint = __decorate([
    (0, type_graphql_1.ObjectType)({ description: '重复投诉: same unit (so same owner), same matter, ≥ 2 in the period' })
], RepeatedComplaint);
let RepeatedRepair = class RepeatedRepair {
};
exports.RepeatedRepair = RepeatedRepair;
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, personal_data_1.PersonalData)('unit'),
    __metadata("design:type", String)
], RepeatedRepair.prototype, "unit", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], RepeatedRepair.prototype, "category", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    __metadata("design:type", Number)
], RepeatedRepair.prototype, "count", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [String]),
    (0, personal_data_1.PersonalData)('name'),
    __metadata("design:type", Array)
], RepeatedRepair.prototype, "ownerNames", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [String], { description: 'in order of receipt' }),
    __metadata("design:type", Array)
], RepeatedRepair.prototype, "ticketNumbers", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLLocalDate),
    __metadata("design:type", String)
], RepeatedRepair.prototype, "firstReceivedOn", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLLocalDate),
    __metadata("design:type", String)
], RepeatedRepair.prototype, "lastReceivedOn", void 0);
exports.RepeatedRepair = RepeatedRepair = __decorate([
    (0, type_graphql_1.ObjectType)({ description: '重复维修: same unit, same repair category, ≥ 3 in the period' })
], RepeatedRepair);
let SpotCheckProgress = class SpotCheckProgress {
};
exports.SpotCheckProgress = SpotCheckProgress;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Float, { description: 'the policy spot-check stage of repairs, else 20%' }),
    __metadata("design:type", Number)
], SpotCheckProgress.prototype, "ratePercent", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'repair tickets completed in the period' }),
    __metadata("design:type", Number)
], SpotCheckProgress.prototype, "repairRecords", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    __metadata("design:type", Number)
], SpotCheckProgress.prototype, "required", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'spot-check callbacks planned (not voided)' }),
    __metadata("design:type", Number)
], SpotCheckProgress.prototype, "planned", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    __metadata("design:type", Number)
], SpotCheckProgress.prototype, "done", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    __metadata("design:type", Number)
], SpotCheckProgress.prototype, "remaining", void 0);
exports.SpotCheckProgress = SpotCheckProgress = __decorate([
    (0, type_graphql_1.ObjectType)({ description: '抽查回访 (seed 004): the supervisor re-checks a share of the repair records' })
], SpotCheckProgress);
let QuarterlyStatistics = class QuarterlyStatistics {
};
exports.QuarterlyStatistics = QuarterlyStatistics;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { description: 'the Project id' }),
    __metadata("design:type", String)
], QuarterlyStatistics.prototype, "projectId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], QuarterlyStatistics.prototype, "projectCode", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], QuarterlyStatistics.prototype, "projectName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: '2026Q3, or 2026-07 for monthly projects' }),
    __metadata("design:type", String)
], QuarterlyStatistics.prototype, "period", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => shared_1.StatisticsPeriod),
    __metadata("design:type", String)
], QuarterlyStatistics.prototype, "periodKind", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLLocalDate),
    __metadata("design:type", String)
], QuarterlyStatistics.prototype, "from", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLLocalDate),
    __metadata("design:type", String)
], QuarterlyStatistics.prototype, "to", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLLocalDate, { description: 'OVERDUE is judged as of this day' }),
    __metadata("design:type", String)
], QuarterlyStatistics.prototype, "asOf", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime),
    __metadata("design:type", Date)
], QuarterlyStatistics.prototype, "computedAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [KindStatistics], { description: 'one row per ticket kind, in the order of TicketKind' }),
    __metadata("design:type", Array)
], QuarterlyStatistics.prototype, "kinds", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => KindStatistics, { description: '合计' }),
    __metadata("design:type", KindStatistics)
], QuarterlyStatistics.prototype, "totals", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => SatisfactionStatistics),
    __metadata("design:type", SatisfactionStatistics)
], QuarterlyStatistics.prototype, "satisfaction", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [UnqualifiedCallback]),
    __metadata("design:type", Array)
], QuarterlyStatistics.prototype, "unqualifiedCallbacks", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [RepeatedComplaint]),
    __metadata("design:type", Array)
], QuarterlyStatistics.prototype, "repeatedComplaints", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [RepeatedRepair]),
    __metadata("design:type", Array)
], QuarterlyStatistics.prototype, "repeatedRepairs", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => SpotCheckProgress),
    __metadata("design:type", SpotCheckProgress)
], QuarterlyStatistics.prototype, "spotCheck", void 0);
exports.QuarterlyStatistics = QuarterlyStatistics = __decorate([
    (0, type_graphql_1.ObjectType)({ description: '季度(月度)统计分析 of one project and period' })
], QuarterlyStatistics);
//# sourceMappingURL=statistics.types.js.map