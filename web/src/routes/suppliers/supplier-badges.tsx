import { Badge, type BadgeProps } from '@mantine/core';
import type { CheckResult, DueStatus, RiskLevel } from '../../api/suppliers';
import { useSuppliersT } from '../../i18n/suppliers/use-suppliers-t';

type Tone = 'green' | 'orange' | 'red' | 'blue' | 'gray';

/**
 * A badge's colours by tone, all at least 4.5:1 for its small bold text (Mantine's green-9 and
 * orange-9 as text fall under that on white and on a striped row): the tint carries the colour,
 * the text stays dark; the worst tone is filled red with white text.
 */
export const tones: Record<Tone, Pick<BadgeProps, 'color' | 'variant' | 'c'>> = {
  green: { color: 'green', variant: 'light', c: 'dark.8' },
  orange: { color: 'orange', variant: 'light', c: 'dark.8' },
  red: { color: 'red.9', variant: 'filled' },
  blue: { color: 'blue', variant: 'light', c: 'blue.9' },
  gray: { color: 'gray', variant: 'light', c: 'dark.8' },
};

/** Long words (Leverantörskontroll) in a phone's narrow heading break instead of overflowing. */
export const headingStyle = { overflowWrap: 'break-word' } as const;

const riskTones: Record<RiskLevel, Tone> = {
  unassessed: 'gray',
  low: 'green',
  medium: 'orange',
  high: 'red',
};

/** The risk level in words and colour (the word carries it; the colour only helps). */
export function RiskBadge({ level }: { level: RiskLevel }) {
  const s = useSuppliersT();
  return (
    <Badge {...tones[riskTones[level]]} data-testid="risk-badge" data-level={level}>
      {s.riskBadge(s.riskLevels[level])}
    </Badge>
  );
}

const resultTones: Record<CheckResult, Tone> = {
  ok: 'green',
  remark: 'orange',
  failed: 'red',
  could_not_check: 'gray',
};

export function CheckResultBadge({ result }: { result: CheckResult }) {
  const s = useSuppliersT();
  return <Badge {...tones[resultTones[result]]}>{s.checkResults[result]}</Badge>;
}

const dueTones: Record<DueStatus, Tone> = { overdue: 'red', due: 'orange', scheduled: 'blue' };

export function DueStatusBadge({ status }: { status: DueStatus }) {
  const s = useSuppliersT();
  return <Badge {...tones[dueTones[status]]}>{s.due.statuses[status]}</Badge>;
}
