import { Table } from '@mantine/core';
import { ScrollableTable } from '../../components/scrollable-table';
import { useSituationT } from '../../i18n/situation/use-situation-t';
import { ShownCount } from './shown-count';

/** A level 0–5 for a cell's shade; the number itself is always written in the cell. */
function levelOf(value: number, largest: number): number {
  if (value <= 0 || largest <= 0) return 0;
  return Math.max(1, Math.ceil((value / largest) * 5));
}

/**
 * When in the week incidents happen: hours as rows and weekdays as columns, which fits a phone.
 * An ordinary table with a caption and headers, shaded as a heat map for the eye.
 */
export function WeekdayHourTable({ table }: { table: (number | null)[][] }) {
  const s = useSituationT();
  const largest = Math.max(0, ...table.flat().map((value) => value ?? 0));
  return (
    <ScrollableTable label={s.picture.heatHeading} minWidth={340}>
      <Table
        className="heat-table"
        captionSide="top"
        withTableBorder
        withColumnBorders
        data-testid="weekday-hour-table"
      >
        <caption>{s.picture.heatCaption}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{s.picture.hour}</Table.Th>
            {s.picture.weekdaysShort.map((day, index) => (
              <Table.Th key={day} scope="col">
                <abbr title={s.picture.weekdays[index]}>{day}</abbr>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {Array.from({ length: 24 }, (_, hour) => (
            <Table.Tr key={hour}>
              <Table.Th scope="row">{String(hour).padStart(2, '0')}</Table.Th>
              {table.map((day, weekday) => {
                const value = day[hour] ?? null;
                return (
                  <Table.Td key={weekday} data-level={levelOf(value ?? 0, largest)}>
                    <ShownCount value={value} />
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollableTable>
  );
}
