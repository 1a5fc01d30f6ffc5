import { describe, expect, it } from 'vitest';
import { deriveAgreementStatus } from './agreement.js';
import { checkSignedDocument, cleanDocumentName, maxDocumentBytes } from './signed-document.js';

describe("an agreement's status", () => {
  const signed = { signedOn: '2026-01-01', validFrom: '2026-01-01', validUntil: '2026-12-31' };

  it('is a draft until it is signed, whatever its dates', () => {
    expect(deriveAgreementStatus({ ...signed, signedOn: null }, '2026-06-01')).toBe('draft');
  });

  it('is upcoming before its first day, active through its last day, expired after it', () => {
    expect(deriveAgreementStatus(signed, '2025-12-31')).toBe('upcoming');
    expect(deriveAgreementStatus(signed, '2026-01-01')).toBe('active');
    expect(deriveAgreementStatus(signed, '2026-12-31')).toBe('active');
    expect(deriveAgreementStatus(signed, '2027-01-01')).toBe('expired');
  });

  it('stays active without an end day (until further notice)', () => {
    expect(deriveAgreementStatus({ ...signed, validUntil: null }, '2040-01-01')).toBe('active');
  });
});

describe('the signed document', () => {
  const pdf = (size: number) => {
    const bytes = new Uint8Array(size);
    bytes.set(Buffer.from('%PDF-1.7\n'));
    return bytes;
  };

  it('accepts a PDF up to the limit and refuses one byte more', () => {
    expect(checkSignedDocument(pdf(maxDocumentBytes))).toEqual([]);
    expect(checkSignedDocument(pdf(maxDocumentBytes + 1))).toEqual([
      { field: 'content', problem: 'file_too_large' },
    ]);
  });

  it('refuses an empty file and a file that is not a PDF by its first bytes', () => {
    expect(checkSignedDocument(new Uint8Array())).toEqual([
      { field: 'content', problem: 'file_empty' },
    ]);
    expect(checkSignedDocument(Buffer.from('PK\u0003\u0004 a DOCX renamed to .pdf'))).toEqual([
      { field: 'content', problem: 'file_not_pdf' },
    ]);
    expect(checkSignedDocument(Buffer.from('%PD'))).toEqual([
      { field: 'content', problem: 'file_not_pdf' },
    ]);
  });

  it('keeps a file name to its last part, without unsafe characters, ending in .pdf', () => {
    expect(cleanDocumentName('C:\\Users\\a\\Överenskommelse 2026.PDF')).toBe(
      'Överenskommelse 2026.pdf',
    );
    expect(cleanDocumentName('../../etc/"passwd";.txt')).toBe('_passwd__.txt.pdf');
    expect(cleanDocumentName('.pdf')).toBe('overenskommelse.pdf');
  });
});
