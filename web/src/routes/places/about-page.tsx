import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { PublicLayout } from '../../components/public-layout';
import { usePlacesT } from '../../i18n/places/use-places-t';

/** Om Tryggve: what it is and the credits of the public data it ships; open to anyone. */
export default function AboutPage() {
  const p = usePlacesT().about;
  return (
    <PublicLayout title={p.title}>
      <Stack gap="md">
        <Text>{p.intro}</Text>
        <section aria-labelledby="about-credits-heading">
          <Title order={2} size="h4" id="about-credits-heading" mb="xs">
            {p.creditsHeading}
          </Title>
          <List size="sm" spacing={4} data-testid="about-credits">
            {p.credits.map((credit) => (
              <List.Item key={credit}>{credit}</List.Item>
            ))}
          </List>
        </section>
        <Anchor component={Link} to="/">
          {p.back}
        </Anchor>
      </Stack>
    </PublicLayout>
  );
}
