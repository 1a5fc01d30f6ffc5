import { Input } from '@mantine/core';
import { useId } from 'react';

/**
 * A native file input with a label, help and an error, wired for screen readers. Native, so a
 * phone offers its own file picker and the keyboard works as everywhere.
 */
export function FileField({
  label,
  description,
  accept,
  error,
  onChange,
  testId,
}: {
  label: string;
  description: string;
  accept: string;
  error?: string | undefined;
  onChange: (file: File | null) => void;
  testId: string;
}) {
  const id = useId();
  return (
    <Input.Wrapper
      id={id}
      label={label}
      description={description}
      error={error}
      inputWrapperOrder={['label', 'description', 'input', 'error']}
    >
      <input
        id={id}
        type="file"
        accept={accept}
        className="file-input"
        aria-describedby={`${id}-description${error === undefined ? '' : ` ${id}-error`}`}
        aria-invalid={error !== undefined}
        onChange={(event) => onChange(event.currentTarget.files?.[0] ?? null)}
        data-testid={testId}
      />
    </Input.Wrapper>
  );
}
