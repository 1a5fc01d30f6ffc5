import { VisuallyHidden } from '@mantine/core';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { useSituationT } from '../../i18n/situation/use-situation-t';

/**
 * A count as its reader may see it: the number, or "–" where the small-count rule hides it
 * (fewer than 3, or a figure that would reveal one), with the reason for screen readers and
 * as a tooltip.
 */
export function ShownCount({ value }: { value: number | null }) {
  const s = useSituationT();
  const { locale } = useI18n();
  if (value !== null) return <>{formatNumber(value, locale)}</>;
  return (
    <span className="shown-count" title={s.picture.hiddenCountLabel}>
      <span aria-hidden="true">{s.picture.hiddenCount}</span>
      <VisuallyHidden>{s.picture.hiddenCountLabel}</VisuallyHidden>
    </span>
  );
}
