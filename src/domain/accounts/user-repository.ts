import type { User, UserChanges, UserFilter } from './user.js';

export interface UserRepository {
  create(user: User): Promise<void>;
  /** Only within the municipality: another municipality's user is "not found". */
  findById(municipalityId: string, id: string): Promise<User | null>;
  /** Only for flows that start from a secret the user holds (a link's token), never from input ids. */
  findByIdUnscoped(id: string): Promise<User | null>;
  findByEmail(email: string): Promise<User | null>;
  list(municipalityId: string, filter: UserFilter): Promise<User[]>;
  update(id: string, changes: UserChanges): Promise<void>;
  /**
   * Within a transaction: holds the user's row until it ends, so that concurrent transactions
   * deciding something per account (a reset link's rate) take turns.
   */
  lockForUpdate(id: string): Promise<void>;
  /** Users with the admin role who are not disabled and whose organisation is not disabled. */
  countActiveAdmins(municipalityId: string): Promise<number>;
}
