import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useSupplierRisk, type RedFlag } from '../../api/suppliers';
import { ErrorAlert } from '../../components/error-alert';
import { InlineLoader } from '../../components/full-page-loader';
import { useSuppliersT } from '../../i18n/suppliers/use-suppliers-t';
import { RiskBadge } from './supplier-badges';

function FlagRow({ flag }: { flag: RedFlag }) {
  const s = useSuppliersT();
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      style={{
        listStyle: 'none',
        borderLeft: `6px solid var(--mantine-color-${flag.level === 'high' ? 'red-8' : 'orange-6'})`,
      }}
      data-testid="red-flag"
      data-rule={flag.rule}
    >
      <Group gap="xs" justify="space-between" wrap="wrap">
        <Text fw={600}>{s.risk.rules[flag.rule]}</Text>
        <RiskBadge level={flag.level} />
      </Group>
      <Text size="sm">{s.risk.reasons[flag.rule](flag.params)}</Text>
    </Paper>
  );
}

/**
 * The red flags the rules raise over the collected data, each with its reason, and the risk
 * level they add up to (the highest flag's).
 */
export function RiskSection({ supplierId }: { supplierId: string }) {
  const s = useSuppliersT();
  const risk = useSupplierRisk(supplierId);
  return (
    <section aria-labelledby="risk-heading" data-testid="risk">
      <Title order={2} size="h3" id="risk-heading" mb={4}>
        {s.risk.heading}
      </Title>
      <Text size="sm" mb="sm">
        {s.risk.intro}
      </Text>
      {risk.isPending && <InlineLoader />}
      {risk.isError && <ErrorAlert error={risk.error} />}
      {risk.data !== undefined && (
        <Stack gap="sm">
          <Group gap="xs">
            <Text fw={600}>{s.risk.level(s.riskLevels[risk.data.level])}</Text>
          </Group>
          <Text size="sm">
            {s.risk.basedOn(
              risk.data.basedOn.registryCheckedOn ?? s.risk.notYet,
              risk.data.basedOn.sanctionsCheckedOn ?? s.risk.notYet,
            )}
          </Text>
          {risk.data.flags.length === 0 ? (
            <Text size="sm">{s.risk.none}</Text>
          ) : (
            <Stack component="ul" gap="sm" p={0} m={0}>
              {risk.data.flags.map((flag, index) => (
                <FlagRow key={`${flag.rule}-${index}`} flag={flag} />
              ))}
            </Stack>
          )}
        </Stack>
      )}
    </section>
  );
}
