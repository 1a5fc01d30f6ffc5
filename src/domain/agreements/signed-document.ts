import type { AgreementFieldProblem } from './agreement.js';

/** The largest signed document accepted: a scanned agreement of a few pages fits. */
export const maxDocumentBytes = 10 * 1024 * 1024;

/** Every PDF starts with "%PDF-" (ISO 32000-1, 7.5.2); a renamed file of another kind does not. */
const pdfMagic = [0x25, 0x50, 0x44, 0x46, 0x2d];

/** Why the bytes are not an acceptable signed document, if they are not. */
export function checkSignedDocument(content: Uint8Array): AgreementFieldProblem[] {
  if (content.length === 0) return [{ field: 'content', problem: 'file_empty' }];
  if (content.length > maxDocumentBytes) return [{ field: 'content', problem: 'file_too_large' }];
  if (!pdfMagic.every((byte, index) => content[index] === byte))
    return [{ field: 'content', problem: 'file_not_pdf' }];
  return [];
}

/** A file name safe for a Content-Disposition header and a file system: ends in .pdf. */
export function cleanDocumentName(name: string): string {
  const base = name
    .split(/[\\/]/)
    .pop()!
    .replace(/[^\p{L}\p{N} ._()-]/gu, '_')
    .trim()
    .slice(0, 150);
  const stem = base.replace(/\.pdf$/i, '');
  return `${stem === '' ? 'overenskommelse' : stem}.pdf`;
}
