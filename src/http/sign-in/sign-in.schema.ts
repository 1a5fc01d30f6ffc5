import { z } from 'zod';
import { claimKinds } from '../../domain/sign-in/sign-in.js';
import { RoleSchema, singleLinePattern } from '../shared.schema.js';

const line = (max: number) => z.string().trim().min(1).max(max).regex(singleLinePattern);
const DomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(/^(?=.{1,253}$)([a-z0-9-]+\.)+[a-z0-9-]{2,}$/, 'an e-mail domain such as kommun.se');

export const ProviderQuerySchema = z.object({ email: z.string().trim().max(320) });
export const ProviderOfferResponseSchema = z.object({
  provider: z.object({ municipalityId: z.string(), label: z.string() }).nullable(),
});
export const StartProviderSignInQuerySchema = z.object({ municipalityId: z.uuid() });
export const ProviderCallbackQuerySchema = z
  .object({
    code: z.string().max(4096).optional(),
    state: z.string().max(512).optional(),
    iss: z.string().max(2048).optional(),
    error: z.string().max(256).optional(),
    error_description: z.string().max(2048).optional(),
    session_state: z.string().max(512).optional(),
  })
  .strict();

export const ClaimMappingSchema = z.object({
  claim: z.enum(claimKinds),
  value: line(256),
  organisationId: z.uuid(),
  roles: z.array(RoleSchema).min(1).max(7),
});

export const ConfigureProviderSchema = z.object({
  label: line(80),
  issuerUrl: z.url({ protocol: /^https?$/, message: 'an http(s) URL' }).max(2048),
  clientId: line(256),
  clientSecret: z.string().min(1).max(1024).optional(),
  allowedEmailDomains: z.array(DomainSchema).min(1).max(20),
  claimMappings: z.array(ClaimMappingSchema).max(100),
  rolesFollowClaims: z.boolean(),
  supportContact: line(200),
});

export const SignInPolicySchema = z.object({
  isPasswordSignInDisabled: z.boolean(),
  breakGlassUserId: z.uuid().nullable(),
  isSecondFactorRequired: z.boolean(),
});

export const ProviderViewSchema = z.object({
  label: z.string(),
  issuerUrl: z.string(),
  clientId: z.string(),
  hasClientSecret: z.boolean(),
  allowedEmailDomains: z.array(z.string()),
  claimMappings: z.array(ClaimMappingSchema),
  rolesFollowClaims: z.boolean(),
  supportContact: z.string(),
  updatedAt: z.string(),
});

export const SignInSettingsSchema = z.object({
  redirectUri: z.string(),
  isSecretsKeyConfigured: z.boolean(),
  provider: ProviderViewSchema.nullable(),
  policy: SignInPolicySchema.extend({ updatedAt: z.string() }),
  breakGlassSignIns: z.array(z.object({ at: z.string(), userId: z.string().nullable() })),
});

export const SecondFactorCodeSchema = z.object({ code: z.string().trim().min(6).max(40) });
export const SecondFactorEnrolmentSchema = z.object({ secret: z.string(), uri: z.string() });
export const RecoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });
export const EndSessionUrlSchema = z.object({ url: z.string().nullable() });
