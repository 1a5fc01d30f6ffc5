import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PolygonGeometry } from '../domain/municipalities/municipality.js';
import { packageRoot } from '../package-root.js';

interface Feature {
  properties: Record<string, unknown>;
  geometry: PolygonGeometry;
}

async function readFeatures(file: string): Promise<Feature[]> {
  const path = join(packageRoot(), 'data', 'reference', 'boundaries-sweden', file);
  return (JSON.parse(await readFile(path, 'utf8')) as { features: Feature[] }).features;
}

/** A municipality's boundary from SCB's map (Källa: SCB), by kommunkod; null when unknown. */
export async function municipalityBoundary(
  code: string,
): Promise<{ name: string; boundary: PolygonGeometry } | null> {
  const feature = (await readFeatures('kommuner_scb.geojson')).find(
    (item) => item.properties.KnKod === code,
  );
  return feature ? { name: String(feature.properties.KnNamn), boundary: feature.geometry } : null;
}

/** Huddinge's real police events and their body texts (Källa: Polismyndigheten). */
export async function huddingePoliceEvents(): Promise<{ events: unknown; bodiesJsonl: string }> {
  const folder = join(packageRoot(), 'data', 'reference', 'polisen-events');
  return {
    events: JSON.parse(await readFile(join(folder, 'huddinge-events.json'), 'utf8')) as unknown,
    bodiesJsonl: await readFile(join(folder, 'huddinge-event-bodies.jsonl'), 'utf8'),
  };
}
