import type { SuppressedCount } from '../../api/interventions';
import { useInterventionsT } from '../../i18n/interventions/use-interventions-t';

/** A count about people: the number from 5, "färre än 5" below (the server decides which). */
export function SuppressedCountText({ count }: { count: SuppressedCount }) {
  const t = useInterventionsT();
  return (
    <>{count.isSuppressed || count.value === null ? t.programmes.fewerThanFive : count.value}</>
  );
}
