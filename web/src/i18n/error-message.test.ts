import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { en } from './en';
import { describeAuditAction, describeError } from './error-message';
import { sv } from './sv';

describe('describeError', () => {
  it('finds the catalog text for a known code', () => {
    const error = new ApiError(409, 'LAST_ADMIN', 'There must be an admin.');
    expect(describeError(sv, error).message).toBe(sv.errors.LAST_ADMIN);
    expect(describeError(en, error).message).toBe(en.errors.LAST_ADMIN);
  });

  it('falls back to a generic text for unknown codes and for errors that are not from the API', () => {
    expect(describeError(sv, new ApiError(418, 'TEAPOT', 'I am a teapot')).message).toBe(
      sv.errors.generic,
    );
    expect(describeError(sv, new TypeError('boom')).message).toBe(sv.errors.generic);
    // Inherited object keys are not codes.
    expect(describeError(sv, new ApiError(400, 'toString', '')).message).toBe(sv.errors.generic);
  });

  it('says how long to wait after too many attempts', () => {
    const locked = new ApiError(429, 'AUTH_TOO_MANY_ATTEMPTS', '', { retryAfterSeconds: 840 });
    expect(describeError(sv, locked).items).toEqual(['Vänta 14 minuter innan du försöker igen.']);
    const briefly = new ApiError(429, 'AUTH_TOO_MANY_ATTEMPTS', '', { retryAfterSeconds: 1 });
    expect(describeError(en, briefly).items).toEqual(['Wait 1 second before trying again.']);
  });

  it('lists why a password was refused, ignoring reasons it does not know', () => {
    const weak = new ApiError(400, 'PASSWORD_TOO_WEAK', '', {
      reasons: ['too_short', 'contains_personal_information', 'too_pretty'],
    });
    const described = describeError(sv, weak);
    expect(described.items).toEqual([
      sv.password.reasons.too_short,
      sv.password.reasons.contains_personal_information,
    ]);
    // The message and the list's heading say different things: no "godtas inte" twice.
    const words = (text = '') => text.replace(/[.:]$/, '');
    expect(words(described.itemsHeading)).not.toBe(words(described.message));
  });

  it('names the fields of a validation error in words', () => {
    const invalid = new ApiError(400, 'VALIDATION_FAILED', '', {
      issues: [
        { path: ['body', 'email'], message: 'Invalid email' },
        { path: ['body', 'roles', '0'], message: 'Invalid option' },
        { path: ['body', 'somethingElse'], message: 'Required' },
      ],
    });
    expect(describeError(sv, invalid).items).toEqual([
      'E-postadress',
      'Roller',
      'body.somethingElse',
    ]);
  });

  it('treats a malformed link token as an invalid link', () => {
    const malformed = new ApiError(400, 'VALIDATION_FAILED', '', {
      issues: [{ path: ['body', 'token'], message: 'Too small' }],
    });
    expect(describeError(sv, malformed)).toEqual({
      message: sv.errors.TOKEN_INVALID_OR_EXPIRED,
      items: [],
    });
  });
});

describe('describeAuditAction', () => {
  it('puts known actions in words and shows unknown ones as they are', () => {
    expect(describeAuditAction(sv, 'user.create')).toBe('Användare inbjuden');
    expect(describeAuditAction(en, 'auth.login')).toBe('Sign-in');
    expect(describeAuditAction(sv, 'plan.adopt')).toBe('plan.adopt');
  });
});

describe('the catalogs', () => {
  it('have no empty texts in either language', () => {
    const emptyTexts = (value: unknown, path: string): string[] => {
      if (typeof value === 'string') return value.trim() === '' ? [path] : [];
      if (typeof value === 'object' && value !== null) {
        return Object.entries(value).flatMap(([key, inner]) => emptyTexts(inner, `${path}.${key}`));
      }
      return [];
    };
    expect(emptyTexts(sv, 'sv')).toEqual([]);
    expect(emptyTexts(en, 'en')).toEqual([]);
  });
});
