import { List, Stack, Table, Text, Title } from '@mantine/core';
import type { Measure, PlanProblem } from '../../api/plans';
import { ScrollableTable } from '../../components/scrollable-table';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { usePlansT } from '../../i18n/plans/use-plans-t';
import { ColourBadge } from './plan-badges';

/** The measures in BRÅ's grid: cause, measure, operative goal, when, who, partners, follow-up. */
export function MeasuresTable({
  measures,
  problems,
}: {
  measures: Measure[];
  problems: PlanProblem[];
}) {
  const p = usePlansT();
  const { locale } = useI18n();
  const columns = p.plan.measureColumns;
  const problemTitle = new Map(problems.map((problem) => [problem.id, problem.title]));
  return (
    <Stack gap="xs" component="section" aria-labelledby="measures-heading">
      <Title order={2} size="h3" id="measures-heading">
        {p.plan.measuresHeading}
      </Title>
      <Text size="sm">{p.plan.measuresIntro}</Text>
      {measures.length === 0 ? (
        <Text size="sm">{p.plan.measuresNone}</Text>
      ) : (
        <ScrollableTable label={p.plan.measuresLabel} minWidth={1150}>
          <Table striped verticalSpacing="sm" data-testid="measures-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{columns.cause}</Table.Th>
                <Table.Th>{columns.measure}</Table.Th>
                <Table.Th>{columns.operativeGoal}</Table.Th>
                <Table.Th>{columns.when}</Table.Th>
                <Table.Th>{columns.who}</Table.Th>
                <Table.Th>{columns.partners}</Table.Th>
                <Table.Th>{columns.resources}</Table.Th>
                <Table.Th>{columns.status}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {measures.map((measure) => {
                const cause = [
                  measure.problemId === null ? '' : (problemTitle.get(measure.problemId) ?? ''),
                  measure.cause,
                ]
                  .filter((part) => part !== '')
                  .join('. ');
                const when =
                  measure.startsOn === null && measure.endsOn === null
                    ? p.plan.ongoing
                    : p.plan.whenFromTo(measure.startsOn ?? '', measure.endsOn ?? '');
                const resources = [
                  measure.plannedHours === null
                    ? ''
                    : p.plan.hours(formatNumber(measure.plannedHours, locale)),
                  measure.costSek === null
                    ? ''
                    : p.plan.cost(formatNumber(measure.costSek, locale)),
                ].filter((part) => part !== '');
                return (
                  <Table.Tr key={measure.id}>
                    <Table.Td>{cause}</Table.Td>
                    <Table.Th scope="row" fw={600}>
                      {measure.measure}
                    </Table.Th>
                    <Table.Td>{measure.operativeGoal}</Table.Td>
                    <Table.Td>{when}</Table.Td>
                    <Table.Td>
                      {measure.responsible}
                      {measure.contactPerson !== '' && (
                        <Text size="sm">{measure.contactPerson}</Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {measure.partners.length > 0 && (
                        <List size="sm" spacing={2}>
                          {measure.partners.map((partner) => (
                            <List.Item key={partner}>{partner}</List.Item>
                          ))}
                        </List>
                      )}
                    </Table.Td>
                    <Table.Td>{resources.join(', ')}</Table.Td>
                    <Table.Td>
                      <Stack gap={4}>
                        <ColourBadge colour={measure.statusColour} />
                        {measure.statusComment !== '' && (
                          <Text size="sm">{measure.statusComment}</Text>
                        )}
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollableTable>
      )}
    </Stack>
  );
}
