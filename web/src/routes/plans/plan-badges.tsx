import { Badge } from '@mantine/core';
import type { MeasureStatusColour, PlanStatus } from '../../api/plans';
import { usePlansT } from '../../i18n/plans/use-plans-t';

// Mantine's green.9 and orange.9 are 4.3:1 on white as outline text; these pass 4.5:1 on white
// and on a striped table row. (The light badges below keep Mantine's shades, which the theme
// darkens against their own tint.)
const darkGreen = '#1f7a35';
const darkOrange = '#b8460b';

const statusColours: Record<PlanStatus, string> = {
  draft: 'gray.8',
  adopted: 'blue.9',
  active: darkGreen,
  expiring: darkOrange,
  expired: 'red.9',
  replaced: 'gray.8',
};

/** The plan's status as the server derives it, in words (never colour alone). */
export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const p = usePlansT();
  return (
    <Badge color={statusColours[status]} variant="outline" data-testid="plan-status">
      {p.statuses[status]}
    </Badge>
  );
}

const followUpColours: Record<MeasureStatusColour | 'none', string> = {
  green: 'green.9',
  yellow: 'yellow.9',
  red: 'red.9',
  none: 'gray.8',
};

const dotColours: Record<MeasureStatusColour | 'none', string> = {
  green: 'var(--mantine-color-green-7)',
  yellow: 'var(--mantine-color-yellow-5)',
  red: 'var(--mantine-color-red-7)',
  none: 'transparent',
};

/** BRÅ's follow-up colour with its meaning written out. */
export function ColourBadge({ colour }: { colour: MeasureStatusColour | null }) {
  const p = usePlansT();
  const key = colour ?? 'none';
  return (
    <Badge
      color={followUpColours[key]}
      variant={colour === null ? 'outline' : 'light'}
      leftSection={
        <span
          aria-hidden="true"
          style={{
            display: 'inline-block',
            width: 10,
            height: 10,
            borderRadius: 5,
            background: dotColours[key],
          }}
        />
      }
      style={{ whiteSpace: 'normal', height: 'auto', textTransform: 'none' }}
    >
      {p.colours[key]}
    </Badge>
  );
}
