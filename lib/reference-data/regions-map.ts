import { REFERENCE_FILES } from "./files";
import { JsonChecker, parseJsonFile } from "./json";
import { REGION_CODES } from "./quebec";

// The simplified map of the 17 administrative regions (census-division based outlines, WGS84 lon/lat).

type Position = [number, number];
export type RegionGeometry = { type: "Polygon"; coordinates: Position[][] } | { type: "MultiPolygon"; coordinates: Position[][][] };

export interface RegionFeature {
  type: "Feature";
  properties: { code: string; nom: string };
  geometry: RegionGeometry;
}

export interface RegionsMap {
  type: "FeatureCollection";
  /** Sorted by region code 01..17. */
  features: RegionFeature[];
}

// Québec's extent, generously: a point outside it means swapped or projected coordinates.
const LON = [-80.5, -56.5];
const LAT = [44.5, 63.0];

export function parseRegionsMap(text: string, file: string = REFERENCE_FILES.regionsMap): RegionsMap {
  const c = new JsonChecker(file);
  const root = c.object(parseJsonFile(text, file), "(root)");
  if (root.type !== "FeatureCollection") c.fail("type", `expected "FeatureCollection", found ${JSON.stringify(root.type)}`);
  const seen = new Set<string>();
  const features = c.array(root.features, "features").map((v, k): RegionFeature => {
    const at = `features[${k}]`;
    const f = c.object(v, at);
    if (f.type !== "Feature") c.fail(`${at}.type`, `expected "Feature", found ${JSON.stringify(f.type)}`);
    const props = c.object(f.properties, `${at}.properties`);
    const code = c.string(props.code, `${at}.properties.code`);
    if (!REGION_CODES.includes(code)) c.fail(`${at}.properties.code`, `${JSON.stringify(code)} is not a region code (01..17)`);
    if (seen.has(code)) c.fail(`${at}.properties.code`, `region ${code} appears twice`);
    seen.add(code);
    const nom = c.string(props.nom, `${at}.properties.nom`);
    const g = c.object(f.geometry, `${at}.geometry`);
    const rings: unknown[] =
      g.type === "Polygon" ? c.array(g.coordinates, `${at}.geometry.coordinates`)
      : g.type === "MultiPolygon" ? c.array(g.coordinates, `${at}.geometry.coordinates`).flatMap((p, j) => c.array(p, `${at}.geometry.coordinates[${j}]`))
      : c.fail(`${at}.geometry.type`, `expected "Polygon" or "MultiPolygon", found ${JSON.stringify(g.type)}`);
    if (rings.length === 0) c.fail(`${at}.geometry.coordinates`, "has no ring");
    for (const ring of rings) {
      const pts = c.array(ring, `${at}.geometry.coordinates`);
      if (pts.length < 4) c.fail(`${at}.geometry.coordinates`, `a ring has ${pts.length} positions (at least 4 needed)`);
      for (const p of pts) {
        const [lon, lat] = Array.isArray(p) ? p : [];
        if (typeof lon !== "number" || typeof lat !== "number" || lon < LON[0] || lon > LON[1] || lat < LAT[0] || lat > LAT[1]) {
          c.fail(`${at}.geometry.coordinates`, `position ${JSON.stringify(p)} is not a [longitude, latitude] in Québec`);
        }
      }
    }
    return { type: "Feature", properties: { code, nom }, geometry: g as unknown as RegionGeometry };
  });
  const missing = REGION_CODES.filter((code) => !seen.has(code));
  if (features.length !== 17 || missing.length) c.fail("features", `expected 17 features with codes 01..17${missing.length ? `, missing ${missing.join(", ")}` : `, found ${features.length}`}`);
  features.sort((a, b) => (a.properties.code < b.properties.code ? -1 : 1));
  return { type: "FeatureCollection", features };
}
