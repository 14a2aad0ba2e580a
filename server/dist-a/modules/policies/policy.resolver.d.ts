import { PolicyPresetName } from '@hf/shared';
import type { Context } from '../../graphql/context';
import { UserError } from '../../graphql/user-error';
import { CallbackPolicy } from './callback-policy.entity';
import { PolicyStageInput } from './policy-stage.type';
declare class UpdateCallbackPolicyInput {
    id: string;
    version: number;
    stages: PolicyStageInput[];
}
declare class ApplyPolicyPresetInput {
    projectId: string;
    preset: PolicyPresetName;
}
export declare class PolicyResolver {
    callbackPolicies(ctx: Context, projectId?: string): Promise<CallbackPolicy[]>;
    updateCallbackPolicy(input: UpdateCallbackPolicyInput, ctx: Context): Promise<Partial<{
        policy: import("@mikro-orm/core").Loaded<CallbackPolicy, never, "*", never>;
    }> & {
        userErrors: UserError[];
    }>;
    applyPolicyPreset(input: ApplyPolicyPresetInput, ctx: Context): Promise<{
        policies: CallbackPolicy[];
        userErrors: UserError[];
    }>;
}
export {};
