import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { usePlan, useRevisePlan, useUpdatePlan, type PlanDetail } from '../../api/plans';
import { useCurrentUser } from '../../api/session';
import { ConfirmButton } from '../../components/confirm-button';
import { ErrorAlert } from '../../components/error-alert';
import { InlineLoader } from '../../components/full-page-loader';
import { usePageTitle } from '../../components/use-page-title';
import { usePlansT } from '../../i18n/plans/use-plans-t';
import { RoundsSection } from '../follow-up/rounds-section';
import { AdoptDialog } from './adopt-dialog';
import { GapsSection } from './gaps-section';
import { ProposalsSection } from './proposals-section';
import { EffortsSection } from './efforts-section';
import { GoalsSection } from './goals-section';
import { MeasuresTable } from './measures-table';
import { PlanStatusBadge } from './plan-badges';
import { useAccessT } from '../../i18n/access/use-access-t';
import { PlanErrorAlert } from './plan-error';
import { PlanFormDialog } from './plan-form';
import { canManagePlans } from './plans-page';
import { ProblemsSection } from './problems-section';
import { SnapshotSection } from './snapshot-section';

function BackLink() {
  const p = usePlansT();
  return (
    <Anchor component={Link} to="/handlingsplaner">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden="true" />
        {p.plan.back}
      </Group>
    </Anchor>
  );
}

function Facts({ plan }: { plan: PlanDetail }) {
  const p = usePlansT();
  const facts = p.plan.facts;
  const isExpired = plan.status === 'expired';
  const rows: [string, string, boolean?][] = [
    [facts.kind, p.kinds[plan.kind]],
    [facts.status, p.statuses[plan.status], isExpired],
    [facts.owner, plan.owner],
    [facts.decidedBy, plan.decision?.bodyName ?? p.list.notDecided],
    [facts.decidedOn, plan.decision?.decidedOn ?? '–'],
    [facts.caseNumber, plan.decision?.caseNumber ?? '–'],
    [facts.validFrom, plan.validFrom ?? p.plan.notSet],
    [facts.validUntil, plan.validUntil ?? p.list.noEnd, isExpired],
    [facts.interval, p.plan.interval(plan.followUpIntervalMonths)],
    [facts.version, String(plan.version)],
  ];
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="facts-heading">
      <Title order={2} size="h4" id="facts-heading" mb="xs">
        {p.plan.factsHeading}
      </Title>
      <dl
        className="plan-facts"
        style={{ margin: 0, display: 'grid', gap: 8 }}
        data-testid="plan-facts"
      >
        {rows.map(([label, value, isWarning]) => (
          <div key={label}>
            <Text component="dt" size="sm" c="dimmed">
              {label}
            </Text>
            <Text
              component="dd"
              m={0}
              c={isWarning ? 'red.9' : undefined}
              fw={isWarning ? 600 : undefined}
            >
              {value}
            </Text>
          </div>
        ))}
      </dl>
      {plan.summary !== '' && (
        <Text mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {plan.summary}
        </Text>
      )}
    </Paper>
  );
}

