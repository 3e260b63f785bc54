import "server-only";
import { env } from "@/lib/env";
import { parseEchelle, parseRegions, parseRegionsMap, readReferenceFile, REFERENCE_FILES, type CmmStatus } from "@/lib/reference-data";
import { projectFeatures } from "@/lib/domain/map-projection";

// Small reference files read straight from REFERENCE_DATA_DIR (through the one loader's parsers) for the screens:
// the regions map and the Échelle québécoise. Read once per process; a failed read is retried on the next request.

/** One region on the map: what a client component needs to draw and name it. */
export type RegionShape = { code: string; nameFr: string; nameEn: string; cmmStatus: CmmStatus; d: string; labelX: number; labelY: number };
export type RegionsMapData = { width: number; height: number; regions: RegionShape[] };

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

/** The 17 regions as SVG paths (projected once; about 25 KB of path data). */
export const getRegionsMap = memo(async (): Promise<RegionsMapData> => {
  const dir = env().REFERENCE_DATA_DIR;
  const [geo, csv] = await Promise.all([readReferenceFile(dir, REFERENCE_FILES.regionsMap), readReferenceFile(dir, REFERENCE_FILES.regions)]);
  const map = parseRegionsMap(geo);
  const regions = new Map(parseRegions(csv).map((r) => [r.code, r]));
  const projected = projectFeatures(map.features.map((f) => ({ code: f.properties.code, geometry: f.geometry })));
  return {
    width: projected.width,
    height: projected.height,
    regions: projected.shapes.map((s) => {
      const r = regions.get(s.code)!;
      return { ...s, nameFr: r.nameFr, nameEn: r.nameEn, cmmStatus: r.cmmStatus };
    }),
  };
});

/** The 12 levels with their stage names, from the Échelle québécoise reference file. */
export const getLanguageLevels = memo(async (): Promise<LanguageLevelInfo[]> => {
  const data = parseEchelle(await readReferenceFile(env().REFERENCE_DATA_DIR, REFERENCE_FILES.echelle));
  return data.levels.map((l) => ({ level: l.level, stage: l.stage, stageNameFr: l.stageNameFr, stageNameEn: l.stageNameEn, clbAbility: l.clbAbilityLevel }));
});
