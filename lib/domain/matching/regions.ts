// Québec administrative regions and the CMM facts the engine needs. Codes are strings with leading zeros.

import type { RegionName } from "./types";

/** The 17 administrative regions, official names (the English forms keep the official French names). */
export const REGION_NAMES: Readonly<Record<string, RegionName>> = Object.freeze({
  "01": { fr: "Bas-Saint-Laurent", en: "Bas-Saint-Laurent" },
  "02": { fr: "Saguenay–Lac-Saint-Jean", en: "Saguenay–Lac-Saint-Jean" },
  "03": { fr: "Capitale-Nationale", en: "Capitale-Nationale" },
  "04": { fr: "Mauricie", en: "Mauricie" },
  "05": { fr: "Estrie", en: "Estrie" },
  "06": { fr: "Montréal", en: "Montréal" },
  "07": { fr: "Outaouais", en: "Outaouais" },
  "08": { fr: "Abitibi-Témiscamingue", en: "Abitibi-Témiscamingue" },
  "09": { fr: "Côte-Nord", en: "Côte-Nord" },
  "10": { fr: "Nord-du-Québec", en: "Nord-du-Québec" },
  "11": { fr: "Gaspésie–Îles-de-la-Madeleine", en: "Gaspésie–Îles-de-la-Madeleine" },
  "12": { fr: "Chaudière-Appalaches", en: "Chaudière-Appalaches" },
  "13": { fr: "Laval", en: "Laval" },
  "14": { fr: "Lanaudière", en: "Lanaudière" },
  "15": { fr: "Laurentides", en: "Laurentides" },
  "16": { fr: "Montérégie", en: "Montérégie" },
  "17": { fr: "Centre-du-Québec", en: "Centre-du-Québec" },
});

export const REGION_CODES: readonly string[] = Object.freeze(Object.keys(REGION_NAMES).sort());

/** Regions entirely in the CMM: Montréal and Laval. */
export const DEFAULT_CMM_REGION_CODES: ReadonlySet<string> = new Set(["06", "13"]);

/** Regions partly in the CMM: Lanaudière, Laurentides, Montérégie. */
export const DEFAULT_PARTLY_CMM_REGION_CODES: ReadonlySet<string> = new Set(["14", "15", "16"]);

export function isRegionCode(code: unknown): code is string {
  return typeof code === "string" && /^(0[1-9]|1[0-7])$/.test(code);
}

/** True for a region entirely in the CMM (default: 06 Montréal, 13 Laval). */
export function isCmmRegionOnly(regionCode: string, cmmRegionCodes: ReadonlySet<string> = DEFAULT_CMM_REGION_CODES) {
  return cmmRegionCodes.has(regionCode);
}

/**
 * Whether a vacancy is in the CMM. An explicit answer wins; then the municipality list; otherwise only a region
 * entirely in the CMM counts (a vacancy in Montérégie without a known municipality is treated as outside).
 */
export function isVacancyInCmm(
  vacancy: { regionCode?: string | null; municipalityCode?: string | null },
  facts: {
    vacancyInCmm?: boolean;
    cmmMunicipalityCodes?: ReadonlySet<string>;
    cmmRegionCodes?: ReadonlySet<string>;
  } = {},
): boolean {
  if (typeof facts.vacancyInCmm === "boolean") return facts.vacancyInCmm;
  const cmmRegions = facts.cmmRegionCodes ?? DEFAULT_CMM_REGION_CODES;
  if (vacancy.regionCode && cmmRegions.has(vacancy.regionCode)) return true;
  if (vacancy.municipalityCode && facts.cmmMunicipalityCodes) return facts.cmmMunicipalityCodes.has(vacancy.municipalityCode);
  return false;
}

/** "Mauricie (04)"; the bare code when the name is unknown. */
export function formatRegion(
  code: string,
  locale: "fr" | "en",
  names: Readonly<Record<string, RegionName>> = REGION_NAMES,
): string {
  const name = names[code]?.[locale];
  return name ? `${name} (${code})` : code;
}
