import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createCaseCipher, keyIdOf, parseCaseKeys } from './case-cipher.js';

const key = () => randomBytes(32).toString('base64');

describe('the case cipher', () => {
  it('seals text so that it does not appear in the sealed value, and opens it again', () => {
    const parsed = parseCaseKeys(`k1:${key()}`, key());
    if (!('keys' in parsed)) throw new Error(parsed.problem);
    const cipher = createCaseCipher(parsed.keys);
    const sealed = cipher.seal('191212121212 Testa Testsson');
    expect(sealed).not.toContain('191212');
    expect(keyIdOf(sealed)).toBe('k1');
    expect(cipher.open(sealed)).toBe('191212121212 Testa Testsson');
  });

  it('opens values sealed with an older key after a new key is put first', () => {
    const oldKey = key();
    const search = key();
    const before = parseCaseKeys(`k1:${oldKey}`, search);
    const after = parseCaseKeys(`k2:${key()},k1:${oldKey}`, search);
    if (!('keys' in before) || !('keys' in after)) throw new Error('keys');
    const sealed = createCaseCipher(before.keys).seal('anteckning');
    const rotated = createCaseCipher(after.keys);
    expect(rotated.open(sealed)).toBe('anteckning');
    expect(keyIdOf(rotated.seal('ny'))).toBe('k2');
  });

  it('refuses a sealed value that was tampered with', () => {
    const parsed = parseCaseKeys(`k1:${key()}`, key());
    if (!('keys' in parsed)) throw new Error(parsed.problem);
    const cipher = createCaseCipher(parsed.keys);
    const [id, iv, tag, data] = cipher.seal('hemligt').split('.');
    const flipped = `${data!.slice(0, -2)}${data!.endsWith('AA') ? 'AB' : 'AA'}`;
    expect(() => cipher.open([id, iv, tag, flipped].join('.'))).toThrow();
  });

  it('gives the same search hash for the same number under the same key, and another under another key', () => {
    const search = key();
    const one = parseCaseKeys(`k1:${key()}`, search);
    const two = parseCaseKeys(`k2:${key()}`, search);
    const three = parseCaseKeys(`k1:${key()}`, key());
    if (!('keys' in one) || !('keys' in two) || !('keys' in three)) throw new Error('keys');
    const hash = createCaseCipher(one.keys).searchHash('191212121212');
    expect(createCaseCipher(two.keys).searchHash('191212121212')).toBe(hash);
    expect(createCaseCipher(three.keys).searchHash('191212121212')).not.toBe(hash);
    expect(hash).not.toContain('191212');
  });

  it('names what is wrong with malformed keys without repeating them', () => {
    const result = parseCaseKeys('k1:short', key());
    expect(result).toEqual({ problem: expect.stringContaining('32 bytes') });
    expect(parseCaseKeys(`k1:${key()}`, 'c2hvcnQ=')).toEqual({
      problem: expect.stringContaining('search key'),
    });
  });
});
