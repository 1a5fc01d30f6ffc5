import { useCallback, useEffect, useRef, useState } from 'react';
import { useA11yT } from '../i18n/a11y/use-a11y-t';
import { focusElement } from './focus-return';
import { summaryItems, type FieldError } from './form-errors';
import { useAnnounce } from './live-region';

/** Fields marked invalid, and groups (radio buttons as large choices) marked as a whole. */
const invalidSelector = '[aria-invalid="true"], [data-invalid-group]';

function textOf(ids: string | null): string {
  return (ids ?? '')
    .split(/\s+/)
    .map((id) => (id === '' ? null : document.getElementById(id)))
    .filter((element): element is HTMLElement => element !== null)
    .map((element) => element.textContent ?? '')
    .join(' ');
}

/** What a field is called and what is wrong with it, as its label and error text say. */
function describeField(field: HTMLElement): FieldError {
  if (field.matches('[data-invalid-group]')) {
    const legend = field.querySelector('legend, .mantine-InputWrapper-label');
    const described = textOf(field.getAttribute('aria-describedby'));
    const error = field.querySelector('.mantine-InputWrapper-error');
    return {
      label: legend?.textContent ?? '',
      message: described !== '' ? described : (error?.textContent ?? ''),
    };
  }
  const label =
    textOf(field.getAttribute('aria-labelledby')) ||
    ((field as HTMLInputElement).labels?.[0]?.textContent ??
      field.getAttribute('aria-label') ??
      '');
  const describedBy = (field.getAttribute('aria-describedby') ?? '').split(/\s+/);
  // Mantine gives the error text an id ending in "-error"; the description is not the error.
  const errorIds = describedBy.filter((id) => id.endsWith('-error'));
  const message = textOf((errorIds.length > 0 ? errorIds : describedBy).join(' '));
  return { label, message };
}

/** The element to focus for an invalid field: the field, or a group's chosen or first input. */
function focusTarget(field: HTMLElement): HTMLElement {
  if (!field.matches('[data-invalid-group]')) return field;
  return (
    field.querySelector<HTMLElement>('input:checked') ??
    field.querySelector<HTMLElement>('input, select, textarea, button') ??
    field
  );
}

/**
 * The form pattern: call `afterSubmit()` in a form's submit handler. Once React has drawn the
 * errors, focus moves to the first invalid field (scrolled into view) and the live region reads
 * a summary of every invalid field. Without invalid fields nothing happens.
 */
export function useInvalidFieldFocus<Element extends HTMLElement = HTMLFormElement>() {
  const a = useA11yT();
  const announce = useAnnounce();
  const formRef = useRef<Element>(null);
  const [attempt, setAttempt] = useState(0);
  const afterSubmit = useCallback(() => setAttempt((current) => current + 1), []);

  useEffect(() => {
    if (attempt === 0 || formRef.current === null) return;
    const fields = [...formRef.current.querySelectorAll<HTMLElement>(invalidSelector)];
    const first = fields[0];
    if (first === undefined) return;
    const target = focusTarget(first);
    focusElement(target);
    target.scrollIntoView?.({ block: 'center' });
    const items = summaryItems(fields.map(describeField), a.form.errorItem);
    announce(a.form.errorSummary(fields.length, items.join(' ')));
    // Only a new attempt runs this; the texts of the moment are what is read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt]);

  return { formRef, afterSubmit };
}
