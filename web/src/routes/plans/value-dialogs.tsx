import { NumberInput, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useComputeValue, useRecordValue } from '../../api/plan-modelling';
import type { Indicator } from '../../api/plans';
import { TransferStatus } from '../../components/transfer-status';
import { toStockholmDay } from '../../i18n/format';
import { usePlansT } from '../../i18n/plans/use-plans-t';
import { ModalForm } from './modal-form';
import { usePictureOptions } from './use-picture-options';

/** A value measured by hand: the day it is for, the number and a note (source "manual"). */
export function RecordValueDialog({
  indicator,
  onClose,
}: {
  indicator: Indicator;
  onClose: () => void;
}) {
  const p = usePlansT();
  const words = p.modelling.value;
  const record = useRecordValue(indicator.id);
  const [value, setValue] = useState<string | number>('');
  const [measuredOn, setMeasuredOn] = useState(toStockholmDay(new Date()));
  const [note, setNote] = useState('');
  const [isSubmitted, setIsSubmitted] = useState(false);
  const isNumber = value !== '' && Number.isFinite(Number(value));
  return (
    <ModalForm
      title={words.recordTitle(indicator.name)}
      onClose={onClose}
      testId="value-form"
      size="md"
      isPending={record.isPending}
      error={record.error}
      onSubmit={() => {
        setIsSubmitted(true);
        if (!isNumber || measuredOn === '') return;
        record.mutate(
          {
            value: Number(value),
            measuredOn,
            ...(note.trim() === '' ? {} : { note: note.trim() }),
          },
          { onSuccess: onClose },
        );
      }}
    >
      <NumberInput
        label={indicator.unit === '' ? words.value : `${words.value} (${indicator.unit})`}
        required
        decimalSeparator=","
        value={value}
        onChange={setValue}
        error={isSubmitted && !isNumber ? words.enterNumber : undefined}
      />
      <TextInput
        type="date"
        label={words.measuredOn}
        required
        value={measuredOn}
        onChange={(event) => setMeasuredOn(event.currentTarget.value)}
        error={isSubmitted && measuredOn === '' ? p.form.required : undefined}
      />
      <TextInput
        label={words.note}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
      />
    </ModalForm>
  );
}

/**
 * A year's or tertial's value counted from the situation picture as the indicator's
 * computation says (source "picture", the period beside it). Counting may take a moment.
 */
export function ComputeValueDialog({
  indicator,
  onClose,
}: {
  indicator: Indicator;
  onClose: () => void;
}) {
  const p = usePlansT();
  const words = p.modelling.value;
  const compute = useComputeValue(indicator.id);
  const options = usePictureOptions(indicator.computation?.categoryCodes);
  const kind = indicator.computation?.periodKind ?? 'year';
  const lastYear = String(new Date().getFullYear() - 1);
  const [periodKey, setPeriodKey] = useState(kind === 'tertial' ? `${lastYear}-T3` : lastYear);
  const computation = indicator.computation;
  return (
    <ModalForm
      title={words.computeTitle(indicator.name)}
      onClose={onClose}
      testId="compute-form"
      size="md"
      submitLabel={words.compute}
      isPending={compute.isPending}
      error={compute.error}
      onSubmit={() => compute.mutate({ periodKey: periodKey.trim() }, { onSuccess: onClose })}
    >
      {computation !== null && (
        <Text size="sm">
          {words.computeIntro(
            options.categoryNames(computation.categoryCodes),
            computation.districtIds.length === 0
              ? words.wholeMunicipality
              : options.districtNames(computation.districtIds),
          )}
        </Text>
      )}
      <TextInput
        label={words.periodKey}
        description={words.periodKeyHelp[kind]}
        required
        value={periodKey}
        onChange={(event) => setPeriodKey(event.currentTarget.value)}
      />
      {compute.isPending && <TransferStatus text={words.computing} percent={null} />}
    </ModalForm>
  );
}
