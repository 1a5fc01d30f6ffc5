import { Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * One part of the import page: a framed section named by its heading, with a line on what it
 * does. `name` gives the heading's id and the section's test id.
 */
export function ImportSection({
  name,
  heading,
  intro,
  children,
}: {
  name: string;
  heading: string;
  intro: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper
      withBorder
      p={{ base: 'md', sm: 'lg' }}
      radius="md"
      component="section"
      aria-labelledby={`${name}-heading`}
      data-testid={name}
    >
      <Title order={2} size="h3" id={`${name}-heading`} mb="xs">
        {heading}
      </Title>
      <Text size="sm" mb="md">
        {intro}
      </Text>
      {children}
    </Paper>
  );
}
