import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { MunicipalityBoundary } from '../../domain/districts/clip-to-municipality.js';
import type { DistrictInput } from '../../domain/municipalities/create-district-layer.js';
import type { PolygonGeometry } from '../../domain/municipalities/municipality.js';
import type { ProvisionedLayerInput } from '../../domain/municipalities/provisioned-layer.js';
import { packageRoot } from '../../package-root.js';

/** The credits of the shipped layers, stored as each layer's source and shown with it. */
const placeCredits = {
  distrikt: 'Lantmäteriet, distrikt (CC0)',
  utsattaOmraden: 'Polismyndigheten, utsatta områden december 2023',
  stadsdelar: 'Stockholms stad, Stadskartan (CC0)',
} as const;

export const distriktLayerName = 'Distrikt';
const vulnerableAreasLayerName = 'Polisens utsatta områden 2023';
const stadsdelarLayerName = 'Stadsdelar';

interface Feature {
  properties: Record<string, unknown>;
  geometry: PolygonGeometry;
}

const gunzipAsync = promisify(gunzip);

async function readCollection(...path: string[]): Promise<Feature[]> {
  const file = join(packageRoot(), 'data', 'reference', ...path);
  const bytes = await readFile(file);
  const text = file.endsWith('.gz')
    ? (await gunzipAsync(bytes)).toString('utf8')
    : bytes.toString('utf8');
  return (JSON.parse(text) as { features: Feature[] }).features;
}

let distriktByKommun: Promise<Map<string, DistrictInput[]>> | null = null;

/**
 * Lantmäteriet's distrikt of one municipality. The national file (4.5 MB unpacked) is read
 * and indexed by kommunkod once, the first time any municipality asks.
 */
async function distriktOf(code: string): Promise<DistrictInput[]> {
  distriktByKommun ??= readCollection('places-sweden', 'distrikt.geojson.gz').then((features) => {
    const index = new Map<string, DistrictInput[]>();
    for (const feature of features) {
      const kommunkod = String(feature.properties.kommunkod ?? '');
      const districts = index.get(kommunkod) ?? [];
      districts.push({
        name: String(feature.properties.name),
        code: String(feature.properties.distriktskod),
        category: null,
        geometry: feature.geometry,
      });
      index.set(kommunkod, districts);
    }
    return index;
  });
  distriktByKommun.catch(() => (distriktByKommun = null));
  return [...((await distriktByKommun).get(code) ?? [])].sort((a, b) =>
    a.name.localeCompare(b.name, 'sv'),
  );
}

/** Words that keep their capital after the first word: "Södra Ängby", not "Gamla stan". */
const capitalisingFirstWords = new Set(['södra', 'norra', 'östra', 'västra', 'stora', 'lilla']);

/** "HÄSSELBY GÅRD" → "Hässelby gård", "SÖDRA ÄNGBY" → "Södra Ängby": the file's names are upper case. */
function stadsdelName(upperCase: string): string {
  const words = upperCase.trim().toLocaleLowerCase('sv').split(/\s+/);
  const isEachCapital = capitalisingFirstWords.has(words[0] ?? '');
  const capital = (word: string) =>
    word
      .split('-')
      .map((part) => part.charAt(0).toLocaleUpperCase('sv') + part.slice(1))
      .join('-');
  return words
    .map((word, index) => (index === 0 || isEachCapital ? capital(word) : word))
    .join(' ');
}

/** Stockholm stad's 117 stadsdelar (kommunkod 0180). */
async function stadsdelar(): Promise<DistrictInput[]> {
  return (await readCollection('places-sweden', 'stockholm-stadsdelar.geojson'))
    .map((feature) => ({
      name: stadsdelName(String(feature.properties.name)),
      code: null,
      category: null,
      geometry: feature.geometry,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

let vulnerableAreasByKommun: Promise<Map<string, DistrictInput[]>> | null = null;

/**
 * The police's 59 utsatta områden, each given to the municipality that holds the largest
 * share of its area by SCB's boundaries (an area by the water or on a border has part of it
 * outside every boundary, or in a neighbour). Computed once. The domain still leaves out an
 * area wholly outside the municipality's boundary.
 */
async function vulnerableAreasOf(code: string): Promise<DistrictInput[]> {
  vulnerableAreasByKommun ??= (async () => {
    const kommuner = (await readCollection('boundaries-sweden', 'kommuner_scb.geojson')).map(
      (feature) => ({
        code: String(feature.properties.KnKod),
        name: String(feature.properties.KnNamn),
        boundary: new MunicipalityBoundary(feature.geometry),
      }),
    );
    const areas = await readCollection('boundaries-sweden', 'utsatta_omraden_2023_polisen.geojson');
    const index = new Map<string, DistrictInput[]>();
    for (const feature of areas) {
      let best = { code: '', share: 0 };
      for (const kommun of kommuner) {
        const share = kommun.boundary.shareOfArea(feature.geometry);
        if (share > best.share) best = { code: kommun.code, share };
      }
      // An area on the shore that the generalised boundary leaves in the sea (Helsingborg's
      // Söder): the police's own locality name says whose it is.
      if (best.share === 0) {
        const named = kommuner.find((kommun) => kommun.name === feature.properties.ORT);
        if (!named) continue;
        best = { code: named.code, share: 0 };
      }
      const list = index.get(best.code) ?? [];
      list.push({
        name: String(feature.properties.NAMN).replace(/\s+/g, ' ').trim(),
        code: null,
        category: String(feature.properties.KATEGORI),
        geometry: feature.geometry,
      });
      index.set(best.code, list);
    }
    return index;
  })();
  vulnerableAreasByKommun.catch(() => (vulnerableAreasByKommun = null));
  return [...((await vulnerableAreasByKommun).get(code) ?? [])].sort((a, b) =>
    a.name.localeCompare(b.name, 'sv'),
  );
}

/**
 * The layers a new municipality is given from the shipped data: its distrikt, the utsatta
 * områden (national, cut to the municipality by the domain) and, for Stockholm, its stadsdelar.
 */
export async function referenceLayers(code: string): Promise<ProvisionedLayerInput[]> {
  const layers: ProvisionedLayerInput[] = [
    {
      name: distriktLayerName,
      source: placeCredits.distrikt,
      districts: await distriktOf(code),
      isNational: false,
    },
    {
      name: vulnerableAreasLayerName,
      source: placeCredits.utsattaOmraden,
      districts: await vulnerableAreasOf(code),
      isNational: true,
    },
  ];
  if (code === '0180') {
    layers.push({
      name: stadsdelarLayerName,
      source: placeCredits.stadsdelar,
      districts: await stadsdelar(),
      isNational: false,
    });
  }
  return layers;
}
