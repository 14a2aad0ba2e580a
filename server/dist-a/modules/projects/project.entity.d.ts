import { Ref, OptionalProps } from '@mikro-orm/core';
import { StatisticsPeriod } from '@hf/shared';
/** 物业项目: one residential estate; every ticket belongs to one. */
export declare class Project {
    [OptionalProps]?: 'nodeId' | 'statisticsPeriod' | 'minGapDays' | 'maxAttempts' | 'correctionHours' | 'retentionYears' | 'createdAt';
    id: number;
    get nodeId(): string;
    code: string;
    name: string;
    companyName: string;
    statisticsPeriod: StatisticsPeriod;
    minGapDays: number;
    maxAttempts: number;
    correctionHours: number;
    retentionYears: number;
    createdAt: Date;
}
export declare class Department {
    [OptionalProps]?: 'nodeId';
    id: number;
    get nodeId(): string;
    project: Ref<Project>;
    name: string;
}
