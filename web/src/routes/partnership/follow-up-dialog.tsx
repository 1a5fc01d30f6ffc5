import { NativeSelect, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import {
  jointActionStatuses,
  useUpdateJointAction,
  type JointAction,
  type JointActionStatus,
} from '../../api/meetings';
import { useAnnounce } from '../../components/live-region';
import { useA11yT } from '../../i18n/a11y/use-a11y-t';
import { useMeetingsT } from '../../i18n/meetings/use-meetings-t';
import { ModalForm } from '../plans/modal-form';
import { MeetingErrorAlert } from './meeting-error';

/**
 * Following up a joint action one is responsible for (a partner's officer, whatever her
 * role): its status and outcome only; the rest is the coordinators' (issue 15).
 */
export function FollowUpDialog({ action, onClose }: { action: JointAction; onClose: () => void }) {
  const m = useMeetingsT();
  const words = m.actions;
  const update = useUpdateJointAction();
  const [status, setStatus] = useState<JointActionStatus>(action.status);
  const [outcome, setOutcome] = useState(action.outcome);
  const a = useA11yT();
  const announce = useAnnounce();
  const submit = () =>
    update.mutate(
      { id: action.id, status, outcome },
      {
        onSuccess: () => {
          announce(a.saved.jointActionSaved(action.title));
          onClose();
        },
      },
    );
  return (
    <ModalForm
      title={words.followUpTitle}
      onClose={onClose}
      onSubmit={submit}
      isPending={update.isPending}
      error={null}
      submitLabel={words.save}
      testId="follow-up-form"
    >
      <Text fw={600}>{action.title}</Text>
      <Text size="sm">{words.followUpIntro}</Text>
      <NativeSelect
        label={words.status}
        value={status}
        onChange={(event) => setStatus(event.currentTarget.value as JointActionStatus)}
        data={jointActionStatuses.map((value) => ({ value, label: m.actionStatuses[value] }))}
      />
      <Textarea
        label={words.outcome}
        autosize
        minRows={2}
        value={outcome}
        onChange={(event) => setOutcome(event.currentTarget.value)}
      />
      {update.isError && <MeetingErrorAlert error={update.error} />}
    </ModalForm>
  );
}
