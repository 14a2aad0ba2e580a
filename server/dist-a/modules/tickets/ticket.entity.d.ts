import { Ref, OptionalProps } from '@mikro-orm/core';
import { Channel, ComplaintSeverity, TicketKind, TicketStatus } from '@hf/shared';
import { Owner } from '../owners/owner.entity';
import { Department, Project } from '../projects/project.entity';
import { User } from '../users/user.entity';
/** 服务事项/工单: one service event that may need a callback (the 《客户投诉登记表》 and repair work order). */
export declare class Ticket {
    [OptionalProps]?: 'nodeId' | 'status' | 'createdAt' | 'updatedAt' | 'version' | 'severity' | 'phone' | 'department' | 'category' | 'handler' | 'handlingResult' | 'startedAt' | 'completedAt' | 'contractStart' | 'contractEnd' | 'voidReason' | 'voidedAt' | 'createdBy';
    id: number;
    get nodeId(): string;
    project: Ref<Project>;
    number: string;
    kind: TicketKind;
    severity: ComplaintSeverity | null;
    owner: Ref<Owner>;
    ownerName: string;
    unit: string;
    phone: string | null;
    channel: Channel;
    receivedAt: Date;
    department: Ref<Department> | null;
    category: string | null;
    summary: string;
    handler: string | null;
    handlingResult: string | null;
    startedAt: Date | null;
    completedAt: Date | null;
    contractStart: string | null;
    contractEnd: string | null;
    status: TicketStatus;
    voidReason: string | null;
    voidedAt: Date | null;
    createdBy: Ref<User> | null;
    createdAt: Date;
    updatedAt: Date;
    version: number;
}
