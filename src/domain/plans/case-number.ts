/**
 * Whether a diarienummer has the municipality's form, e.g. KS-2017/581.173. The configured
 * pattern must match the whole number (it is anchored here); surrounding spaces are ignored.
 */
export function isCaseNumberValid(caseNumber: string, pattern: string): boolean {
  return new RegExp(`^(?:${pattern})$`, 'u').test(caseNumber.trim());
}
