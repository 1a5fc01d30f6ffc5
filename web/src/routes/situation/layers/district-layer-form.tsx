import {
  Anchor,
  Button,
  Checkbox,
  Group,
  List,
  NativeSelect,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useSaveDistrictLayer } from '../../../api/administration';
import { isApiError } from '../../../api/client';
import type { DistrictLayerInput, UploadedDistrictLayer } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { FileField } from '../../../components/file-field';
import { percentOf, TransferStatus } from '../../../components/transfer-status';
import { usePlacesT } from '../../../i18n/places/use-places-t';
import { useSituationT } from '../../../i18n/situation/use-situation-t';

/** The property names of a GeoJSON file's first feature, to choose the name and code from. */
export function featurePropertyNames(geojson: unknown): string[] {
  const features = (geojson as { features?: unknown } | null)?.features;
  if (!Array.isArray(features)) return [];
  const names = new Set<string>();
  for (const feature of features.slice(0, 20)) {
    const properties = (feature as { properties?: unknown } | null)?.properties;
    if (typeof properties === 'object' && properties !== null) {
      for (const name of Object.keys(properties)) names.add(name);
    }
  }
  return [...names];
}

/** The features the server refused, from a DISTRICT_LAYER_INVALID answer. */
function refusedFeatures(
  error: unknown,
): { index: number; reason: string; code?: string; params?: { name?: unknown } }[] {
  if (!isApiError(error) || error.code !== 'DISTRICT_LAYER_INVALID') return [];
  const rejected = (error.details as { rejected?: unknown } | undefined)?.rejected;
  return Array.isArray(rejected) ? (rejected as { index: number; reason: string }[]) : [];
}

/**
 * A layer from a GeoJSON file: a new one, or (with `layer`) a replacement of one. The file is
 * read here first, so the name and code properties are chosen from what it has.
 */
