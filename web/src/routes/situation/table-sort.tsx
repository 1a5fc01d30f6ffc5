import { Table, UnstyledButton } from '@mantine/core';
import { IconArrowsSort, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import type { SortColumn, TableSort } from './table-order';

/**
 * A column heading that sorts the tables: a button inside the header cell, with aria-sort on
 * the cell saying the current order (WAI-ARIA's sortable table).
 */
export function SortableHeader({
  column,
  sort,
  onSort,
  children,
}: {
  column: SortColumn;
  sort: TableSort;
  onSort: (sort: TableSort) => void;
  children: string;
}) {
  const isActive = sort.column === column;
  const Icon = !isActive
    ? IconArrowsSort
    : sort.isDescending
      ? IconSortDescending
      : IconSortAscending;
  return (
    <Table.Th
      scope="col"
      aria-sort={!isActive ? undefined : sort.isDescending ? 'descending' : 'ascending'}
    >
      <UnstyledButton
        className="sort-button"
        onClick={() =>
          onSort({
            column,
            // A new column starts with the largest (or A–Ö for names); the same one turns.
            isDescending: isActive ? !sort.isDescending : column !== 'category',
          })
        }
      >
        {children} <Icon size={14} aria-hidden="true" />
      </UnstyledButton>
    </Table.Th>
  );
}
