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
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.StatisticsResolver = void 0;
const graphql_scalars_1 = require("graphql-scalars");
const type_graphql_1 = require("type-graphql");
const shared_1 = require("@hf/shared");
const access_1 = require("../users/access");
const statistics_service_1 = require("./statistics.service");
const statistics_types_1 = require("./statistics.types");
let StatisticsResolver = class StatisticsResolver {
    quarterlyStatistics(ctx, projectId, period, asOf) {
        const [id] = (0, access_1.projectArgument)((0, access_1.requireCaller)(ctx), projectId);
        return (0, statistics_service_1.computeQuarterlyStatistics)(ctx.em, id, period, new Date(), asOf);
    }
};
exports.StatisticsResolver = StatisticsResolver;
__decorate([
    (0, type_graphql_1.Authorized)(shared_1.ApiScope.STATISTICS_READ),
    (0, type_graphql_1.Query)(() => statistics_types_1.QuarterlyStatistics, { description: '季度统计分析 of one project; the current period (project setting) when none is given' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('projectId', () => type_graphql_1.ID)),
    __param(2, (0, type_graphql_1.Arg)('period', () => String, { nullable: true, description: '2026Q3, or 2026-07 (monthly)' })),
    __param(3, (0, type_graphql_1.Arg)('asOf', () => graphql_scalars_1.GraphQLLocalDate, { nullable: true, description: 'judge OVERDUE as of this day (default today)' })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String, String, String]),
    __metadata("design:returntype", Promise)
], StatisticsResolver.prototype, "quarterlyStatistics", null);
exports.StatisticsResolver = StatisticsResolver = __decorate([
    (0, type_graphql_1.Resolver)()
], StatisticsResolver);
//# sourceMappingURL=statistics.resolver.js.map