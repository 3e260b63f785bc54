import { REFERENCE_FILES } from "./files";
import { JsonChecker, parseJsonFile } from "./json";

// The Échelle québécoise des niveaux de compétence en français: 12 levels in 3 stages, with the NCLC/CLB level of
// the same number. Hand-compiled file: the level <-> NCLC/CLB correspondence is structural, not an official
// equivalence table, and the CEFR range is indicative (see the file's _provenance and the data README).

export interface EchelleStage {
  stage: 1 | 2 | 3;
  /** « Stade 1 : débutant » */
  nameFr: string;
  /** « Stade I – débutant » (NCLC) */
  nclcNameFr: string;
  /** "Stage I – Basic Language Ability" (CLB) */
  nameEn: string;
  levels: number[];
  cefrIndicative: string;
  clbSummaryEn: string | null;
}

export interface EchelleLevel {
  level: number;
  stage: 1 | 2 | 3;
  stageNameFr: string;
  stageNameEn: string;
  nclc: number;
  clb: number;
  /** Initial / Developing / Adequate / Fluent (within the stage). */
  clbAbilityLevel: string;
  cefrIndicative: string;
}

export interface EchelleCompetence {
  echelleFr: string;
  nclcFr: string;
  clbEn: string;
}

export interface EchelleData {
  stages: EchelleStage[];
  /** Levels 1..12, in order. */
  levels: EchelleLevel[];
  competences: EchelleCompetence[];
  /** Source citations, keyed as in the file. */
  sources: Record<string, string>;
  /** The file's caveats (correspondence, CEFR), to show next to any use of the NCLC/CLB/CEFR columns. */
  caveats: string[];
}

export function parseEchelle(text: string, file: string = REFERENCE_FILES.echelle): EchelleData {
  const c = new JsonChecker(file);
  const root = c.object(parseJsonFile(text, file), "(root)");
  const provenance = c.object(root._provenance, "_provenance");
  const caveats = Object.entries(provenance)
    .filter(([k]) => k.startsWith("caveat"))
    .map(([k, v]) => c.string(v, `_provenance.${k}`));
  const sources = Object.fromEntries(Object.entries(c.object(root.sources, "sources")).map(([k, v]) => [k, c.string(v, `sources.${k}`)]));

  const competences = c.array(root.competences, "competences").map((v, k) => {
    const o = c.object(v, `competences[${k}]`);
    return {
      echelleFr: c.string(o.echelle_fr, `competences[${k}].echelle_fr`),
      nclcFr: c.string(o.nclc_fr, `competences[${k}].nclc_fr`),
      clbEn: c.string(o.clb_en, `competences[${k}].clb_en`),
    };
  });
  if (competences.length !== 4) c.fail("competences", `expected the 4 competences, found ${competences.length}`);

  const stages = c.array(root.stades, "stades").map((v, k): EchelleStage => {
    const at = `stades[${k}]`;
    const o = c.object(v, at);
    const stage = c.int(o.stade, `${at}.stade`, 1, 3) as 1 | 2 | 3;
    if (stage !== k + 1) c.fail(`${at}.stade`, `expected stage ${k + 1}, found ${stage}`);
    const levels = c.array(o.niveaux, `${at}.niveaux`).map((n, j) => c.int(n, `${at}.niveaux[${j}]`, 1, 12));
    const expected = [1, 2, 3, 4].map((j) => (stage - 1) * 4 + j);
    if (levels.join(",") !== expected.join(",")) c.fail(`${at}.niveaux`, `expected levels ${expected.join(", ")}, found ${levels.join(", ")}`);
    return {
      stage,
      nameFr: c.string(o.echelle_nom, `${at}.echelle_nom`),
      nclcNameFr: c.string(o.nclc_nom, `${at}.nclc_nom`),
      nameEn: c.string(o.clb_name, `${at}.clb_name`),
      levels,
      cefrIndicative: c.string(o.cecr_indicatif, `${at}.cecr_indicatif`),
      clbSummaryEn: c.nullableString(o.clb_stage_summary_en, `${at}.clb_stage_summary_en`),
    };
  });
  if (stages.length !== 3) c.fail("stades", `expected 3 stages, found ${stages.length}`);

  const levels = c.array(root.niveaux, "niveaux").map((v, k): EchelleLevel => {
    const at = `niveaux[${k}]`;
    const o = c.object(v, at);
    const level = c.int(o.niveau_echelle, `${at}.niveau_echelle`, 1, 12);
    if (level !== k + 1) c.fail(`${at}.niveau_echelle`, `expected level ${k + 1}, found ${level}`);
    const stage = c.int(o.stade, `${at}.stade`, 1, 3);
    const s = stages[stage - 1];
    if (!s.levels.includes(level)) c.fail(`${at}.stade`, `level ${level} is not in stage ${stage}`);
    return {
      level,
      stage: s.stage,
      stageNameFr: s.nameFr,
      stageNameEn: s.nameEn,
      nclc: c.int(o.nclc, `${at}.nclc`, 1, 12),
      clb: c.int(o.clb, `${at}.clb`, 1, 12),
      clbAbilityLevel: c.string(o.clb_ability_level, `${at}.clb_ability_level`),
      cefrIndicative: s.cefrIndicative,
    };
  });
  if (levels.length !== 12) c.fail("niveaux", `expected 12 levels, found ${levels.length}`);
  return { stages, levels, competences, sources, caveats };
}
