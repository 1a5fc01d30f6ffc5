import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useRegisterSupplier, validateOrganisationNumber } from '../../api/suppliers';
import { useI18n } from '../../i18n/i18n-context';
import { useSuppliersT } from '../../i18n/suppliers/use-suppliers-t';
import { SupplierErrorAlert } from './supplier-error';
import { AppModal } from '../../components/app-modal';

const emptyForm = {
  organisationNumber: '',
  name: '',
  careOf: '',
  street: '',
  postalCode: '',
  city: '',
  phone: '',
};

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/**
 * Registers a supplier. The organisation number is checked as it is typed (form, date, Luhn
 * check digit) with the server's own validator, and its legal form is shown; the server
 * checks it again.
 */
export function RegisterSupplierDialog({ onClose }: { onClose: () => void }) {
  const s = useSuppliersT();
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const register = useRegisterSupplier();
  const [form, setForm] = useState(emptyForm);
  const [isSubmitted, setIsSubmitted] = useState(false);
  const set = (key: keyof typeof emptyForm, value: string) =>
    setForm((current) => ({ ...current, [key]: value }));

  const number = form.organisationNumber.trim();
  const validation = number === '' ? null : validateOrganisationNumber(number);
  // While typing, only a complete number is judged: ten digits or more.
  const isComplete = number.replace(/\D/g, '').length >= 10;
  const numberError =
    validation === null
      ? isSubmitted
        ? s.register.required
        : undefined
      : !validation.isValid && (isComplete || isSubmitted)
        ? s.register.problems[validation.reason]
        : undefined;
  const nameError = isSubmitted && form.name.trim() === '' ? s.register.required : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (!validation?.isValid || form.name.trim() === '') return;
    const address = {
      careOf: orNull(form.careOf),
      street: orNull(form.street),
      postalCode: orNull(form.postalCode),
      city: orNull(form.city),
    };
    const hasAddress = Object.values(address).some((value) => value !== null);
    register.mutate(
      {
        organisationNumber: validation.normalised,
        name: form.name.trim(),
        address: hasAddress ? address : null,
        phone: orNull(form.phone),
      },
      { onSuccess: (supplier) => void navigate(`/leverantorer/${supplier.id}`) },
    );
  };

  return (
    <AppModal
      opened
      onClose={onClose}
      title={s.register.title}
      size="lg"
      closeButtonProps={{ 'aria-label': t.common.close }}
    >
      <form onSubmit={submit} noValidate data-testid="register-supplier-form">
        <Stack gap="sm">
          <TextInput
            label={s.register.organisationNumber}
            description={s.register.organisationNumberHelp}
            required
            autoComplete="off"
            inputMode="numeric"
            value={form.organisationNumber}
            onChange={(event) => set('organisationNumber', event.currentTarget.value)}
            error={numberError}
          />
          {validation?.isValid === true && (
            <Text size="sm" aria-live="polite" data-testid="legal-form" fw={600}>
              {s.register.legalForm(validation.legalFormLabel[locale === 'en' ? 'en' : 'sv'])}
            </Text>
          )}
          {validation?.isValid === true && validation.isSoleTrader && (
            <Text size="sm">{s.register.soleTrader}</Text>
          )}
          <TextInput
            label={s.register.name}
            required
            value={form.name}
            onChange={(event) => set('name', event.currentTarget.value)}
            error={nameError}
          />
          <Title order={3} size="h5" mt="xs">
            {s.register.addressHeading}
          </Title>
          <TextInput
            label={s.register.careOf}
            value={form.careOf}
            onChange={(event) => set('careOf', event.currentTarget.value)}
          />
          <TextInput
            label={s.register.street}
            value={form.street}
            onChange={(event) => set('street', event.currentTarget.value)}
          />
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              label={s.register.postalCode}
              value={form.postalCode}
              onChange={(event) => set('postalCode', event.currentTarget.value)}
            />
            <TextInput
              label={s.register.city}
              value={form.city}
              onChange={(event) => set('city', event.currentTarget.value)}
            />
          </Group>
          <TextInput
            label={s.register.phone}
            type="tel"
            value={form.phone}
            onChange={(event) => set('phone', event.currentTarget.value)}
          />
          {register.error !== null && <SupplierErrorAlert error={register.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t.common.cancel}
            </Button>
            <Button type="submit" loading={register.isPending}>
              {s.register.submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