function Actions({ plan }: { plan: PlanDetail }) {
  const p = usePlansT();
  const navigate = useNavigate();
  const updatePlan = useUpdatePlan(plan.id);
  const revise = useRevisePlan(plan.id);
  const [isEditing, editing] = useDisclosure(false);
  const [isAdopting, adopting] = useDisclosure(false);
  const isDraft = plan.status === 'draft';
  const isRevisable = !isDraft && plan.status !== 'replaced';
  return (
    <>
      <Group gap="sm">
        {isDraft && (
          <>
            <Button variant="default" onClick={editing.open}>
              {p.plan.edit}
            </Button>
            <Button onClick={adopting.open}>{p.adopt.button}</Button>
          </>
        )}
        {isRevisable && (
          <ConfirmButton
            variant="default"
            question={p.revise.question}
            isPending={revise.isPending}
            onConfirm={() =>
              revise.mutate(undefined, {
                onSuccess: (draft) => void navigate(`/handlingsplaner/${draft.id}`),
              })
            }
          >
            {p.revise.button}
          </ConfirmButton>
        )}
      </Group>
      {revise.isError && <PlanErrorAlert error={revise.error} />}
      {isEditing && (
        <PlanFormDialog
          isOpen
          onClose={editing.close}
          title={p.form.editTitle}
          submitLabel={p.form.save}
          initial={{
            title: plan.title,
            kind: plan.kind,
            owner: plan.owner,
            summary: plan.summary,
            validFrom: plan.validFrom,
            validUntil: plan.validUntil,
            followUpIntervalMonths: plan.followUpIntervalMonths,
          }}
          isPending={updatePlan.isPending}
          error={updatePlan.error}
          onSubmit={(input) => updatePlan.mutate(input, { onSuccess: editing.close })}
        />
      )}
      {isAdopting && <AdoptDialog plan={plan} onClose={adopting.close} />}
    </>
  );
}

/**
 * One plan version: its facts and decision, goals with indicators, measures in BRÅ's grid,
 * the situation picture it rests on, its follow-up rounds and the gaps in the mapping.
 */
export default function PlanPage() {
  const p = usePlansT();
  const { id } = useParams();
  const user = useCurrentUser();
  const plan = usePlan(id);
  const x = useAccessT();
  usePageTitle(plan.data?.title ?? p.list.title);

  if (plan.isPending) return <InlineLoader />;
  if (plan.data === undefined) {
    return (
      <Stack gap="md">
        <BackLink />
        {isApiError(plan.error) && plan.error.status === 404 ? (
          <Alert color="orange" variant="light" role="alert">
            {p.plan.notFound}
          </Alert>
        ) : (
          <ErrorAlert error={plan.error} />
        )}
      </Stack>
    );
  }
  const item = plan.data;
  const canManage = canManagePlans(user.roles);
  // Content changes on a draft only; follow-up (values, status) until a revision replaces it.
  const isEditable = canManage && item.decision === null;
  const canRecord = canManage && item.replacedByPlanId === null;
  return (
    <Stack gap="lg" maw={1200}>
      <BackLink />
      <Stack gap="xs">
        <Title order={1}>{item.title}</Title>
        <Group gap="xs">
          <PlanStatusBadge status={item.status} />
          {item.status === 'draft' && item.version > 1 && (
            <Text size="sm">{p.plan.draftOf(item.version)}</Text>
          )}
        </Group>
        {item.supersededBy !== null && (
          <Text size="sm" data-testid="superseded-by">
            {x.plans.supersededBy}{' '}
            <Anchor component={Link} to={`/handlingsplaner/${item.supersededBy.id}`}>
              {item.supersededBy.title}
            </Anchor>
          </Text>
        )}
        {item.replacedByPlanId !== null && (
          <Alert color="blue" variant="light">
            <Group gap="xs">
              <Text size="sm">{p.plan.revisedBy}</Text>
              <Anchor component={Link} to={`/handlingsplaner/${item.replacedByPlanId}`} size="sm">
                {p.plan.openNewer}
              </Anchor>
            </Group>
          </Alert>
        )}
        {canManage && <Actions plan={item} />}
      </Stack>
      <Facts plan={item} />
      <RoundsSection plan={item} canManage={canManage} />
      {canManage && item.decision !== null && (
        <Text size="sm" data-testid="plan-locked-note">
          {p.modelling.lockedNote}
        </Text>
      )}
      <ProposalsSection plan={item} isEditable={isEditable} />
      <ProblemsSection plan={item} isEditable={isEditable} />
      <GoalsSection planId={item.id} goals={item.goals} permissions={{ isEditable, canRecord }} />
      <MeasuresTable plan={item} isEditable={isEditable} canFollowUp={canRecord} />
      <SnapshotSection plan={item} isEditable={isEditable} />
      <EffortsSection plan={item} canManage={canManage} />
      <GapsSection plan={item} />
    </Stack>
  );
}