export function DistrictLayerForm({
  layer,
  onSaved,
}: {
  layer?: { id: string; name: string };
  onSaved?: (result: UploadedDistrictLayer) => void;
}) {
  const m = useSituationT().layers;
  const { upload, onboarding } = usePlacesT();
  const showOnMap = onboarding.showOnMap;
  const save = useSaveDistrictLayer();
  const [name, setName] = useState(layer?.name ?? '');
  const [source, setSource] = useState('');
  const [geojson, setGeojson] = useState<unknown>(undefined);
  const [properties, setProperties] = useState<string[]>([]);
  const [nameProperty, setNameProperty] = useState('');
  const [codeProperty, setCodeProperty] = useState('');
  const [isSkippingBadFeatures, setIsSkippingBadFeatures] = useState(false);
  const [isReading, setIsReading] = useState(false);
  const [fileError, setFileError] = useState<string | undefined>();
  const [isChecked, setIsChecked] = useState(false);
  // The file input is not controlled: a new key empties it.
  const [fileKey, setFileKey] = useState(0);
  const idPrefix = layer === undefined ? 'new-layer' : `layer-${layer.id}`;

  const chooseFile = async (file: File | null) => {
    save.reset();
    setGeojson(undefined);
    setProperties([]);
    setFileError(undefined);
    if (file === null) return;
    setIsReading(true);
    try {
      const parsed: unknown = JSON.parse(await file.text());
      const names = featurePropertyNames(parsed);
      setGeojson(parsed);
      setProperties(names);
      setNameProperty(names.find((item) => /^(name|namn|.*namn)$/i.test(item)) ?? names[0] ?? '');
      setCodeProperty(names.find((item) => /^(code|kod|.*kod)$/i.test(item)) ?? '');
    } catch {
      setFileError(m.notJson);
    } finally {
      setIsReading(false);
    }
  };

  const problems = {
    name: name.trim().length < 2 ? m.layerNameRequired : undefined,
    file: geojson === undefined ? (fileError ?? m.fileRequired) : undefined,
    nameProperty: nameProperty === '' ? m.propertyRequired : undefined,
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsChecked(true);
    if (Object.values(problems).some((problem) => problem !== undefined)) return;
    save.mutate(
      {
        ...(layer === undefined ? {} : { id: layer.id }),
        name: name.trim(),
        source: source.trim() === '' ? null : source.trim(),
        // The file as read; the server checks it is a FeatureCollection of polygons.
        geojson: geojson as DistrictLayerInput['geojson'],
        nameProperty,
        codeProperty: codeProperty === '' ? null : codeProperty,
        isSkippingBadFeatures,
      },
      {
        onSuccess: (result) => {
          // A new layer is saved: the form starts empty, so a second click cannot add it again.
          if (layer === undefined) {
            setName('');
            setSource('');
            setGeojson(undefined);
            setProperties([]);
            setNameProperty('');
            setCodeProperty('');
            setIsSkippingBadFeatures(false);
            setIsChecked(false);
            setFileKey((key) => key + 1);
          }
          onSaved?.(result);
        },
      },
    );
  };

  const progress = save.progress;
  const percent = progress === null ? 0 : percentOf(progress.sent, progress.total);
  const isUploaded = progress !== null && progress.sent >= progress.total;
  const refused = refusedFeatures(save.error);
  const propertyOptions = properties.map((item) => ({ value: item, label: item }));

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={560}>
        <TextInput
          id={`${idPrefix}-name`}
          label={m.layerName}
          description={m.layerNameHelp}
          withAsterisk
          value={name}
          maxLength={200}
          error={isChecked ? problems.name : undefined}
          onChange={(event) => setName(event.currentTarget.value)}
        />
        <TextInput
          label={m.source}
          description={m.sourceHelp}
          value={source}
          maxLength={500}
          onChange={(event) => setSource(event.currentTarget.value)}
        />
        <FileField
          key={fileKey}
          label={m.file}
          description={m.fileHelp}
          accept=".geojson,.json,application/geo+json,application/json"
          error={isChecked || fileError !== undefined ? problems.file : undefined}
          onChange={(file) => void chooseFile(file)}
          testId={`${idPrefix}-file`}
        />
        {properties.length > 0 && (
          <>
            <NativeSelect
              label={m.nameProperty}
              description={m.propertyHelp}
              withAsterisk
              value={nameProperty}
              error={isChecked ? problems.nameProperty : undefined}
              onChange={(event) => setNameProperty(event.currentTarget.value)}
              data={propertyOptions}
            />
            <NativeSelect
              label={m.codeProperty}
              value={codeProperty}
              onChange={(event) => setCodeProperty(event.currentTarget.value)}
              data={[{ value: '', label: m.propertyNone }, ...propertyOptions]}
            />
          </>
        )}
        <Checkbox
          label={m.skipBadFeatures}
          checked={isSkippingBadFeatures}
          onChange={(event) => setIsSkippingBadFeatures(event.currentTarget.checked)}
        />
        <div role="status" aria-live="polite">
          {(isReading || save.isPending) && (
            <TransferStatus
              text={isReading || isUploaded ? m.saving : m.uploading(percent)}
              percent={isReading || isUploaded ? null : percent}
            />
          )}
          {save.isSuccess && (
            <Text size="sm" data-testid="layer-saved">
              {m.saved(save.data.layer.name, save.data.districtCount, save.data.assignedIncidents)}{' '}
              {m.crs[save.data.crs]}
              {layer === undefined && (
                <>
                  {' '}
                  <Anchor component={Link} to={`/lagesbild/omraden/${save.data.layer.id}`}>
                    {showOnMap(save.data.layer.name)}
                  </Anchor>
                </>
              )}
            </Text>
          )}
        </div>
        {save.isSuccess && (save.data.crossing ?? []).length > 0 && (
          <Stack gap={4} data-testid="layer-crossing">
            <Text size="sm" fw={600}>
              {upload.crossingHeading}
            </Text>
            <List size="sm">
              {(save.data.crossing ?? []).slice(0, 50).map((item) => (
                <List.Item key={item.index}>
                  {m.featureNumber(item.index)}: {item.name}
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
        {save.isError && <ErrorAlert error={save.error} messages={m.errors} />}
        {refused.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {m.rejectedHeading}
            </Text>
            <List size="sm">
              {refused.slice(0, 50).map((item) => (
                <List.Item key={item.index}>
                  {m.featureNumber(item.index)}:{' '}
                  {item.code === 'outside_municipality'
                    ? upload.outside(String(item.params?.name ?? ''))
                    : item.reason}
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
        <Group>
          <Button type="submit" loading={save.isPending || isReading}>
            {layer === undefined ? m.submitAdd : m.submitReplace}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
