import { ComboboxChevron, createTheme, type CSSVariablesResolver } from '@mantine/core';

/** Mantine's defaults, darkened where the text contrast would fall under WCAG AA (4.5:1). */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '650' },
  focusRing: 'auto',
  cursorType: 'pointer',
  // People who ask their device for less motion get dialogs and menus without animation
  // (WCAG 2.3.3); the browser journeys ask for it too, so axe sees settled pages.
  respectReducedMotion: true,
  components: {
    // The chevron of a select is decoration: the select itself says it opens a list.
    ComboboxChevron: ComboboxChevron.extend({ defaultProps: { 'aria-hidden': true } }),
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    // The light variant (alerts, badges) writes in a middle shade: too pale on its own tint for
    // these hues. Their darkest shade passes 4.5:1 on every tint.
    // An active navbar link under the pointer: blue-9 on the default hover tint is 4.0:1.
    '--mantine-color-blue-light-hover': 'var(--mantine-color-blue-1)',
    ...Object.fromEntries(
      ['blue', 'teal', 'green', 'yellow', 'orange', 'cyan', 'lime'].map((color) => [
        `--mantine-color-${color}-light-color`,
        `var(--mantine-color-${color}-9)`,
      ]),
    ),
  },
  dark: {},
});
