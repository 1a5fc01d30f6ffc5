import { z } from 'zod';
import { roles } from '../../domain/access/roles.js';
import {
  DeliveredLinkSchema,
  DisplayNameSchema,
  EmailSchema,
  LocaleSchema,
  RoleSchema,
} from '../shared.schema.js';

export const UserSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(RoleSchema),
  locale: LocaleSchema,
  organisation: z.object({ id: z.string(), name: z.string() }),
  status: z.enum(['active', 'invited', 'disabled']),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});

export const ListUsersQuerySchema = z.object({
  organisationId: z.uuid().optional(),
  status: z.enum(['active', 'invited', 'disabled']).optional(),
});

export const InviteUserSchema = z.object({
  email: EmailSchema,
  displayName: DisplayNameSchema,
  organisationId: z.uuid('an organisation id'),
  roles: z.array(RoleSchema).min(1, 'at least one role').max(roles.length),
  locale: LocaleSchema.optional(),
});

export const UpdateUserSchema = z
  .object({
    displayName: DisplayNameSchema.optional(),
    roles: z.array(RoleSchema).min(1, 'at least one role').max(roles.length).optional(),
    organisationId: z.uuid('an organisation id').optional(),
  })
  .strict();

export const UserListSchema = z.object({ users: z.array(UserSchema) });
export const UserResponseSchema = z.object({ user: UserSchema });
export const InvitedUserResponseSchema = z.object({
  user: UserSchema,
  invitation: DeliveredLinkSchema,
});
