import "server-only";
import { env } from "@/lib/env";
import { parseEchelle, parseRegions, parseRegionsMap, readReferenceFile, REFERENCE_FILES, type CmmStatus } from "@/lib/reference-data";
import { projectFeatures } from "@/lib/domain/map-projection";

// Small reference files read straight from REFERENCE_DATA_DIR (through the one loader's parsers) for the screens:
// the regions map and the Échelle québécoise. Read once per process; a failed read is retried on the next request.

/** One region as pages pass it to the map: its names and place in the CMM (the outlines come from getRegionShapes). */
export type RegionOnMap = { code: string; nameFr: string; nameEn: string; cmmStatus: CmmStatus };
export type RegionsMapData = { width: number; height: number; regions: RegionOnMap[] };
/** The regions' outlines as SVG paths, in the same frame (width x height). */
export type RegionShapesData = { width: number; height: number; shapes: { code: string; d: string }[] };

/** One level of the Échelle québécoise (and of the CLB, which has the same 12 levels in the same 3 stages). */
export type LanguageLevelInfo = { level: number; stage: 1 | 2 | 3; stageNameFr: string; stageNameEn: string; clbAbility: string };

function memo<T>(load: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => {
    p ??= load().catch((e) => {
      p = undefined;
      throw e;
    });
    return p;
  };
}

/**
 * The 17 regions' outlines as SVG paths (projected once; about 21 KB of path data). Served by GET /api/v1/regions-map,
 * which browsers keep for a day, rather than inside every page that shows the map: in the page, the paths were sent
 * twice (HTML and React's payload), a quarter of the public board's weight.
 */
export const getRegionShapes = memo(async (): Promise<RegionShapesData> => {
  const map = parseRegionsMap(await readReferenceFile(env().REFERENCE_DATA_DIR, REFERENCE_FILES.regionsMap));
  const projected = projectFeatures(map.features.map((f) => ({ code: f.properties.code, geometry: f.geometry })));
  return { width: projected.width, height: projected.height, shapes: projected.shapes.map((s) => ({ code: s.code, d: s.d })) };
});

/** The 17 regions in the map's order, with their names, and the map's frame (for a box of the right shape). */
export const getRegionsMap = memo(async (): Promise<RegionsMapData> => {
  const [shapes, csv] = await Promise.all([getRegionShapes(), readReferenceFile(env().REFERENCE_DATA_DIR, REFERENCE_FILES.regions)]);
  const regions = new Map(parseRegions(csv).map((r) => [r.code, r]));
  return {
    width: shapes.width,
    height: shapes.height,
    regions: shapes.shapes.map((s) => {
      const r = regions.get(s.code)!;
      return { code: s.code, nameFr: r.nameFr, nameEn: r.nameEn, cmmStatus: r.cmmStatus };
    }),
  };
});

/** The 12 levels with their stage names, from the Échelle québécoise reference file. */
export const getLanguageLevels = memo(async (): Promise<LanguageLevelInfo[]> => {
  const data = parseEchelle(await readReferenceFile(env().REFERENCE_DATA_DIR, REFERENCE_FILES.echelle));
  return data.levels.map((l) => ({ level: l.level, stage: l.stage, stageNameFr: l.stageNameFr, stageNameEn: l.stageNameEn, clbAbility: l.clbAbilityLevel }));
});
