import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  loadReferenceData,
  parseCsv,
  parseEchelle,
  parseRegions,
  ReferenceDataError,
  REFERENCE_FILES,
  resolveReferenceDataDir,
  type ReferenceData,
} from "@/lib/reference-data";

const DIR = resolveReferenceDataDir(process.env.REFERENCE_DATA_DIR ?? "../shared/data");

describe("the real reference files", () => {
  let data: ReferenceData;
  beforeAll(async () => {
    data = await loadReferenceData(DIR);
  });

  it("has the 17 regions 01..17 with their CMM status", () => {
    expect(data.regions.map((r) => r.code)).toEqual(Array.from({ length: 17 }, (_, k) => String(k + 1).padStart(2, "0")));
    const status = Object.fromEntries(data.regions.map((r) => [r.code, r.cmmStatus]));
    expect(status).toMatchObject({ "01": "OUTSIDE", "04": "OUTSIDE", "06": "INSIDE", "13": "INSIDE", "14": "PARTIAL", "15": "PARTIAL", "16": "PARTIAL" });
    expect(data.regions.find((r) => r.code === "02")?.nameFr).toBe("Saguenay–Lac-Saint-Jean");
  });

  it("has 1,281 municipalities, 82 of them in the CMM, codes kept as 5-character strings", () => {
    expect(data.municipalities).toHaveLength(1281);
    expect(data.municipalities.filter((m) => m.inCmm)).toHaveLength(82);
    expect(data.cmmMunicipalityCodes.size).toBe(82);
    expect(data.municipalities.every((m) => typeof m.code === "string" && /^\d{5}$/.test(m.code) && /^\d{2}$/.test(m.regionCode))).toBe(true);
    const amqui = data.municipalities.find((m) => m.code === "07047");
    expect(amqui).toMatchObject({ name: "Amqui", regionCode: "01", inCmm: false, mrcCode: "070" });
    expect(data.municipalities.find((m) => m.code === "66023")).toMatchObject({ name: "Montréal", regionCode: "06", inCmm: true });
  });

  it("has the 516 NOC unit groups, each with a French title and its hierarchy codes", () => {
    expect(data.nocUnitGroups).toHaveLength(516);
    expect(data.nocUnitGroups[0]).toMatchObject({ code: "00010", teer: 0, broadCategoryCode: "0", majorGroupCode: "00", minorGroupCode: "0001" });
    expect(data.nocUnitGroups.every((g) => g.titleFr.trim().length > 0)).toBe(true);
    expect(data.nocUnitGroups.find((g) => g.code === "72106")).toMatchObject({
      teer: 2,
      broadCategoryCode: "7",
      majorGroupCode: "72",
      subMajorGroupCode: "721",
      minorGroupCode: "7210",
      titleEn: "Welders and related machine operators",
    });
    expect(data.teerLabels.map((t) => t.teer)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("has 57,708 example titles in French and English, white space tidied", () => {
    expect(data.nocExampleTitles).toHaveLength(57_708);
    expect(data.nocExampleTitles.filter((t) => t.lang === "fr")).toHaveLength(29_767);
    expect(data.nocExampleTitles.filter((t) => t.lang === "en")).toHaveLength(27_941);
    expect(data.nocExampleTitles.some((t) => t.title !== t.title.trim())).toBe(false);
    expect(data.nocExampleTitles.some((t) => t.nocCode === "72106" && t.lang === "fr" && t.title === "Apprenti soudeur/apprentie soudeuse")).toBe(true);
  });

  it("averages the 900 OaSIS profiles into one vector set per unit group", () => {
    expect(data.oasis.profiles.size).toBe(516);
    expect(Object.fromEntries(Object.entries(data.oasis.descriptors).map(([k, v]) => [k, v.length]))).toEqual({ skill: 33, ability: 49, knowledge: 44, workActivity: 40 });
    expect(data.oasis.descriptors.skill[0]).toBe("Reading Comprehension");
    const kitchen = data.oasis.profiles.get("65201")!;
    expect(kitchen.profileCodes).toEqual(["65201.01", "65201.02", "65201.03", "65201.04"]);
    expect(kitchen.skills).toHaveLength(33);
    for (const p of data.oasis.profiles.values()) {
      for (const x of [...p.skills, ...p.abilities, ...p.knowledges, ...p.workActivities]) expect(x >= 0 && x <= 5).toBe(true);
    }
    // Codes the source stored as numbers are restored: "31100.1" -> "31100.10", "10010" -> "10010.00".
    expect(data.oasis.profiles.get("31100")!.profileCodes).toContain("31100.10");
    expect(data.oasis.profiles.get("10010")!.profileCodes).toEqual(["10010.00"]);
    // The one label the source files disagree on is resolved to the NOC title, and reported.
    expect(data.oasis.profiles.get("92023")!.labels).toEqual(["Supervisors, other mechanical and metal products manufacturing"]);
    expect(data.warnings).toHaveLength(1);
    expect(data.warnings[0]).toContain("92023.00");
  });

  it("exposes the 12 levels of the Échelle québécoise with their stage names", () => {
    expect(data.echelle.levels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(data.echelle.levels[4]).toMatchObject({ level: 5, stage: 2, stageNameFr: "Stade 2 : intermédiaire", stageNameEn: "Stage II – Intermediate Language Ability", clb: 5 });
    expect(data.echelle.stages.map((s) => s.levels)).toEqual([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]);
    expect(data.echelle.competences).toHaveLength(4);
    expect(data.echelle.caveats.length).toBeGreaterThan(0);
  });

  it("has the simplified map with one feature per region", () => {
    expect(data.regionsMap.features.map((f) => f.properties.code)).toEqual(data.regions.map((r) => r.code));
    expect(data.regionsMap.features.every((f) => f.geometry.type === "Polygon" || f.geometry.type === "MultiPolygon")).toBe(true);
  });
});

describe("parseCsv (RFC 4180)", () => {
  const problem = (text: string) => {
    try {
      parseCsv(text, "t.csv");
    } catch (e) {
      expect(e).toBeInstanceOf(ReferenceDataError);
      return (e as Error).message;
    }
    throw new Error("expected a ReferenceDataError");
  };

  it("reads quoted fields with commas, doubled quotes and line breaks, and numbers records by their first line", () => {
    const t = parseCsv('a,b,c\n1,"x, y","say ""hi"""\n2,"two\nlines",z\r\n3,,\n', "t.csv");
    expect(t.header).toEqual(["a", "b", "c"]);
    expect(t.records.map((r) => r.values)).toEqual([
      ["1", "x, y", 'say "hi"'],
      ["2", "two\nlines", "z"],
      ["3", "", ""],
    ]);
    expect(t.records.map((r) => r.line)).toEqual([2, 3, 5]);
  });

  it("keeps codes as text, leading zeros included", () => {
    expect(parseCsv("code\n007\n", "t.csv").records[0].values[0]).toBe("007");
  });

  it("accepts a last record without a line break", () => {
    expect(parseCsv("a,b\n1,2", "t.csv").records).toHaveLength(1);
  });

  it("rejects malformed text, naming the file, the line and the problem", () => {
    expect(problem("")).toBe("t.csv line 1: the file is empty (a header line is required)");
    expect(problem('a,b\n1,2\n3,"open\n4,5\n')).toBe("t.csv line 3: unterminated quoted field (the closing double quote is missing)");
    expect(problem('a,b\n1,x"y\n')).toMatch(/^t\.csv line 2: double quote inside an unquoted field/);
    expect(problem('a,b\n1,"x"y\n')).toBe('t.csv line 2: unexpected character "y" after a closing double quote (a quote inside a quoted field must be doubled)');
    expect(problem("a,b\n1,2,3\n")).toBe("t.csv line 2: expected 2 fields (as in the header), found 3");
    expect(problem("a,b\n1,2\n\n3,4\n")).toBe("t.csv line 3: blank line");
    expect(problem("a,a\n1,2\n")).toBe('t.csv line 1: header: column "a" appears twice');
    expect(problem("a,\n1,2\n")).toBe("t.csv line 1: header: column 2 has no name");
  });
});

describe("malformed reference directories", () => {
  const tmp: string[] = [];
  afterAll(() => {
    for (const d of tmp) fs.rmSync(d, { recursive: true, force: true });
  });

  /** A copy of the real reference directory with one file changed (or removed when `change` returns null). */
  function dirWith(file: string, change: (text: string) => string | null): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "refdata-"));
    tmp.push(dir);
    fs.cpSync(DIR, dir, { recursive: true });
    const target = path.join(dir, file);
    fs.chmodSync(target, 0o644);
    const next = change(fs.readFileSync(target, "utf8"));
    if (next === null) fs.rmSync(target);
    else fs.writeFileSync(target, next);
    return dir;
  }

  const lines = (text: string, edit: (ls: string[]) => void) => {
    const ls = text.split("\n");
    edit(ls);
    return ls.join("\n");
  };

  async function loadError(dir: string): Promise<ReferenceDataError> {
    const e = await loadReferenceData(dir).then(
      () => null,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(ReferenceDataError);
    return e as ReferenceDataError;
  }

  it("a missing file", async () => {
    const e = await loadError(dirWith(REFERENCE_FILES.municipalities, () => null));
    expect(e.file).toBe("quebec/municipalites.csv");
    expect(e.message).toMatch(/^quebec\/municipalites\.csv: file not found \(looked for .*municipalites\.csv\)$/);
  });

  it("a bad region code", async () => {
    const dir = dirWith(REFERENCE_FILES.municipalities, (t) =>
      lines(t, (ls) => {
        const f = ls[41].split(",");
        f[5] = "1";
        ls[41] = f.join(",");
      }),
    );
    const e = await loadError(dir);
    expect(e.message).toBe('quebec/municipalites.csv line 42: column region_code: "1" is not a 2-digit region code');
    expect([e.file, e.line]).toEqual(["quebec/municipalites.csv", 42]);
  });

  it("a NOC code that lost its leading zero", async () => {
    const e = await loadError(dirWith(REFERENCE_FILES.nocExampleTitles, (t) => t.replace("\n00010,en,", "\n10,en,")));
    expect(e.message).toBe('noc2021/noc2021_example_titles.csv line 2: column noc_code: "10" is not a 5-digit NOC code');
  });

  it("an unterminated quote", async () => {
    // The last unit group's lead statement is quoted: without its closing quote the field runs to the end of the file.
    const e = await loadError(dirWith(REFERENCE_FILES.nocUnitGroups, (t) => t.replace(/"\n$/, "\n")));
    expect(e.message).toBe("noc2021/noc2021_unit_groups.csv line 517: unterminated quoted field (the closing double quote is missing)");
  });

  it("a closing quote missing in the middle of a file", async () => {
    // Line 3's quoted field then runs into line 4, where the parser finds text after what it takes as the closing quote.
    const dir = dirWith(REFERENCE_FILES.nocUnitGroups, (t) => lines(t, (ls) => (ls[2] = ls[2].replace(/"$/, ""))));
    const e = await loadError(dir);
    expect([e.file, e.line]).toEqual(["noc2021/noc2021_unit_groups.csv", 4]);
    expect(e.problem).toMatch(/after a closing double quote \(the quoted field opened on line 3 may be missing its closing quote\)$/);
  });

  it("a missing column", async () => {
    const dir = dirWith(REFERENCE_FILES.regions, (t) => lines(t, (ls) => ls.forEach((l, k) => (ls[k] = l.split(",").slice(0, -1).join(",")))));
    const e = await loadError(dir);
    expect(e.message).toBe('quebec/regions_administratives.csv line 1: header: missing column "statut_cmm"');
  });

  it("a CMM list that disagrees with the municipal directory", async () => {
    const dir = dirWith(REFERENCE_FILES.cmmMunicipalities, (t) => lines(t, (ls) => ls.splice(1, 1)));
    const e = await loadError(dir);
    expect(e.file).toBe("quebec/municipalites.csv");
    expect(e.problem).toMatch(/^column in_cmm: \d{5} \(.+\) is missing from quebec\/cmm_municipalites\.csv$/);
  });

  it("a truncated JSON file", async () => {
    const e = await loadError(dirWith(REFERENCE_FILES.echelle, (t) => t.slice(0, 500)));
    expect(e.file).toBe("language/echelle_quebecoise_nclc_clb.json");
    expect(e.problem).toMatch(/^invalid JSON/);
  });

  it("a map without one of the regions", async () => {
    const dir = dirWith(REFERENCE_FILES.regionsMap, (t) => {
      const g = JSON.parse(t) as { features: { properties: { code: string } }[] };
      g.features = g.features.filter((f) => f.properties.code !== "09");
      return JSON.stringify(g);
    });
    const e = await loadError(dir);
    expect(e.message).toBe("geo/regions_administratives_qc_simplifie.geojson features: expected 17 features with codes 01..17, missing 09");
  });
});

describe("single parsers", () => {
  it("parseRegions checks the CMM status against the counts", () => {
    const header = "code,nom,nom_tel_que_repertoire_mamh,nb_entites_repertoire,population_repertoire,nb_municipalites_cmm,population_cmm,population_hors_cmm,statut_cmm";
    const text = `${header}\n01,Bas-Saint-Laurent,Bas-Saint-Laurent,127,204513,3,100,204413,hors_cmm\n`;
    expect(() => parseRegions(text)).toThrow(
      'quebec/regions_administratives.csv line 2: column statut_cmm: "hors_cmm" contradicts nb_municipalites_cmm=3 of nb_entites_repertoire=127',
    );
  });

  it("parseEchelle names the JSON path of a problem", () => {
    const real = JSON.parse(fs.readFileSync(path.join(DIR, REFERENCE_FILES.echelle), "utf8")) as { niveaux: { stade: number }[] };
    real.niveaux[3].stade = 2;
    expect(() => parseEchelle(JSON.stringify(real))).toThrow("language/echelle_quebecoise_nclc_clb.json niveaux[3].stade: level 4 is not in stage 2");
  });
});
