import {
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Text,
} from '@mantine/core';
import { checkKinds, type CheckKind, type ProgrammeItem } from '../../api/suppliers';
import { useSuppliersT } from '../../i18n/suppliers/use-suppliers-t';

/** A sensible start: registration and taxes yearly, debts and sanctions every six months. */
export function defaultProgramme(responsibleUserId: string): ProgrammeItem[] {
  const intervals: Partial<Record<CheckKind, number>> = {
    company_registration: 12,
    f_tax: 6,
    vat: 12,
    employer_registration: 12,
    enforcement_debts: 6,
    sanctions_screening: 6,
  };
  return Object.entries(intervals).map(([checkKind, intervalMonths]) => ({
    checkKind: checkKind as CheckKind,
    intervalMonths: intervalMonths ?? null,
    responsibleUserId,
  }));
}

/**
 * The check programme as a list of every kind of check: ticked ones are made at award and then
 * every N months (or at award only), with the person responsible.
 */
export function ProgrammeFields({
  value,
  onChange,
  currentUserId,
}: {
  value: ProgrammeItem[];
  onChange: (items: ProgrammeItem[]) => void;
  currentUserId: string;
}) {
  const s = useSuppliersT();
  const itemOf = (kind: CheckKind) => value.find((item) => item.checkKind === kind);
  const update = (kind: CheckKind, change: Partial<ProgrammeItem> | null) => {
    const others = value.filter((item) => item.checkKind !== kind);
    if (change === null) return onChange(others);
    const current = itemOf(kind) ?? {
      checkKind: kind,
      intervalMonths: 12,
      responsibleUserId: currentUserId,
    };
    // Kept in the server's order of kinds, so the programme reads the same everywhere.
    onChange(
      [...others, { ...current, ...change }].sort(
        (a, b) => checkKinds.indexOf(a.checkKind) - checkKinds.indexOf(b.checkKind),
      ),
    );
  };

  return (
    <Fieldset legend={s.contract.programmeHeading} data-testid="programme-fields">
      <Text size="sm" mb="sm">
        {s.contract.programmeIntro}
      </Text>
      <Stack gap="xs">
        {checkKinds.map((kind) => {
          const item = itemOf(kind);
          return (
            <Paper key={kind} withBorder p="xs" data-kind={kind}>
              <Checkbox
                label={s.checkKinds[kind]}
                checked={item !== undefined}
                onChange={(event) => update(kind, event.currentTarget.checked ? {} : null)}
              />
              {item !== undefined && (
                <Group grow align="flex-start" wrap="wrap" mt="xs" pl={30}>
                  <NumberInput
                    label={s.contract.interval}
                    description={s.contract.intervalHelp}
                    aria-label={`${s.contract.interval}: ${s.checkKinds[kind]}`}
                    min={1}
                    max={60}
                    allowDecimal={false}
                    value={item.intervalMonths ?? ''}
                    onChange={(next) =>
                      update(kind, { intervalMonths: next === '' ? null : Number(next) })
                    }
                    miw={140}
                  />
                  <NativeSelect
                    label={s.contract.responsible}
                    aria-label={`${s.contract.responsible}: ${s.checkKinds[kind]}`}
                    value={item.responsibleUserId === null ? '' : 'me'}
                    onChange={(event) =>
                      update(kind, {
                        responsibleUserId:
                          event.currentTarget.value === 'me' ? currentUserId : null,
                      })
                    }
                    data={[
                      { value: 'me', label: s.contract.responsibleYou },
                      { value: '', label: s.contract.responsibleNone },
                    ]}
                    miw={140}
                  />
                </Group>
              )}
            </Paper>
          );
        })}
      </Stack>
    </Fieldset>
  );
}
