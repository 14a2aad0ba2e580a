import { Ref, OptionalProps } from '@mikro-orm/core';
import { Project } from '../projects/project.entity';
/** 业主/住户 of a unit (楼栋-单元-房号). */
export declare class Owner {
    [OptionalProps]?: 'nodeId' | 'phone';
    id: number;
    get nodeId(): string;
    project: Ref<Project>;
    name: string;
    unit: string;
    phone: string | null;
}
