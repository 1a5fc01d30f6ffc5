import { List, Stack, Text, Title } from '@mantine/core';
import { useGapView, type PlanDetail } from '../../api/plans';
import { ErrorAlert } from '../../components/error-alert';
import { InlineLoader } from '../../components/full-page-loader';
import { usePlansT } from '../../i18n/plans/use-plans-t';

function Items({ heading, items }: { heading: string; items: string[] }) {
  const p = usePlansT();
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {heading}
      </Title>
      {items.length === 0 ? (
        <Text size="sm">{p.plan.gaps.none}</Text>
      ) : (
        <List size="sm" spacing={2}>
          {items.map((item) => (
            <List.Item key={item}>{item}</List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

/** Prioritised problems no effort meets, goals without work, efforts nobody evaluated. */
export function GapsSection({ plan }: { plan: PlanDetail }) {
  const p = usePlansT();
  const gaps = useGapView(plan.id, true);
  return (
    <Stack gap="xs" component="section" aria-labelledby="gaps-heading" data-testid="gaps">
      <Title order={2} size="h3" id="gaps-heading">
        {p.plan.gapsHeading}
      </Title>
      <Text size="sm">{p.plan.gapsIntro}</Text>
      {gaps.isPending && <InlineLoader />}
      {gaps.isError && <ErrorAlert error={gaps.error} />}
      {gaps.data !== undefined && (
        <Stack gap="sm">
          <Items
            heading={p.plan.gaps.unaddressed}
            items={gaps.data.unaddressedProblems.map((coverage) => coverage.problem.title)}
          />
          <Items
            heading={p.plan.gaps.goalsWithoutWork}
            items={gaps.data.goalsWithoutWork.map((goal) => goal.title)}
          />
          <Items
            heading={p.plan.gaps.unevaluated}
            items={gaps.data.unevaluatedEfforts.map((effort) => effort.name)}
          />
        </Stack>
      )}
    </Stack>
  );
}
