import {
  Badge,
  ComboboxChevron,
  createTheme,
  defaultVariantColorsResolver,
  parseThemeColor,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from '@mantine/core';

/**
 * The text colour of each hue for light and outline badges, alerts and buttons: at least
 * 4.5:1 on white, on its own 10 % tint and on a striped row. Mantine's light variant with a
 * shade ("yellow.9") draws the text on a background of that very shade, and its shade 9 of
 * yellow, orange, green and lime is under 4.5:1 on white.
 */
export const inks: Record<string, string> = {
  blue: '#1864ab',
  cyan: '#0b7285',
  teal: '#066a4c',
  green: '#1f7a35',
  lime: '#3f6b0a',
  yellow: '#8f4a00',
  orange: '#a43d09',
  red: '#b02525',
  gray: '#343a40',
};

/** Hues whose filled variant needs the dark ink behind white text. */
const paleFilledHues = new Set(['green', 'lime', 'yellow', 'orange', 'teal']);

/** Mantine's colours per variant, with the inks above wherever the text would be too pale. */
export const variantColorResolver: VariantColorsResolver = (input) => {
  const colours = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({
    color: input.color ?? input.theme.primaryColor,
    theme: input.theme,
  });
  const ink = parsed.isThemeColor ? inks[parsed.color] : undefined;
  if (ink === undefined) return colours;
  switch (input.variant) {
    case 'light':
      return {
        ...colours,
        background: `var(--mantine-color-${parsed.color}-light)`,
        hover: `var(--mantine-color-${parsed.color}-light-hover)`,
        color: ink,
      };
    case 'outline':
      return { ...colours, color: ink, border: `1px solid ${ink}` };
    case 'filled':
      return paleFilledHues.has(parsed.color) ? { ...colours, background: ink } : colours;
    default:
      return colours;
  }
};

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
  variantColorResolver,
  components: {
    // A badge grows to hold its words rather than cutting them ("HAR …"), in the case they
    // are written in: capitals are harder to read and stretch a badge past its column.
    Badge: Badge.extend({
      styles: {
        root: { height: 'auto', maxWidth: '100%', textTransform: 'none', paddingBlock: 2 },
        label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip' },
      },
    }),
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
