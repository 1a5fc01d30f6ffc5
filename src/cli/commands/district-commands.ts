import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { commandLineOperator } from '../../domain/access/actor.js';
import { deleteDistrictLayer } from '../../domain/districts/delete-district-layer.js';
import { replaceDistrictLayer } from '../../domain/districts/replace-district-layer.js';
import { uploadDistrictLayer } from '../../domain/districts/upload-district-layer.js';
import { DomainError } from '../../domain/errors.js';
import type { PoliceEventsPlacedAgain } from '../../domain/places/place-police-events-again.js';
import { CommandError, municipalityByCode, runWithRuntime } from '../run-command.js';

/** Reads a GeoJSON file, or stops the command with what is wrong. */
async function readGeoJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch (error) {
    throw new CommandError(`Cannot read ${file} as JSON: ${(error as Error).message}`);
  }
}

/** Prints the features a file's layer was refused or stored without, then passes the error on. */
function printRejected(error: unknown): never {
  const rejected = (error as DomainError).details?.rejected as
    { index: number; reason: string }[] | undefined;
  if (error instanceof DomainError && rejected) {
    for (const item of rejected) console.log(`  feature ${item.index}: ${item.reason}`);
  }
  throw error;
}

/** Says how placing the police events again went; the layer change stands either way. */
function reportPoliceEvents(policeEvents: PoliceEventsPlacedAgain): void {
  if (policeEvents.status === 'done') {
    console.log(`${policeEvents.moved} police events placed again from their text.`);
    return;
  }
  const reason = policeEvents.error instanceof Error ? policeEvents.error.message : 'unknown';
  console.error(
    `The layer change stands, but placing the police events again failed (${reason}); police events keep their earlier districts until the next layer change.`,
  );
  process.exitCode = 1;
}

interface LayerFileOptions {
  municipality: string;
  name: string;
  nameProperty: string;
  codeProperty?: string;
  skipBadFeatures?: boolean;
}

export function registerDistrictCommands(program: Command): void {
  const layers = program
    .command('district-layer')
    .description('layers of districts (DeSO, RegSO, kommundelar)');
  layers
    .command('import')
    .description(
      'add a layer from GeoJSON in WGS84 or SWEREF 99 TM; existing incidents are assigned to its districts',
    )
    .requiredOption('--municipality <kommunkod>', 'e.g. 0126')
    .requiredOption('--name <name>', 'the layer\'s name, e.g. "DeSO 2025"')
    .requiredOption(
      '--name-property <property>',
      "the feature property holding each district's name",
    )
    .option('--code-property <property>', "the feature property holding each district's code")
    .option('--skip-bad-features', 'store the good features even if some are rejected')
    .argument('<file>', 'a GeoJSON FeatureCollection')
    .action((file: string, options: LayerFileOptions) =>
      runWithRuntime(async ({ deps }) => {
        const municipality = await municipalityByCode(deps, options.municipality);
        const geojson = await readGeoJson(file);
        const result = await uploadDistrictLayer(deps, commandLineOperator(municipality.id), {
          name: options.name,
          source: basename(file),
          geojson,
          nameProperty: options.nameProperty,
          codeProperty: options.codeProperty ?? null,
          isSkippingBadFeatures: options.skipBadFeatures === true,
        }).catch(printRejected);
        console.log(
          `Added "${result.layer.name}": ${result.districtCount} districts (${result.crs}), ${result.assignedIncidents} incidents assigned.`,
        );
        reportPoliceEvents(result.policeEvents);
        for (const item of result.rejected)
          console.log(`  feature ${item.index} skipped: ${item.reason}`);
        for (const item of result.crossing)
          console.log(
            `  feature ${item.index} ("${item.name}") crosses the municipality's boundary: kept`,
          );
      }),
    );

  layers
    .command('replace')
    .description(
      "replace a layer's name and districts from GeoJSON; every incident is assigned again",
    )
    .requiredOption('--municipality <kommunkod>', 'e.g. 0126')
    .requiredOption('--name <name>', "the layer's name, new or the same")
    .requiredOption(
      '--name-property <property>',
      "the feature property holding each district's name",
    )
    .option('--code-property <property>', "the feature property holding each district's code")
    .option('--skip-bad-features', 'store the good features even if some are rejected')
    .argument('<id>', "the layer's id")
    .argument('<file>', 'a GeoJSON FeatureCollection')
    .action((id: string, file: string, options: LayerFileOptions) =>
      runWithRuntime(async ({ deps }) => {
        const municipality = await municipalityByCode(deps, options.municipality);
        const geojson = await readGeoJson(file);
        const result = await replaceDistrictLayer(deps, commandLineOperator(municipality.id), id, {
          name: options.name,
          source: basename(file),
          geojson,
          nameProperty: options.nameProperty,
          codeProperty: options.codeProperty ?? null,
          isSkippingBadFeatures: options.skipBadFeatures === true,
        }).catch(printRejected);
        console.log(
          `Replaced "${result.layer.name}": ${result.districtCount} districts (${result.crs}), ${result.assignedIncidents} incidents assigned.`,
        );
        reportPoliceEvents(result.policeEvents);
        for (const item of result.rejected)
          console.log(`  feature ${item.index} skipped: ${item.reason}`);
        for (const item of result.crossing)
          console.log(
            `  feature ${item.index} ("${item.name}") crosses the municipality's boundary: kept`,
          );
      }),
    );

  layers
    .command('delete')
    .description("delete a layer, its districts and the incidents' assignments to them")
    .requiredOption('--municipality <kommunkod>', 'e.g. 0126')
    .argument('<id>', "the layer's id")
    .action((id: string, options: { municipality: string }) =>
      runWithRuntime(async ({ deps }) => {
        const municipality = await municipalityByCode(deps, options.municipality);
        const policeEvents = await deleteDistrictLayer(
          deps,
          commandLineOperator(municipality.id),
          id,
        );
        console.log(`Deleted the layer ${id}.`);
        reportPoliceEvents(policeEvents);
      }),
    );
}
