import type { Context } from '../../graphql/context';
import { User } from './user.entity';
import { LoginInput, LoginPayload, LogoutPayload, Me } from './user.types';
export declare class UserResolver {
    me(ctx: Context): Promise<Me>;
    login(input: LoginInput, ctx: Context): Promise<LoginPayload>;
    logout(ctx: Context): Promise<LogoutPayload>;
    departmentName(user: User): Promise<string | null>;
}
