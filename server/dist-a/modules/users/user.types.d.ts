import { UserError } from '../../graphql/user-error';
import { Project } from '../projects/project.entity';
import { User } from './user.entity';
export declare class LoginInput {
    username: string;
    password: string;
}
export declare class LoginPayload {
    user?: User | null;
    token?: string | null;
    expiresAt?: Date | null;
    userErrors: UserError[];
}
export declare class LogoutPayload {
    ok: boolean;
}
export declare class Me {
    user: User;
    projects: Project[];
}
