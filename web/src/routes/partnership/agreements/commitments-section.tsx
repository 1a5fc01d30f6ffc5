import { Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus, IconProgressCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { AgreementDetail, Commitment } from '../../../api/agreements';
import { useAgreementsT } from '../../../i18n/agreements/use-agreements-t';
import { FollowUpBadge } from './agreement-badges';
import { CommitmentDialog, FollowUpDialog } from './commitment-dialogs';

function CommitmentCard({
  agreement,
  commitment,
  canManage,
  onEdit,
  onFollowUp,
}: {
  agreement: AgreementDetail;
  commitment: Commitment;
  canManage: boolean;
  onEdit: () => void;
  onFollowUp: () => void;
}) {
  const a = useAgreementsT();
  const d = a.detail;
  const latest = commitment.followUps.at(-1) ?? null;
  const responsible = agreement.parties.find(
    (party) => party.organisationId === commitment.responsibleOrganisationId,
  );
  const headingId = `commitment-${commitment.id}`;
  return (
    <Card withBorder component="article" aria-labelledby={headingId} data-testid="commitment">
      <Stack gap="xs">
        <Title order={3} size="h4" id={headingId}>
          {commitment.text}
        </Title>
        <Text size="sm">
          {d.responsible}: {responsible?.organisationName ?? d.sharedResponsibility}
        </Text>
        <div>
          <Text size="sm" fw={600}>
            {d.measures}
          </Text>
          {commitment.measures.length === 0 ? (
            <Text size="sm">{d.noMeasures}</Text>
          ) : (
            <List size="sm">
              {commitment.measures.map((measure) => (
                <List.Item key={measure.id}>
                  {a.commitmentForm.measureOption(measure.measure, measure.planTitle)}
                </List.Item>
              ))}
            </List>
          )}
        </div>
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {d.currentStatus}:
          </Text>
          <FollowUpBadge status={latest?.status ?? null} />
        </Group>
        {commitment.followUps.length === 0 ? (
          <Text size="sm">{d.noFollowUp}</Text>
        ) : (
          <details>
            <summary>{d.history(commitment.followUps.length)}</summary>
            <List size="sm" mt="xs" data-testid="follow-up-history">
              {[...commitment.followUps].reverse().map((followUp) => (
                <List.Item key={followUp.id}>
                  <Group gap="xs" wrap="wrap">
                    <Text size="sm">
                      {d.followUpEntry(followUp.followedUpOn, followUp.recordedByName)}
                    </Text>
                    <FollowUpBadge status={followUp.status} />
                  </Group>
                  {followUp.comment !== '' && <Text size="sm">{followUp.comment}</Text>}
                </List.Item>
              ))}
            </List>
          </details>
        )}
        {canManage && (
          <Group gap="xs">
            <Button
              size="xs"
              leftSection={<IconProgressCheck size={14} aria-hidden="true" />}
              onClick={onFollowUp}
              aria-describedby={headingId}
            >
              {d.recordFollowUp}
            </Button>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconPencil size={14} aria-hidden="true" />}
              onClick={onEdit}
              aria-describedby={headingId}
            >
              {d.editCommitment}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** The agreement's commitments with their measures and joint follow-up. */
export function CommitmentsSection({
  agreement,
  canManage,
}: {
  agreement: AgreementDetail;
  canManage: boolean;
}) {
  const a = useAgreementsT();
  const [editing, setEditing] = useState<Commitment | 'new' | null>(null);
  const [following, setFollowing] = useState<Commitment | null>(null);
  return (
    <Stack gap="sm" component="section" aria-labelledby="commitments-heading">
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h3" id="commitments-heading">
          {a.detail.commitments}
        </Title>
        {canManage && (
          <Button
            variant="default"
            leftSection={<IconPlus size={16} aria-hidden="true" />}
            onClick={() => setEditing('new')}
          >
            {a.detail.addCommitment}
          </Button>
        )}
      </Group>
      {agreement.commitments.length === 0 && <Text size="sm">{a.detail.noCommitments}</Text>}
      {agreement.commitments.map((commitment) => (
        <CommitmentCard
          key={commitment.id}
          agreement={agreement}
          commitment={commitment}
          canManage={canManage}
          onEdit={() => setEditing(commitment)}
          onFollowUp={() => setFollowing(commitment)}
        />
      ))}
      {editing !== null && (
        <CommitmentDialog
          agreement={agreement}
          commitment={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      {following !== null && (
        <FollowUpDialog commitment={following} onClose={() => setFollowing(null)} />
      )}
    </Stack>
  );
}
