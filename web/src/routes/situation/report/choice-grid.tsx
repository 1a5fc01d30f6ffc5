import { Stack, Text } from '@mantine/core';
import { useId, type ReactNode } from 'react';

export interface Choice {
  value: string;
  label: string;
}

/**
 * A set of choices as large buttons, for thumbs: native radio buttons in a fieldset, so arrow
 * keys, screen readers and validation behave as with any radio group.
 */
export function ChoiceGrid({
  legend,
  name,
  choices,
  value,
  onChange,
  error,
  children,
  testId,
}: {
  legend: string;
  name: string;
  choices: readonly Choice[];
  value: string;
  onChange: (value: string) => void;
  error?: string;
  /** More choices of the same group (behind "more"), and the button that shows them. */
  children?: ReactNode;
  testId?: string;
}) {
  const errorId = useId();
  return (
    <fieldset
      className="plain-fieldset"
      aria-describedby={error === undefined ? undefined : errorId}
      data-invalid-group={error === undefined ? undefined : true}
      data-testid={testId}
    >
      <Text component="legend" fw={600} mb={6}>
        {legend}
      </Text>
      <Stack gap="xs">
        <ChoiceButtons
          name={name}
          choices={choices}
          value={value}
          onChange={onChange}
          error={error}
        />
        {children}
        {error !== undefined && (
          <Text id={errorId} size="sm" c="var(--mantine-color-error)">
            {error}
          </Text>
        )}
      </Stack>
    </fieldset>
  );
}

/** The buttons alone, for a second block of the same group (it shares `name`). */
export function ChoiceButtons({
  name,
  choices,
  value,
  onChange,
  error,
}: {
  name: string;
  choices: readonly Choice[];
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  return (
    <div className="choice-grid" data-error={error === undefined ? undefined : true}>
      {choices.map((choice) => (
        <label key={choice.value} className="choice">
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
          />
          <span className="choice-mark" aria-hidden="true" />
          <span>{choice.label}</span>
        </label>
      ))}
    </div>
  );
}
