import { DocumentNode } from 'graphql';
export declare function textProblem(value: string): string | null;
/** Throws BAD_USER_INPUT naming the variable (or the argument) whose text is unacceptable. */
export declare function assertAcceptableText(document: DocumentNode, variables: Record<string, unknown> | undefined): void;
