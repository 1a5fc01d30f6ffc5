import { List, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { IconArrowDownRight, IconArrowUpRight, IconEqual } from '@tabler/icons-react';
import type { Category, PictureRow } from '../../api/types';
import { ScrollableTable } from '../../components/scrollable-table';
import { useI18n } from '../../i18n/i18n-context';
import { useSituationT } from '../../i18n/situation/use-situation-t';
import { ShownCount } from './shown-count';
import { defaultSort, sortRows, type TableSort } from './table-order';
import { SortableHeader } from './table-sort';
import {
  categoryLabel,
  describeChangeFromBaseline,
  describeChangeFromPrevious,
  type DescribedChange,
} from './picture-words';

export interface Area {
  /** null: the whole municipality. */
  id: string | null;
  name: string;
}

const isEmptyRow = (row: PictureRow) =>
  row.count === 0 &&
  row.previousCount === 0 &&
  (row.baselineMean ?? 0) === 0 &&
  (row.lastYearCount ?? 0) === 0;

function ChangeCell({
  change,
  isHidden = false,
}: {
  change: DescribedChange | null;
  isHidden?: boolean;
}) {
  const s = useSituationT();
  if (isHidden)
    return (
      <Table.Td>
        <ShownCount value={null} />
      </Table.Td>
    );
  if (change === null) return <Table.Td>{s.picture.noValue}</Table.Td>;
  const Icon =
    change.direction === 'up'
      ? IconArrowUpRight
      : change.direction === 'down'
        ? IconArrowDownRight
        : IconEqual;
  return (
    <Table.Td>
      <Text span size="sm" className="nowrap">
        <Icon size={14} aria-hidden="true" /> {change.text}
      </Text>
    </Table.Td>
  );
}

/**
 * The picture's numbers, one table per area (the whole municipality first): each category's
 * count against the previous period, the baseline and last year, with the change in words.
 * It is also the text alternative of the map.
 */
export function PictureTables({
  areas,
  rows,
  categories,
  categoryCode,
  baselinePeriods,
  isHidingSmallCounts = false,
}: {
  areas: Area[];
  rows: PictureRow[];
  categories: Category[] | undefined;
  /** '' for every category. */
  categoryCode: string;
  baselinePeriods: number;
  /** The reader sees aggregates only: a null figure is hidden, not missing. */
  isHidingSmallCounts?: boolean;
}) {
  const s = useSituationT();
  const { locale } = useI18n();
  const label = (code: string) => categoryLabel(categories, code, locale, s);
  const [sort, setSort] = useState<TableSort>(defaultSort);
  const header = (column: TableSort['column'], text: string) => (
    <SortableHeader column={column} sort={sort} onSort={setSort}>
      {text}
    </SortableHeader>
  );

  return (
    <Stack gap="lg">
      <Text size="sm">{s.picture.tableIntro(baselinePeriods)}</Text>
      {isHidingSmallCounts && <Text size="sm">{s.picture.smallCountsNote}</Text>}
      {areas.map((area) => {
        const shownRows = rows.filter(
          (row) =>
            row.districtId === area.id &&
            (categoryCode === '' || row.categoryCode === categoryCode) &&
            !isEmptyRow(row),
        );
        // A category without incidents this period is folded below the table, not a row.
        const areaRows = sortRows(
          shownRows.filter((row) => row.count !== 0),
          sort,
          label,
          locale,
        );
        const quietRows = sortRows(
          shownRows.filter((row) => row.count === 0),
          { column: 'category', isDescending: false },
          label,
          locale,
        );
        // With a count hidden, the sum of the rest is not the area's total: shown as hidden too.
        const total = areaRows.some((row) => row.count === null)
          ? null
          : areaRows.reduce((sum, row) => sum + (row.count ?? 0), 0);
        return (
          <ScrollableTable key={area.id ?? 'whole'} label={area.name} minWidth={640}>
            <Table striped verticalSpacing="xs" captionSide="top" data-testid="picture-table">
              <caption>
                <Text span fw={650}>
                  {area.name}
                </Text>{' '}
                <Text span size="sm">
                  (<ShownCount value={total} />)
                </Text>
              </caption>
              <Table.Thead>
                <Table.Tr>
                  {header('category', s.picture.columns.category)}
                  {header('count', s.picture.columns.count)}
                  {header('previous', s.picture.columns.previous)}
                  {header('baseline', s.picture.columns.baseline)}
                  {header('lastYear', s.picture.columns.lastYear)}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {areaRows.length === 0 ? (
                  <Table.Tr>
                    <Table.Td colSpan={5}>
                      {quietRows.length === 0 ? s.picture.noRows : s.picture.noIncidents}
                    </Table.Td>
                  </Table.Tr>
                ) : (
                  areaRows.map((row) => (
                    <Table.Tr key={row.categoryCode}>
                      <Table.Th scope="row" fw={500}>
                        {label(row.categoryCode)}
                      </Table.Th>
                      <Table.Td fw={600}>
                        <ShownCount value={row.count} />
                      </Table.Td>
                      <ChangeCell
                        change={describeChangeFromPrevious(row, s, locale)}
                        isHidden={row.changeFromPrevious === null}
                      />
                      <ChangeCell
                        change={describeChangeFromBaseline(row, s, locale)}
                        isHidden={isHidingSmallCounts && row.changeFromBaseline === null}
                      />
                      <Table.Td>
                        {row.lastYearCount === null && !isHidingSmallCounts ? (
                          s.picture.noValue
                        ) : (
                          <ShownCount value={row.lastYearCount} />
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))
                )}
              </Table.Tbody>
            </Table>
            {quietRows.length > 0 && (
              <details className="quiet-rows" data-testid="quiet-rows">
                <summary>{s.picture.quietRows(quietRows.length)}</summary>
                <List size="sm" mt={4}>
                  {quietRows.map((row) => (
                    <List.Item key={row.categoryCode}>
                      {label(row.categoryCode)}
                      {': '}
                      {describeChangeFromBaseline(row, s, locale)?.text ?? s.picture.noValue}
                    </List.Item>
                  ))}
                </List>
              </details>
            )}
          </ScrollableTable>
        );
      })}
    </Stack>
  );
}
