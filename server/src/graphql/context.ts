import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { User } from '../modules/users/user.entity';

export interface Viewer {
  user: User;
  /** projects this person may see: the assigned ones, or all for auditors and admins */
  projectIds: number[];
}

export interface Context {
  em: EntityManager;
  viewer: Viewer | null;
  req: Request;
  res: Response;
}
