import { NumberInput, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import {
  useCreateMeeting,
  useUpdateMeeting,
  type MeetingDetail,
  type MeetingInput,
} from '../../api/meetings';
import { fromStockholmDateTimeInput, toStockholmDateTimeInput } from '../../i18n/format';
import { useMeetingsT } from '../../i18n/meetings/use-meetings-t';
import { ModalForm } from '../plans/modal-form';
import { MeetingErrorAlert } from './meeting-error';
import { durationOf } from './meeting-words';
import { MemberFields } from './member-fields';

/** A one-off meeting (then its page opens), or changes to any open meeting. */
export function MeetingDialog({
  meeting,
  onClose,
}: {
  meeting: MeetingDetail | null;
  onClose: () => void;
}) {
  const m = useMeetingsT();
  const navigate = useNavigate();
  const create = useCreateMeeting();
  const update = useUpdateMeeting(meeting?.id ?? '');
  const isCreating = meeting === null;
  const [title, setTitle] = useState(meeting?.title ?? '');
  const [place, setPlace] = useState(meeting?.place ?? '');
  const [startsAt, setStartsAt] = useState(
    toStockholmDateTimeInput(meeting === null ? new Date() : new Date(meeting.startsAt)),
  );
  const [duration, setDuration] = useState<number | string>(
    meeting === null ? 60 : durationOf(meeting),
  );
  const [organisationIds, setOrganisationIds] = useState(meeting?.organisationIds ?? []);
  const [memberUserIds, setMemberUserIds] = useState(meeting?.memberUserIds ?? []);
  const [errors, setErrors] = useState<{ title?: string; startsAt?: string }>({});
  const error = isCreating ? create.error : update.error;

  const submit = () => {
    const start = fromStockholmDateTimeInput(startsAt);
    const found = {
      title: title.trim() === '' ? m.form.required : undefined,
      startsAt: start === undefined ? m.form.required : undefined,
    };
    setErrors(found);
    if (found.title !== undefined || start === undefined) return;
    const input: MeetingInput = {
      title: title.trim(),
      place: place.trim(),
      startsAt: start,
      durationMinutes: Number(duration),
      organisationIds,
      memberUserIds,
    };
    if (isCreating) {
      create.mutate(input, {
        onSuccess: (created) => {
          onClose();
          void navigate(`/samverkan/moten/${created.id}`);
        },
      });
    } else {
      update.mutate(input, { onSuccess: onClose });
    }
  };

  return (
    <ModalForm
      title={isCreating ? m.form.createMeetingTitle : m.form.editMeetingTitle}
      onClose={onClose}
      onSubmit={submit}
      isPending={create.isPending || update.isPending}
      error={null}
      submitLabel={isCreating ? m.form.create : m.form.save}
      testId="meeting-form"
    >
      <TextInput
        label={m.form.title}
        required
        value={title}
        onChange={(event) => setTitle(event.currentTarget.value)}
        error={errors.title}
      />
      <TextInput
        label={m.form.place}
        value={place}
        onChange={(event) => setPlace(event.currentTarget.value)}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput
          type="datetime-local"
          label={m.form.startsAt}
          required
          value={startsAt}
          onChange={(event) => setStartsAt(event.currentTarget.value)}
          error={errors.startsAt}
        />
        <NumberInput
          label={m.form.duration}
          min={5}
          max={1440}
          step={15}
          value={duration}
          onChange={setDuration}
        />
      </SimpleGrid>
      <Text size="sm">{m.form.timeZoneNote}</Text>
      <MemberFields
        organisationIds={organisationIds}
        memberUserIds={memberUserIds}
        onOrganisationsChange={setOrganisationIds}
        onUsersChange={setMemberUserIds}
      />
      {error !== null && <MeetingErrorAlert error={error} />}
    </ModalForm>
  );
}
