import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { testDeps } from '../../../test/support/factories.js';
import { referenceMunicipality } from '../../integrations/places-sweden/municipality-reference.js';
import { createMunicipality } from './create-municipality.js';

const referenceFolder = join(import.meta.dirname, '../../../data/reference');

/** The distrikt names of a kommunkod, straight from the shipped file. */
function distriktNamesOf(code: string): string[] {
  const collection = JSON.parse(
    gunzipSync(readFileSync(join(referenceFolder, 'places-sweden/distrikt.geojson.gz'))).toString(
      'utf8',
    ),
  ) as { features: { properties: { kommunkod: string; name: string } }[] };
  return collection.features
    .filter((feature) => feature.properties.kommunkod === code)
    .map((feature) => feature.properties.name)
    .sort((a, b) => a.localeCompare(b, 'sv'));
}

async function provision(deps: ReturnType<typeof testDeps>, code: string) {
  const reference = await referenceMunicipality(code);
  if (!reference) throw new Error(`No reference for ${code}.`);
  const municipality = await createMunicipality(deps, {
    code,
    name: reference.name,
    boundary: reference.boundary,
    layers: reference.layers,
  });
  const layers = await deps.store.municipalities.listDistrictLayers(municipality.id);
  const districts = await deps.store.municipalities.listDistricts(municipality.id);
  const namesOf = (layerName: string) => {
    const layer = layers.find((item) => item.name === layerName);
    return districts
      .filter((district) => district.layerId === layer?.id)
      .map((district) => district.name)
      .sort((a, b) => a.localeCompare(b, 'sv'));
  };
  return { municipality, layers, namesOf };
}

describeEachDialect('creating a municipality by its kommunkod', (database) => {
  it('gives Botkyrka its distrikt and its own four utsatta områden, none of Huddinge’s', async () => {
    const deps = testDeps(database());
    const { layers, namesOf } = await provision(deps, '0127');
    expect(namesOf('Distrikt')).toEqual(distriktNamesOf('0127'));
    expect(namesOf('Distrikt')).toHaveLength(4);
    expect(namesOf('Polisens utsatta områden 2023')).toEqual([
      'Alby',
      'Fittja',
      'Hallunda / Norsborg',
      'Storvreten',
    ]);
    expect(layers.map((layer) => layer.name)).not.toContain('Stadsdelar');
    expect(layers.find((layer) => layer.name === 'Distrikt')?.source).toContain('Lantmäteriet');
  });

  it('gives Huddinge its four distrikt and Vårby, Skogås and Grantorp / Visättra', async () => {
    const deps = testDeps(database());
    const { namesOf } = await provision(deps, '0126');
    expect(namesOf('Distrikt')).toEqual(distriktNamesOf('0126'));
    expect(namesOf('Polisens utsatta områden 2023')).toEqual([
      'Grantorp / Visättra',
      'Skogås',
      'Vårby',
    ]);
  });

  it('gives Haninge its six distrikt and Brandbergen and Jordbro', async () => {
    const deps = testDeps(database());
    const { namesOf } = await provision(deps, '0136');
    expect(namesOf('Distrikt')).toEqual(distriktNamesOf('0136'));
    expect(namesOf('Distrikt')).toHaveLength(6);
    expect(namesOf('Polisens utsatta områden 2023')).toEqual(['Brandbergen', 'Jordbro']);
  });

  it('gives Stockholm its 28 distrikt, its six utsatta områden and its 117 stadsdelar', async () => {
    const deps = testDeps(database());
    const { layers, namesOf } = await provision(deps, '0180');
    expect(namesOf('Distrikt')).toEqual(distriktNamesOf('0180'));
    expect(namesOf('Distrikt')).toHaveLength(28);
    expect(namesOf('Polisens utsatta områden 2023')).toEqual([
      'Bredäng',
      'Hagsätra / Rågsved',
      'Husby',
      'Hässelby / Vällingby',
      'Rinkeby / Tensta',
      'Vårberg',
    ]);
    const stadsdelar = namesOf('Stadsdelar');
    expect(stadsdelar).toHaveLength(117);
    expect(stadsdelar).toEqual(expect.arrayContaining(['Bagarmossen', 'Hässelby gård', 'Rinkeby']));
    expect(layers.find((layer) => layer.name === 'Stadsdelar')?.source).toContain(
      'Stockholms stad',
    );
  });

  it('writes nothing when the kommunkod is taken: no second set of layers', async () => {
    const deps = testDeps(database());
    const first = await provision(deps, '0181');
    await expect(provision(deps, '0181')).rejects.toMatchObject({
      code: 'MUNICIPALITY_CODE_TAKEN',
    });
    const layers = await deps.store.municipalities.listDistrictLayers(first.municipality.id);
    expect(layers.map((layer) => layer.name).sort()).toEqual([
      'Distrikt',
      'Polisens utsatta områden 2023',
    ]);
  });
});
