import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { Goal, Indicator } from '../../api/plans';
import { ScrollableTable } from '../../components/scrollable-table';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { usePlansT } from '../../i18n/plans/use-plans-t';

/**
 * The values as bars, oldest first, with the baseline as the first bar when there is one.
 * Decorative for screen readers: the table next to it holds the same numbers.
 */
function IndicatorChart({ indicator }: { indicator: Indicator }) {
  const p = usePlansT();
  const { locale } = useI18n();
  const points = [
    ...(indicator.baselineValue === null
      ? []
      : [{ label: indicator.baselineOn ?? '', value: indicator.baselineValue }]),
    ...[...indicator.values]
      .sort((a, b) => a.measuredOn.localeCompare(b.measuredOn))
      .map((value) => ({ label: value.measuredOn, value: value.value })),
  ];
  if (points.length === 0) return null;
  const highest = Math.max(...points.map((point) => Math.abs(point.value)), 1);
  const barWidth = 56;
  const height = 120;
  const width = points.length * (barWidth + 16) + 8;
  return (
    <svg
      role="img"
      aria-label={p.plan.indicator.chartLabel(indicator.name)}
      viewBox={`0 0 ${width} ${height + 36}`}
      width={Math.min(width, 480)}
      style={{ maxWidth: '100%', height: 'auto' }}
    >
      {points.map((point, index) => {
        const barHeight = Math.max(2, (Math.abs(point.value) / highest) * height);
        const x = 8 + index * (barWidth + 16);
        return (
          <g key={`${point.label}-${index}`}>
            <rect
              x={x}
              y={height - barHeight + 16}
              width={barWidth}
              height={barHeight}
              fill="var(--mantine-color-blue-8)"
            />
            <text
              x={x + barWidth / 2}
              y={height - barHeight + 12}
              textAnchor="middle"
              fontSize="12"
            >
              {formatNumber(point.value, locale)}
            </text>
            <text x={x + barWidth / 2} y={height + 32} textAnchor="middle" fontSize="11">
              {point.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function IndicatorBlock({ indicator }: { indicator: Indicator }) {
  const p = usePlansT();
  const words = p.plan.indicator;
  const { locale } = useI18n();
  const number = (value: number) =>
    indicator.unit === ''
      ? formatNumber(value, locale)
      : `${formatNumber(value, locale)} ${indicator.unit}`;
  const values = [...indicator.values].sort((a, b) => a.measuredOn.localeCompare(b.measuredOn));
  return (
    <Paper withBorder p="sm" radius="sm" data-testid="indicator">
      <Stack gap="xs">
        <Text fw={600} component="h4" m={0}>
          {indicator.name}
        </Text>
        <Group gap="xs">
          <Badge variant="outline" color="gray.8" style={{ textTransform: 'none' }}>
            {indicator.direction === 'up' ? words.directionUp : words.directionDown}
          </Badge>
          {indicator.computation !== null && (
            <Badge variant="outline" color="blue.9" style={{ textTransform: 'none' }}>
              {words.computed}
            </Badge>
          )}
        </Group>
        <Text size="sm">
          {indicator.baselineValue === null
            ? words.noBaseline
            : words.baseline(number(indicator.baselineValue), indicator.baselineOn ?? '–')}
          {indicator.targetValue !== null &&
            ` · ${words.target(number(indicator.targetValue), indicator.targetOn ?? '–')}`}
        </Text>
        <IndicatorChart indicator={indicator} />
        {values.length === 0 ? (
          <Text size="sm">{words.noValues}</Text>
        ) : (
          <ScrollableTable label={words.valuesLabel(indicator.name)} minWidth={480}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{words.columns.day}</Table.Th>
                  <Table.Th>{words.columns.value}</Table.Th>
                  <Table.Th>{words.columns.source}</Table.Th>
                  <Table.Th>{words.columns.note}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {values.map((value) => (
                  <Table.Tr key={value.id}>
                    <Table.Td>{value.measuredOn}</Table.Td>
                    <Table.Td>{number(value.value)}</Table.Td>
                    <Table.Td>
                      {p.sources[value.source]}
                      {value.sourceDetail !== '' && ` (${value.sourceDetail})`}
                    </Table.Td>
                    <Table.Td>{value.note}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollableTable>
        )}
      </Stack>
    </Paper>
  );
}

/** The plan's goals, each with its indicators: baseline, target, values over time and source. */
export function GoalsSection({ goals }: { goals: Goal[] }) {
  const p = usePlansT();
  return (
    <Stack gap="sm" component="section" aria-labelledby="goals-heading" data-testid="goals">
      <Title order={2} size="h3" id="goals-heading">
        {p.plan.goalsHeading}
      </Title>
      {goals.length === 0 && <Text size="sm">{p.plan.goalsNone}</Text>}
      {goals.map((goal) => (
        <Stack key={goal.id} gap="xs">
          <Title order={3} size="h4">
            {goal.title}
          </Title>
          {goal.description !== '' && <Text size="sm">{goal.description}</Text>}
          {goal.indicators.length === 0 ? (
            <Text size="sm">{p.plan.indicatorsNone}</Text>
          ) : (
            goal.indicators.map((indicator) => (
              <IndicatorBlock key={indicator.id} indicator={indicator} />
            ))
          )}
        </Stack>
      ))}
    </Stack>
  );
}
