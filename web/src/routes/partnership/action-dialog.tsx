import { NativeSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import {
  jointActionStatuses,
  useCreateJointAction,
  useUpdateJointAction,
  type JointAction,
  type JointActionInput,
  type JointActionStatus,
} from '../../api/meetings';
import { useDistricts } from '../../api/situation';
import { useAnnounce } from '../../components/live-region';
import { useA11yT } from '../../i18n/a11y/use-a11y-t';
import { useMeetingsT } from '../../i18n/meetings/use-meetings-t';
import { ModalForm } from '../plans/modal-form';
import { PickList } from '../plans/pick-list';
import { MeetingErrorAlert } from './meeting-error';
import { useCandidateOptions } from './member-fields';

/**
 * A joint action decided at the meeting, or its follow-up: what, where, which organisations
 * and people, when, the expected result, and later the status and outcome.
 */
export function ActionDialog({
  meetingId,
  action,
  onClose,
}: {
  meetingId: string;
  action: JointAction | null;
  onClose: () => void;
}) {
  const m = useMeetingsT();
  const words = m.actions;
  const create = useCreateJointAction(meetingId);
  const update = useUpdateJointAction();
  const candidates = useCandidateOptions();
  const districts = useDistricts();
  const [title, setTitle] = useState(action?.title ?? '');
  const [description, setDescription] = useState(action?.description ?? '');
  const [districtIds, setDistrictIds] = useState(action?.districtIds ?? []);
  const [organisationIds, setOrganisationIds] = useState(action?.organisationIds ?? []);
  const [responsibleUserIds, setResponsibleUserIds] = useState(action?.responsibleUserIds ?? []);
  const [dueOn, setDueOn] = useState(action?.dueOn ?? '');
  const [expectedResult, setExpectedResult] = useState(action?.expectedResult ?? '');
  const [status, setStatus] = useState<JointActionStatus>(action?.status ?? 'planned');
  const [outcome, setOutcome] = useState(action?.outcome ?? '');
  const [titleError, setTitleError] = useState<string>();
  const a = useA11yT();
  const announce = useAnnounce();
  const error = action === null ? create.error : update.error;
  const districtOptions = (districts.data?.features ?? []).map((feature) => ({
    value: String(feature.id),
    label: feature.properties.name,
  }));

  const submit = () => {
    if (title.trim() === '') {
      setTitleError(m.form.required);
      return;
    }
    setTitleError(undefined);
    const input: JointActionInput = {
      title: title.trim(),
      description,
      districtIds,
      organisationIds,
      responsibleUserIds,
      dueOn: dueOn === '' ? null : dueOn,
      expectedResult,
      status,
    };
    const done = (message: string) => () => {
      announce(message);
      onClose();
    };
    if (action === null) {
      create.mutate(input, { onSuccess: done(a.saved.jointActionCreated(input.title)) });
    } else {
      update.mutate(
        { id: action.id, ...input, outcome },
        { onSuccess: done(a.saved.jointActionSaved(input.title)) },
      );
    }
  };

  return (
    <ModalForm
      title={action === null ? words.createTitle : words.editTitle}
      onClose={onClose}
      onSubmit={submit}
      isPending={create.isPending || update.isPending}
      error={null}
      submitLabel={action === null ? m.form.create : m.form.save}
      testId="action-form"
    >
      <TextInput
        label={words.what}
        required
        value={title}
        onChange={(event) => setTitle(event.currentTarget.value)}
        error={titleError}
      />
      <Textarea
        label={words.description}
        autosize
        minRows={2}
        value={description}
        onChange={(event) => setDescription(event.currentTarget.value)}
      />
      <PickList
        label={words.where}
        options={districtOptions}
        value={districtIds}
        onChange={setDistrictIds}
        emptyText={words.noDistricts}
        testId="action-districts"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <PickList
          label={words.organisations}
          options={candidates.organisations}
          value={organisationIds}
          onChange={setOrganisationIds}
          emptyText={m.form.noCandidates}
          testId="action-organisations"
        />
        <PickList
          label={words.responsible}
          options={candidates.users}
          value={responsibleUserIds}
          onChange={setResponsibleUserIds}
          emptyText={m.form.noCandidates}
          testId="action-people"
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput
          type="date"
          label={words.dueOn}
          value={dueOn}
          onChange={(event) => setDueOn(event.currentTarget.value)}
        />
        <NativeSelect
          label={words.status}
          value={status}
          onChange={(event) => setStatus(event.currentTarget.value as JointActionStatus)}
          data={jointActionStatuses.map((value) => ({
            value,
            label: m.actionStatuses[value],
          }))}
        />
      </SimpleGrid>
      <Textarea
        label={words.expectedResult}
        autosize
        minRows={2}
        value={expectedResult}
        onChange={(event) => setExpectedResult(event.currentTarget.value)}
      />
      {action !== null && (
        <Textarea
          label={words.outcome}
          autosize
          minRows={2}
          value={outcome}
          onChange={(event) => setOutcome(event.currentTarget.value)}
        />
      )}
      {error !== null && <MeetingErrorAlert error={error} />}
    </ModalForm>
  );
}
