import { z } from 'zod';
import {
  DisplayNameSchema,
  EmailSchema,
  LocaleSchema,
  PasswordSchema,
  SessionUserSchema,
  singleLinePattern,
  TokenSchema,
} from '../shared.schema.js';

export const LogInSchema = z.object({
  email: z.string().trim().min(1).max(320).regex(singleLinePattern, 'an e-mail address'),
  password: PasswordSchema,
});
export const SessionResponseSchema = z.object({ user: SessionUserSchema.nullable() });
export const SignedInResponseSchema = z.object({ user: SessionUserSchema });
export const UpdateAccountSchema = z
  .object({ locale: LocaleSchema.optional(), displayName: DisplayNameSchema.optional() })
  .strict();
export const ChangePasswordSchema = z.object({
  currentPassword: PasswordSchema,
  newPassword: PasswordSchema,
});
export const RequestPasswordResetSchema = z.object({ email: EmailSchema });
export const ResetPasswordSchema = z.object({ token: TokenSchema, newPassword: PasswordSchema });
export const InvitationTokenSchema = z.object({ token: TokenSchema });
export const AcceptInvitationSchema = z.object({ token: TokenSchema, password: PasswordSchema });
export const InvitationSummarySchema = z.object({
  email: z.string(),
  displayName: z.string(),
  organisationName: z.string(),
  municipalityName: z.string(),
});
