/**
 * Pure helpers of the form pattern (use-invalid-field-focus.ts): the words of the error
 * summary that is read when a submit is refused.
 */

/** A label as shown, without the required-field asterisk and extra spaces. */
export function cleanLabel(text: string): string {
  return text
    .replace(/\s*\*\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface FieldError {
  label: string;
  message: string;
}

/** One entry per field; a message already said for the same label is not said twice. */
export function summaryItems(
  errors: readonly FieldError[],
  item: (label: string, message: string) => string,
): string[] {
  const seen = new Set<string>();
  const items: string[] = [];
  for (const error of errors) {
    const label = cleanLabel(error.label);
    const message = error.message.replace(/\s+/g, ' ').trim();
    const key = `${label}\n${message}`;
    if (seen.has(key) || (label === '' && message === '')) continue;
    seen.add(key);
    items.push(item(label, message));
  }
  return items;
}

/**
 * The errors that remain after a change: only fields that were already marked keep a message
 * (now the current one), so choosing a category clears "Choose what happened" at once, while
 * fields nobody submitted yet are not marked early.
 */
export function settleErrors<Field extends string>(
  shown: Partial<Record<Field, string>>,
  current: Partial<Record<Field, string>>,
): Partial<Record<Field, string>> {
  const settled: Partial<Record<Field, string>> = {};
  for (const field of Object.keys(shown) as Field[]) {
    const message = current[field];
    if (message !== undefined) settled[field] = message;
  }
  return settled;
}
