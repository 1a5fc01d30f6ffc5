import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { agreementStatuses, commitmentStatuses } from '../api/agreements';
import { measureStatusColours, planStatuses } from '../api/plans';
import { checkResults, type DueStatus, type RiskLevel } from '../api/suppliers';
import { usePageTitle } from '../components/use-page-title';
import { useA11yT } from '../i18n/a11y/use-a11y-t';
import { AgreementStatusBadge, FollowUpBadge } from './partnership/agreements/agreement-badges';
import { ColourBadge, PlanStatusBadge } from './plans/plan-badges';
import { CheckResultBadge, DueStatusBadge, RiskBadge } from './suppliers/supplier-badges';

/** Written as records so that a new level or status fails to compile until it is shown here. */
const riskLevels: Record<RiskLevel, true> = {
  unassessed: true,
  low: true,
  medium: true,
  high: true,
};
const dueStatuses: Record<DueStatus, true> = { overdue: true, due: true, scheduled: true };

/**
 * Every colour and variant the app's other badges use (audit log, users, organisations,
 * meetings, follow-up, onboarding, proposals), drawn through the same theme.
 */
const paletteColours = [
  'gray.8',
  'blue.9',
  'teal.9',
  'green.9',
  'orange.9',
  'orange',
  'red.9',
  '#a63c06',
] as const;
const paletteVariants = ['outline', 'light', 'filled'] as const;

function Row({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section">
      <Title order={2} size="h4">
        {heading}
      </Title>
      <Group gap="xs" data-testid="badge-row">
        {children}
      </Group>
    </Stack>
  );
}

/**
 * Every badge variant on one page, so the browser journey's accessibility check sees each
 * colour pair and no badge can again be drawn unreadable or cut off unnoticed.
 */
export default function BadgesPage() {
  const a = useA11yT();
  usePageTitle(a.badges.title);
  return (
    <Stack gap="lg" maw={1200} data-testid="badges">
      <Title order={1}>{a.badges.title}</Title>
      <Text>{a.badges.intro}</Text>
      <Row heading={a.badges.plans}>
        {planStatuses.map((status) => (
          <PlanStatusBadge key={status} status={status} />
        ))}
        {[...measureStatusColours, null].map((colour) => (
          <ColourBadge key={colour ?? 'none'} colour={colour} />
        ))}
      </Row>
      <Row heading={a.badges.suppliers}>
        {(Object.keys(riskLevels) as RiskLevel[]).map((level) => (
          <RiskBadge key={level} level={level} />
        ))}
        {checkResults.map((result) => (
          <CheckResultBadge key={result} result={result} />
        ))}
        {(Object.keys(dueStatuses) as DueStatus[]).map((status) => (
          <DueStatusBadge key={status} status={status} />
        ))}
      </Row>
      <Row heading={a.badges.agreements}>
        {agreementStatuses.map((status) => (
          <AgreementStatusBadge key={status} status={status} />
        ))}
        {[...commitmentStatuses, null].map((status) => (
          <FollowUpBadge key={status ?? 'none'} status={status} />
        ))}
      </Row>
      <Row heading={a.badges.palette}>
        {paletteVariants.flatMap((variant) =>
          paletteColours.map((colour) => (
            <Badge key={`${variant}-${colour}`} color={colour} variant={variant}>
              {a.badges.sample(colour, variant)}
            </Badge>
          )),
        )}
      </Row>
    </Stack>
  );
}
