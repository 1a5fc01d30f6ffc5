import type { SuppliersMessages } from '../../i18n/suppliers/sv';

/**
 * Who did a check or holds a responsibility, in words. The supplier API gives user ids only,
 * and procurement may not read the user list; so the person reading is "you", Tryggve itself
 * (no user) is named, and anyone else is a colleague.
 */
export function personName(
  s: SuppliersMessages,
  userId: string | null,
  currentUserId: string,
  forNone: string,
): string {
  if (userId === null) return forNone;
  return userId === currentUserId ? s.checks.byYou : s.checks.byOther;
}
