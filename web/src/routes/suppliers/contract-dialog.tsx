import { Button, Checkbox, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../api/session';
import {
  useCreateContract,
  useSuppliers,
  type ProgrammeItem,
  type Supplier,
} from '../../api/suppliers';
import { useT } from '../../i18n/i18n-context';
import { useSuppliersT } from '../../i18n/suppliers/use-suppliers-t';
import { defaultProgramme, ProgrammeFields } from './programme-fields';
import { SupplierErrorAlert } from './supplier-error';
import { AppModal } from '../../components/app-modal';

const emptyContract = {
  procurementReference: '',
  title: '',
  startsOn: '',
  endsOn: '',
  responsibleUnit: '',
};

/**
 * A new contract with the supplier: the procurement, period, value, responsible unit, the
 * subcontractors the supplier named, and the check programme. The server checks it again.
 */
export function ContractDialog({ supplier, onClose }: { supplier: Supplier; onClose: () => void }) {
  const s = useSuppliersT();
  const t = useT();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const create = useCreateContract();
  const suppliers = useSuppliers('');
  const [form, setForm] = useState(emptyContract);
  const [valueSek, setValueSek] = useState<number | ''>('');
  const [subcontractorIds, setSubcontractorIds] = useState<string[]>([]);
  const [programme, setProgramme] = useState<ProgrammeItem[]>(() => defaultProgramme(user.id));
  const [isSubmitted, setIsSubmitted] = useState(false);
  const set = (key: keyof typeof emptyContract, value: string) =>
    setForm((current) => ({ ...current, [key]: value }));
  const missing = (value: string | number) =>
    isSubmitted && String(value).trim() === '' ? s.contract.required : undefined;
  const others = (suppliers.data ?? []).filter((item) => item.id !== supplier.id);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (Object.values(form).some((value) => value.trim() === '') || valueSek === '') return;
    create.mutate(
      {
        supplierId: supplier.id,
        procurementReference: form.procurementReference.trim(),
        title: form.title.trim(),
        startsOn: form.startsOn,
        endsOn: form.endsOn,
        valueSek,
        responsibleUnit: form.responsibleUnit.trim(),
        responsibleOfficerUserId: user.id,
        subcontractorIds,
        programme,
      },
      { onSuccess: (detail) => void navigate(`/leverantorer/avtal/${detail.contract.id}`) },
    );
  };

  return (
    <AppModal
      opened
      onClose={onClose}
      title={s.contract.newTitle}
      size="xl"
      closeButtonProps={{ 'aria-label': t.common.close }}
    >
      <form onSubmit={submit} noValidate data-testid="contract-form">
        <Stack gap="sm">
          <Text size="sm">{`${s.contract.supplier}: ${supplier.name}`}</Text>
          <TextInput
            label={s.contract.contractTitle}
            required
            value={form.title}
            onChange={(event) => set('title', event.currentTarget.value)}
            error={missing(form.title)}
          />
          <TextInput
            label={s.contract.procurementReference}
            required
            value={form.procurementReference}
            onChange={(event) => set('procurementReference', event.currentTarget.value)}
            error={missing(form.procurementReference)}
          />
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              type="date"
              label={s.contract.startsOn}
              required
              value={form.startsOn}
              onChange={(event) => set('startsOn', event.currentTarget.value)}
              error={missing(form.startsOn)}
              miw={150}
            />
            <TextInput
              type="date"
              label={s.contract.endsOn}
              required
              value={form.endsOn}
              onChange={(event) => set('endsOn', event.currentTarget.value)}
              error={missing(form.endsOn)}
              miw={150}
            />
          </Group>
          <Group grow align="flex-start" wrap="wrap">
            <NumberInput
              label={s.contract.value}
              required
              min={0}
              allowDecimal={false}
              allowNegative={false}
              thousandSeparator=" "
              value={valueSek}
              onChange={(next) => setValueSek(next === '' ? '' : Number(next))}
              error={missing(valueSek)}
              miw={150}
            />
            <TextInput
              label={s.contract.responsibleUnit}
              required
              value={form.responsibleUnit}
              onChange={(event) => set('responsibleUnit', event.currentTarget.value)}
              error={missing(form.responsibleUnit)}
              miw={150}
            />
          </Group>
          {others.length > 0 && (
            <Checkbox.Group
              label={s.contract.subcontractors}
              description={s.contract.subcontractorsHelp}
              value={subcontractorIds}
              onChange={setSubcontractorIds}
            >
              <Stack gap={4} mt={4}>
                {others.map((other) => (
                  <Checkbox
                    key={other.id}
                    value={other.id}
                    label={`${other.name} (${other.organisationNumber})`}
                  />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
          <ProgrammeFields value={programme} onChange={setProgramme} currentUserId={user.id} />
          {create.error !== null && <SupplierErrorAlert error={create.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t.common.cancel}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {s.contract.create}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
