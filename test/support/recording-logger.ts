import type { DomainLogger, FailureFields } from '../../src/domain/failure-log.js';

/** A logger that keeps every line, as JSON text too, so a test can read what a log would hold. */
export function recordingLogger(): DomainLogger & { lines: FailureFields[]; text(): string } {
  const lines: FailureFields[] = [];
  return {
    lines,
    warn: (fields, message) => {
      lines.push({ ...fields, message } as FailureFields);
    },
    text: () => JSON.stringify(lines),
  };
}
