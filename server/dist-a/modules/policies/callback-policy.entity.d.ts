import { Ref, OptionalProps } from '@mikro-orm/core';
import { ComplaintSeverity, PolicyStage, TicketKind } from '@hf/shared';
import { Project } from '../projects/project.entity';
/** 回访政策: per project and ticket kind (and complaint severity), a list of stages. */
export declare class CallbackPolicy {
    [OptionalProps]?: 'nodeId' | 'version' | 'updatedAt' | 'preset' | 'severity';
    id: number;
    get nodeId(): string;
    project: Ref<Project>;
    kind: TicketKind;
    severity: ComplaintSeverity | null;
    stages: PolicyStage[];
    preset: string | null;
    updatedAt: Date;
    version: number;
}
