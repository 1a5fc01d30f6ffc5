import type { Indicator } from '../../api/plans';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { usePlansT } from '../../i18n/plans/use-plans-t';

/**
 * The values as bars, oldest first, with the baseline as the first bar when there is one.
 * Decorative for screen readers: the table next to it holds the same numbers.
 */
export function IndicatorChart({ indicator }: { indicator: Indicator }) {
  const p = usePlansT();
  const { locale } = useI18n();
  const points = [
    ...(indicator.baselineValue === null
      ? []
      : [{ label: indicator.baselineOn ?? '', value: indicator.baselineValue }]),
    ...[...indicator.values]
      .sort((a, b) => a.measuredOn.localeCompare(b.measuredOn))
      .map((value) => ({ label: value.measuredOn, value: value.value })),
  ];
  if (points.length === 0) return null;
  const highest = Math.max(...points.map((point) => Math.abs(point.value)), 1);
  const barWidth = 56;
  const height = 120;
  const width = points.length * (barWidth + 16) + 8;
  return (
    <svg
      role="img"
      aria-label={p.plan.indicator.chartLabel(indicator.name)}
      viewBox={`0 0 ${width} ${height + 36}`}
      width={Math.min(width, 480)}
      style={{ maxWidth: '100%', height: 'auto' }}
    >
      {points.map((point, index) => {
        const barHeight = Math.max(2, (Math.abs(point.value) / highest) * height);
        const x = 8 + index * (barWidth + 16);
        return (
          <g key={`${point.label}-${index}`}>
            <rect
              x={x}
              y={height - barHeight + 16}
              width={barWidth}
              height={barHeight}
              fill="var(--mantine-color-blue-8)"
            />
            <text
              x={x + barWidth / 2}
              y={height - barHeight + 12}
              textAnchor="middle"
              fontSize="12"
            >
              {formatNumber(point.value, locale)}
            </text>
            <text x={x + barWidth / 2} y={height + 32} textAnchor="middle" fontSize="11">
              {point.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
