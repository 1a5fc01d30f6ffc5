import { NativeSelect, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { Category, CsvPreview } from '../../../api/types';
import { ScrollableTable } from '../../../components/scrollable-table';
import { useI18n } from '../../../i18n/i18n-context';
import { useSituationT } from '../../../i18n/situation/use-situation-t';
import {
  categoryValuesIn,
  columnFields,
  recognisedCategory,
  type ColumnField,
  type ColumnMapping,
  type MappingProblem,
} from './column-mapping';

/** The file's header and first rows, so the coordinator sees what each column holds. */
export function CsvPreviewTable({ preview }: { preview: CsvPreview }) {
  const m = useSituationT().import.csv;
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {m.previewHeading}
      </Title>
      <ScrollableTable
        label={m.previewHeading}
        minWidth={Math.max(480, preview.headers.length * 120)}
      >
        <Table
          striped
          withTableBorder
          verticalSpacing={4}
          captionSide="top"
          data-testid="csv-preview"
        >
          <caption>{m.previewCaption(preview.rows.length, preview.rowCount)}</caption>
          <Table.Thead>
            <Table.Tr>
              {preview.headers.map((header, index) => (
                <Table.Th key={`${header}-${index}`} scope="col">
                  {header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.rows.map((row, rowIndex) => (
              <Table.Tr key={rowIndex}>
                {preview.headers.map((_, index) => (
                  <Table.Td key={index} className="break-anywhere">
                    {row[index] ?? ''}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollableTable>
    </Stack>
  );
}

/** One choice of column for every field of the profile. */
export function ColumnMappingFields({
  headers,
  mapping,
  problems,
  onChange,
}: {
  headers: readonly string[];
  mapping: ColumnMapping;
  problems: Partial<Record<ColumnField | 'place', MappingProblem>>;
  onChange: (mapping: ColumnMapping) => void;
}) {
  const m = useSituationT().import.csv;
  const problemText = (problem: MappingProblem | undefined) =>
    problem === undefined ? undefined : m[problem];
  const options = [
    { value: '', label: m.noColumn },
    ...[...new Set(headers.filter((header) => header.trim() !== ''))].map((header) => ({
      value: header,
      label: header,
    })),
  ];
  return (
    <fieldset className="plain-fieldset" data-testid="column-mapping">
      <legend>
        <Title order={3} size="h4" mb="xs">
          {m.mappingHeading}
        </Title>
      </legend>
      <Text size="sm" mb="sm" id="mapping-intro">
        {m.mappingIntro}
      </Text>
      {problems.place !== undefined && (
        <Text size="sm" c="red.9" role="alert" mb="sm">
          {m.placeRequired}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
        {columnFields.map((field) => (
          <NativeSelect
            key={field}
            label={m.fields[field].label}
            description={m.fields[field].help}
            withAsterisk={field === 'occurredAt' || field === 'category'}
            value={mapping[field]}
            error={problemText(problems[field])}
            onChange={(event) => onChange({ ...mapping, [field]: event.currentTarget.value })}
            data={options}
          />
        ))}
      </SimpleGrid>
    </fieldset>
  );
}

/** A category for each value of the file's category column that is not a category's name. */
export function CategoryValueFields({
  preview,
  column,
  categories,
  values,
  onChange,
}: {
  preview: CsvPreview;
  column: string;
  categories: readonly Category[];
  values: Record<string, string>;
  onChange: (values: Record<string, string>) => void;
}) {
  const m = useSituationT().import.csv;
  const { locale } = useI18n();
  const label = (category: Category) => (locale === 'en' ? category.labelEn : category.labelSv);
  const seen = categoryValuesIn(preview, column);
  // Values the profile already translates stay listed, also when these rows lack them.
  const listed = [
    ...seen,
    ...Object.keys(values).filter(
      (value) => !seen.some((item) => item.toLowerCase() === value.toLowerCase()),
    ),
  ];
  if (listed.length === 0) return null;
  const active = categories.filter((category) => category.retiredAt === null);
  return (
    <fieldset className="plain-fieldset" data-testid="category-values">
      <legend>
        <Title order={3} size="h4" mb="xs">
          {m.categoryValuesHeading}
        </Title>
      </legend>
      <Text size="sm" mb="sm">
        {m.categoryValuesIntro}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
        {listed.map((value) => {
          const known =
            values[value] === undefined ? recognisedCategory(value, categories) : undefined;
          return known !== undefined ? (
            <Text key={value} size="sm">
              <Text span fw={600}>
                {m.categoryValue(value)}
              </Text>
              : {m.categoryKnown(label(known))}
            </Text>
          ) : (
            <NativeSelect
              key={value}
              label={m.categoryValue(value)}
              value={values[value] ?? ''}
              onChange={(event) => onChange({ ...values, [value]: event.currentTarget.value })}
              data={[
                { value: '', label: m.categoryNone },
                ...active.map((category) => ({ value: category.code, label: label(category) })),
              ]}
            />
          );
        })}
      </SimpleGrid>
    </fieldset>
  );
}
