import { Group, Radio, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useSetMeasureStatus } from '../../api/plan-modelling';
import { measureStatusColours, type Measure, type MeasureStatusColour } from '../../api/plans';
import { useAnnounce } from '../../components/live-region';
import { useA11yT } from '../../i18n/a11y/use-a11y-t';
import { usePlansT } from '../../i18n/plans/use-plans-t';
import { ModalForm } from './modal-form';

/** Follows a measure up: green, yellow or red, with a comment on why. */
export function MeasureStatusDialog({
  measure,
  onClose,
}: {
  measure: Measure;
  onClose: () => void;
}) {
  const p = usePlansT();
  const words = p.modelling.measure;
  const setStatus = useSetMeasureStatus(measure.id);
  const [colour, setColour] = useState<MeasureStatusColour | null>(measure.statusColour);
  const [comment, setComment] = useState(measure.statusComment);
  const [isSubmitted, setIsSubmitted] = useState(false);
  const a = useA11yT();
  const announce = useAnnounce();
  const isColourMissing = isSubmitted && colour === null;
  return (
    <ModalForm
      title={words.statusTitle(measure.measure)}
      onClose={onClose}
      testId="measure-status-form"
      size="md"
      isPending={setStatus.isPending}
      error={setStatus.error}
      onSubmit={() => {
        setIsSubmitted(true);
        if (colour === null) return;
        setStatus.mutate(
          { colour, comment },
          {
            onSuccess: () => {
              announce(a.saved.measureStatus(measure.measure));
              onClose();
            },
          },
        );
      }}
    >
      <Radio.Group
        label={words.statusColour}
        value={colour ?? ''}
        onChange={(value) => setColour(value as MeasureStatusColour)}
        error={isColourMissing ? words.chooseColour : undefined}
        data-invalid-group={isColourMissing ? true : undefined}
        withAsterisk
      >
        <Group gap="md" mt={4}>
          {measureStatusColours.map((option) => (
            <Radio key={option} value={option} label={p.colours[option]} />
          ))}
        </Group>
      </Radio.Group>
      <Textarea
        label={words.statusComment}
        autosize
        minRows={3}
        value={comment}
        onChange={(event) => setComment(event.currentTarget.value)}
      />
    </ModalForm>
  );
}
