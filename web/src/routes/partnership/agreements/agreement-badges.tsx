import { Badge } from '@mantine/core';
import type { AgreementStatus, CommitmentStatus } from '../../../api/agreements';
import { useAgreementsT } from '../../../i18n/agreements/use-agreements-t';

// Mantine's green 9 (4.4:1 on white) and yellow 9 (3:1) are too pale for small bold text on
// white or a striped row; these darker tones pass 4.5:1 on both.
const darkGreen = '#1e6a31';
const darkYellow = '#7a5200';

const statusColours: Record<AgreementStatus, string> = {
  draft: 'gray.8',
  upcoming: 'blue.9',
  active: darkGreen,
  expired: 'red.9',
};

/** Words as written (not in capitals), wrapping on a narrow screen. */
const readable = { textTransform: 'none', whiteSpace: 'normal', height: 'auto' } as const;

/** The agreement's status as the server derives it from the dates, in words. */
export function AgreementStatusBadge({ status }: { status: AgreementStatus }) {
  const a = useAgreementsT();
  return (
    <Badge
      color={statusColours[status]}
      variant="outline"
      data-testid="agreement-status"
      style={readable}
    >
      {a.statuses[status]}
    </Badge>
  );
}

const followUpColours: Record<CommitmentStatus | 'none', string> = {
  green: darkGreen,
  yellow: darkYellow,
  red: 'red.9',
  none: 'gray.8',
};

/** A follow-up's colour with its meaning written out (never colour alone). */
export function FollowUpBadge({ status }: { status: CommitmentStatus | null }) {
  const a = useAgreementsT();
  const key = status ?? 'none';
  return (
    <Badge
      color={followUpColours[key]}
      variant="outline"
      data-testid="follow-up-status"
      style={readable}
    >
      {a.followUpStatuses[key]}
    </Badge>
  );
}
