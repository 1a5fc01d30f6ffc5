import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { commandLineOperator } from '../../domain/access/actor.js';
import { uploadDistrictLayer } from '../../domain/districts/upload-district-layer.js';
import { DomainError } from '../../domain/errors.js';
import { CommandError, municipalityByCode, runWithRuntime } from '../run-command.js';

export function registerDistrictCommands(program: Command): void {
  program
    .command('district-layer')
    .description('layers of districts (DeSO, RegSO, kommundelar)')
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
    .action(
      (
        file: string,
        options: {
          municipality: string;
          name: string;
          nameProperty: string;
          codeProperty?: string;
          skipBadFeatures?: boolean;
        },
      ) =>
        runWithRuntime(async ({ deps }) => {
          const municipality = await municipalityByCode(deps, options.municipality);
          let geojson: unknown;
          try {
            geojson = JSON.parse(await readFile(file, 'utf8')) as unknown;
          } catch (error) {
            throw new CommandError(`Cannot read ${file} as JSON: ${(error as Error).message}`);
          }
          try {
            const result = await uploadDistrictLayer(deps, commandLineOperator(municipality.id), {
              name: options.name,
              source: basename(file),
              geojson,
              nameProperty: options.nameProperty,
              codeProperty: options.codeProperty ?? null,
              isSkippingBadFeatures: options.skipBadFeatures === true,
            });
            console.log(
              `Added "${result.layer.name}": ${result.districtCount} districts (${result.crs}), ${result.assignedIncidents} incidents assigned.`,
            );
            for (const item of result.rejected)
              console.log(`  feature ${item.index} skipped: ${item.reason}`);
          } catch (error) {
            const rejected = (error as DomainError).details?.rejected as
              { index: number; reason: string }[] | undefined;
            if (error instanceof DomainError && rejected) {
              for (const item of rejected) console.log(`  feature ${item.index}: ${item.reason}`);
            }
            throw error;
          }
        }),
    );
}
