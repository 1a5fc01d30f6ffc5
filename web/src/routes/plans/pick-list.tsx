import { Checkbox, Stack, Text } from '@mantine/core';

/**
 * Several choices among many (categories, districts, goals) as checkboxes in a box that
 * scrolls: native, so keyboard and screen readers work as everywhere, also at 375 px.
 */
export function PickList({
  label,
  description,
  options,
  value,
  onChange,
  error,
  emptyText,
  testId,
}: {
  label: string;
  description?: string;
  options: { value: string; label: string }[];
  value: string[];
  onChange: (value: string[]) => void;
  error?: string | undefined;
  emptyText?: string;
  testId?: string;
}) {
  return (
    <div data-testid={testId}>
      <Checkbox.Group
        label={label}
        description={description}
        value={value}
        onChange={onChange}
        error={error}
      >
        {options.length === 0 ? (
          <Text size="sm" mt={4}>
            {emptyText}
          </Text>
        ) : (
          <Stack
            gap={6}
            mt={6}
            p="xs"
            style={{
              maxHeight: 180,
              overflowY: 'auto',
              border: '1px solid var(--mantine-color-gray-4)',
              borderRadius: 4,
            }}
          >
            {options.map((option) => (
              <Checkbox key={option.value} value={option.value} label={option.label} />
            ))}
          </Stack>
        )}
      </Checkbox.Group>
    </div>
  );
}
