import { NativeSelect, NumberInput, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import {
  useCreateSeries,
  useUpdateSeries,
  type MeetingSeries,
  type SeriesInput,
} from '../../api/meetings';
import { toStockholmDay } from '../../i18n/format';
import { useMeetingsT } from '../../i18n/meetings/use-meetings-t';
import { ModalForm } from '../plans/modal-form';
import { MeetingErrorAlert } from './meeting-error';
import { MemberFields } from './member-fields';

/** A new weekly series, or changes to one; the server makes (and re-aligns) its meetings. */
export function SeriesDialog({
  series,
  onClose,
}: {
  series: MeetingSeries | null;
  onClose: () => void;
}) {
  const m = useMeetingsT();
  const create = useCreateSeries();
  const update = useUpdateSeries(series?.id ?? '');
  const mutation = series === null ? create : update;
  const [title, setTitle] = useState(series?.title ?? '');
  const [place, setPlace] = useState(series?.place ?? '');
  const [weekday, setWeekday] = useState(String(series?.weekday ?? 4));
  const [startTime, setStartTime] = useState(series?.startTime ?? '09:00');
  const [duration, setDuration] = useState<number | string>(series?.durationMinutes ?? 60);
  const [startsOn, setStartsOn] = useState(series?.startsOn ?? toStockholmDay(new Date()));
  const [endsOn, setEndsOn] = useState(series?.endsOn ?? '');
  const [organisationIds, setOrganisationIds] = useState(series?.organisationIds ?? []);
  const [memberUserIds, setMemberUserIds] = useState(series?.memberUserIds ?? []);
  const [titleError, setTitleError] = useState<string>();

  const submit = () => {
    if (title.trim() === '') {
      setTitleError(m.form.required);
      return;
    }
    setTitleError(undefined);
    const input: SeriesInput = {
      title: title.trim(),
      place: place.trim(),
      weekday: Number(weekday),
      startTime,
      durationMinutes: Number(duration),
      startsOn,
      endsOn: endsOn === '' ? null : endsOn,
      organisationIds,
      memberUserIds,
    };
    mutation.mutate(input, { onSuccess: onClose });
  };

  return (
    <ModalForm
      title={series === null ? m.form.createSeriesTitle : m.form.editSeriesTitle}
      onClose={onClose}
      onSubmit={submit}
      isPending={mutation.isPending}
      error={null}
      submitLabel={series === null ? m.form.create : m.form.save}
      testId="series-form"
    >
      <TextInput
        label={m.form.title}
        required
        value={title}
        onChange={(event) => setTitle(event.currentTarget.value)}
        error={titleError}
      />
      <TextInput
        label={m.form.place}
        value={place}
        onChange={(event) => setPlace(event.currentTarget.value)}
      />
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
        <NativeSelect
          label={m.form.weekday}
          value={weekday}
          onChange={(event) => setWeekday(event.currentTarget.value)}
          data={[1, 2, 3, 4, 5, 6, 7].map((day) => ({
            value: String(day),
            label: m.weekdays[day] ?? String(day),
          }))}
        />
        <TextInput
          type="time"
          label={m.form.startTime}
          value={startTime}
          onChange={(event) => setStartTime(event.currentTarget.value)}
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
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput
          type="date"
          label={m.form.startsOn}
          value={startsOn}
          onChange={(event) => setStartsOn(event.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={m.form.endsOn}
          value={endsOn}
          onChange={(event) => setEndsOn(event.currentTarget.value)}
        />
      </SimpleGrid>
      <MemberFields
        organisationIds={organisationIds}
        memberUserIds={memberUserIds}
        onOrganisationsChange={setOrganisationIds}
        onUsersChange={setMemberUserIds}
      />
      {series !== null && <Text size="sm">{m.form.seriesNote}</Text>}
      {mutation.isError && <MeetingErrorAlert error={mutation.error} />}
    </ModalForm>
  );
}
