import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useA11yT } from '../i18n/a11y/use-a11y-t';

/**
 * Mantine's PasswordInput as the app uses it: the show-password button is named in the page's
 * language and reachable by keyboard, and the field says when it is invalid (`aria-invalid`),
 * which Mantine leaves out for this input.
 */
export function AppPasswordInput(props: PasswordInputProps) {
  const a = useA11yT();
  const hasError = props.error !== undefined && props.error !== null && props.error !== false;
  return (
    <PasswordInput
      visibilityToggleFocusable
      aria-invalid={hasError ? true : undefined}
      {...props}
      visibilityToggleButtonProps={{
        'aria-label': a.password.show,
        ...props.visibilityToggleButtonProps,
      }}
    />
  );
}
