import { Anchor, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useOnboarding } from '../../api/places';
import { ErrorAlert } from '../../components/error-alert';
import { InlineLoader } from '../../components/full-page-loader';
import { usePageTitle } from '../../components/use-page-title';
import { usePlacesT } from '../../i18n/places/use-places-t';

interface Step {
  key: string;
  text: string;
  isDone: boolean;
  doneText: string;
  link: { to: string; label: string };
}

/**
 * A new municipality's administrator's checklist: what came with the municipality (boundary,
 * layers with their districts, place names) and what is left (organisations, users, the first
 * import), each step one click away.
 */
export default function OnboardingPage() {
  const p = usePlacesT().onboarding;
  usePageTitle(p.title);
  const onboarding = useOnboarding();
  if (onboarding.isPending) return <InlineLoader />;
  if (onboarding.isError) return <ErrorAlert error={onboarding.error} />;
  const data = onboarding.data;
  // The first administrator's own organisation and account exist from the start.
  const steps: Step[] = [
    {
      key: 'organisations',
      text: p.organisations,
      isDone: data.organisationCount > 1,
      doneText: p.organisationsDone(data.organisationCount),
      link: { to: '/administration/organisationer', label: p.goOrganisations },
    },
    {
      key: 'users',
      text: p.users,
      isDone: data.userCount > 1,
      doneText: p.usersDone(data.userCount),
      link: { to: '/administration/anvandare', label: p.goUsers },
    },
    {
      key: 'import',
      text: p.firstImport,
      isDone: data.importCount > 0,
      doneText: p.importDone,
      link: { to: '/lagesbild/import', label: p.goImport },
    },
  ];

  return (
    <Stack gap="lg" maw={900}>
      <Title order={1}>{p.title}</Title>
      <Text>{p.intro(data.municipality.name)}</Text>
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="onboarding-done">
        <Title order={2} size="h3" id="onboarding-done" mb="sm">
          {p.doneHeading}
        </Title>
        <List spacing="xs" data-testid="onboarding-done">
          <List.Item>{data.hasBoundary ? p.boundary : p.boundaryMissing}</List.Item>
          {data.layers.map((layer) => (
            <List.Item key={layer.id}>
              <Group gap="xs" wrap="wrap">
                <Text span>{p.layer(layer.name, layer.districtCount)}</Text>
                <Anchor component={Link} to={`/lagesbild/omraden/${layer.id}`} size="sm">
                  {p.showOnMap(layer.name)}
                </Anchor>
              </Group>
              {layer.source && (
                <Text size="xs" c="dimmed">
                  {layer.source}
                </Text>
              )}
            </List.Item>
          ))}
          <List.Item>{p.placeNames(data.placeNameCount)}</List.Item>
        </List>
        <Anchor component={Link} to="/lagesbild/omraden" size="sm" mt="sm" display="inline-block">
          {p.goLayers}
        </Anchor>
      </Paper>
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="onboarding-left">
        <Title order={2} size="h3" id="onboarding-left" mb="sm">
          {p.leftHeading}
        </Title>
        <Stack gap="md" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
          {steps.map((step) => (
            <li key={step.key} data-testid={`onboarding-step-${step.key}`}>
              <Group gap="sm" wrap="wrap" align="center">
                <Badge color={step.isDone ? 'green.9' : 'gray.8'} variant="filled">
                  {step.isDone ? p.stepDone : p.stepLeft}
                </Badge>
                <Text span>{step.isDone ? step.doneText : step.text}</Text>
                <Anchor component={Link} to={step.link.to}>
                  {step.link.label}
                </Anchor>
              </Group>
            </li>
          ))}
        </Stack>
      </Paper>
    </Stack>
  );
}
