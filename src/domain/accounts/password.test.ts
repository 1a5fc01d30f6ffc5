import { describe, expect, it } from 'vitest';
import { hashPassword, isPasswordCorrect, passwordWeaknesses } from './password.js';

describe('passwordWeaknesses', () => {
  it('accepts a long passphrase without any composition rules', () => {
    expect(passwordWeaknesses('korrekt häftklammer batteri häst')).toEqual([]);
    expect(passwordWeaknesses('alllowercaseandlong')).toEqual([]);
  });

  it('refuses fewer than 15 characters, counting characters rather than bytes', () => {
    expect(passwordWeaknesses('Kort#Lösen123')).toEqual(['too_short']);
    expect(passwordWeaknesses('åäöåäöåäöåäöxyz')).toEqual([]);
  });

  it('refuses more than 256 characters', () => {
    expect(passwordWeaknesses('ab1'.repeat(100))).toContain('too_long');
  });

  it('refuses common, repeated and sequential passwords', () => {
    expect(passwordWeaknesses('PasswordPassword')).toEqual(['too_common']);
    expect(passwordWeaknesses('aaaaaaaaaaaaaaaaaa')).toEqual(['too_common']);
    expect(passwordWeaknesses('abcabcabcabcabcabc')).toEqual(['too_common']);
    expect(passwordWeaknesses('123456789012345')).toEqual(['too_common']);
    expect(passwordWeaknesses('abcdefghijklmnopq')).toEqual(['too_common']);
  });

  it('refuses a common word padded with digits or symbols to reach the length', () => {
    expect(passwordWeaknesses('password1234567890')).toEqual(['too_common']);
    expect(passwordWeaknesses('Sommar2026!!!!!!!')).toEqual(['too_common']);
    expect(passwordWeaknesses('2026-Lösenord-2026')).toEqual(['too_common']);
    expect(passwordWeaknesses('sommarstuga i skogen')).toEqual([]);
  });

  it("refuses a password built from the user's name or e-mail address", () => {
    expect(
      passwordWeaknesses('sven.svensson-sommar-2026', {
        email: 'sven.svensson@huddinge.se',
        displayName: 'Sven Svensson',
      }),
    ).toEqual(['contains_personal_information']);
    expect(
      passwordWeaknesses('jag gillar svensson mycket', { displayName: 'Sven Svensson' }),
    ).toEqual(['contains_personal_information']);
  });
});

describe('hashPassword and isPasswordCorrect', () => {
  it('stores argon2id and checks the same password, also in another Unicode normal form', async () => {
    const hash = await hashPassword('korrekt häftklammer batteri häst');
    expect(hash.startsWith('$argon2id$')).toBe(true);
    expect(await isPasswordCorrect('korrekt häftklammer batteri häst', hash)).toBe(true);
    expect(await isPasswordCorrect('korrekt ha\u0308ftklammer batteri ha\u0308st', hash)).toBe(
      true,
    );
    expect(await isPasswordCorrect('korrekt häftklammer batteri hast', hash)).toBe(false);
  });

  it('answers false without a stored hash', async () => {
    expect(await isPasswordCorrect('anything at all here', null)).toBe(false);
  });
});
