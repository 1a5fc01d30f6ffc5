import { createHash } from 'node:crypto';
import { DomainError } from '../errors.js';

/** The largest uploaded extract: 10 MB. */
export const evidenceMaxBytes = 10 * 1_048_576;

/** The kinds of extract accepted, known by their first bytes (never by name or stated type). */
const signatures: { contentType: string; bytes: readonly number[]; offset?: number }[] = [
  { contentType: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { contentType: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { contentType: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { contentType: 'image/tiff', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { contentType: 'image/tiff', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
];

/** The content type the bytes show, or null for anything not accepted. */
export function detectEvidenceType(bytes: Uint8Array): string | null {
  const found = signatures.find(({ bytes: signature }) =>
    signature.every((value, index) => bytes[index] === value),
  );
  return found?.contentType ?? null;
}

/** The extension a file of each stored type is given, whatever its uploader called it. */
const extensions: Record<string, readonly string[]> = {
  'application/pdf': ['.pdf'],
  'image/png': ['.png'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/tiff': ['.tif', '.tiff'],
  'application/json': ['.json'],
};

/** The content type a stored piece of evidence is served as: a known type, never another. */
export function servedEvidenceType(contentType: string): string {
  return contentType in extensions ? contentType : 'application/octet-stream';
}

/**
 * The file name with the extension of the type its bytes showed: "x.html" holding a PDF
 * becomes "x.pdf", "skanning" a PNG "skanning.png", so a browser never opens evidence as
 * something it is not. A name already ending right keeps its extension ("utdrag.jpeg").
 */
export function evidenceFileName(fileName: string, contentType: string): string {
  const allowed = extensions[servedEvidenceType(contentType)] ?? ['.bin'];
  const lower = fileName.toLowerCase();
  if (allowed.some((extension) => lower.endsWith(extension))) return fileName;
  const dot = fileName.lastIndexOf('.');
  const stem = (dot >= 0 ? fileName.slice(0, dot) : fileName).trim() || 'underlag';
  return `${stem}${allowed[0] ?? '.bin'}`;
}

export interface EvidenceFile {
  fileName: string;
  contentType: string;
  content: Uint8Array;
  sizeBytes: number;
  sha256: string;
}

function evidenceInvalid(message: string, reason: string): DomainError {
  return new DomainError('EVIDENCE_INVALID', message, {
    reason,
    issues: [{ path: ['body', 'evidence', 'contentBase64'], message }],
  });
}

/**
 * Reads an uploaded extract: base64 decoded strictly, at most `evidenceMaxBytes`, and a PDF,
 * PNG, JPEG or TIFF by its magic bytes, its name given that type's extension. Anything else is
 * refused with EVIDENCE_INVALID (or PAYLOAD_TOO_LARGE), before anything is written.
 */
export function readEvidenceFile(fileName: string, contentBase64: string): EvidenceFile {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(contentBase64) || contentBase64.length % 4 !== 0) {
    throw evidenceInvalid('The file is not valid base64.', 'base64');
  }
  const content = new Uint8Array(Buffer.from(contentBase64, 'base64'));
  if (content.byteLength === 0) throw evidenceInvalid('The file is empty.', 'empty');
  if (content.byteLength > evidenceMaxBytes) {
    throw new DomainError('PAYLOAD_TOO_LARGE', 'The file is larger than 10 MB.', {
      maxBytes: evidenceMaxBytes,
    });
  }
  const contentType = detectEvidenceType(content);
  if (contentType === null) {
    throw evidenceInvalid('Upload the extract as a PDF, PNG, JPEG or TIFF file.', 'type');
  }
  return {
    fileName: evidenceFileName(fileName.trim(), contentType),
    contentType,
    content,
    sizeBytes: content.byteLength,
    sha256: createHash('sha256').update(content).digest('hex'),
  };
}

/** A stored response of a registry, kept as the evidence of the checks it gave. */
export function registryResponseFile(source: string, raw: string, day: string): EvidenceFile {
  const content = new Uint8Array(Buffer.from(raw, 'utf8'));
  return {
    fileName: `${source}-${day}.json`,
    contentType: 'application/json',
    content,
    sizeBytes: content.byteLength,
    sha256: createHash('sha256').update(content).digest('hex'),
  };
}
