import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import {
  detectEvidenceType,
  evidenceFileName,
  evidenceMaxBytes,
  readEvidenceFile,
} from './evidence-file.js';

const base64 = (bytes: number[] | string) =>
  Buffer.from(typeof bytes === 'string' ? bytes : Uint8Array.from(bytes)).toString('base64');
const codeOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return error instanceof DomainError ? [error.code, error.details?.reason] : ['other'];
  }
  return null;
};

describe('an uploaded extract', () => {
  it('is known by its magic bytes, whatever its name says', () => {
    expect(detectEvidenceType(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
    expect(detectEvidenceType(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0]))).toBe(
      'image/png',
    );
    expect(detectEvidenceType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(detectEvidenceType(Uint8Array.from([0x4d, 0x4d, 0x00, 0x2a]))).toBe('image/tiff');
    expect(detectEvidenceType(Buffer.from('<html><script>'))).toBeNull();
    expect(detectEvidenceType(Buffer.from('%PD'))).toBeNull();
  });

  it('is read with its size, type and SHA-256', () => {
    const file = readEvidenceFile(' utdrag.pdf ', base64('%PDF-1.4 skatteverket'));
    expect(file).toMatchObject({
      fileName: 'utdrag.pdf',
      contentType: 'application/pdf',
      sizeBytes: 21,
    });
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is refused when it is not base64, empty, of another type or too large', () => {
    expect(codeOf(() => readEvidenceFile('a.pdf', 'not base64!'))).toEqual([
      'EVIDENCE_INVALID',
      'base64',
    ]);
    expect(codeOf(() => readEvidenceFile('a.pdf', ''))).toEqual(['EVIDENCE_INVALID', 'empty']);
    expect(codeOf(() => readEvidenceFile('a.pdf', base64('MZ\x90\x00 a program')))).toEqual([
      'EVIDENCE_INVALID',
      'type',
    ]);
    const large = Buffer.alloc(evidenceMaxBytes + 1, 0x20);
    large.write('%PDF-');
    expect(codeOf(() => readEvidenceFile('a.pdf', large.toString('base64')))?.[0]).toBe(
      'PAYLOAD_TOO_LARGE',
    );
  });

  it('is named with the extension of the type its bytes show, not the one its uploader gave', () => {
    expect(readEvidenceFile('x.html', base64('%PDF-1.4 x')).fileName).toBe('x.pdf');
    expect(readEvidenceFile('skanning', base64([0xff, 0xd8, 0xff, 0xe0])).fileName).toBe(
      'skanning.jpg',
    );
    expect(readEvidenceFile('bild.JPEG', base64([0xff, 0xd8, 0xff, 0xe0])).fileName).toBe(
      'bild.JPEG',
    );
    expect(readEvidenceFile('.html', base64('%PDF-1.4 x')).fileName).toBe('underlag.pdf');
    expect(evidenceFileName('svar.svg', 'image/svg+xml')).toBe('svar.bin');
  });
});
