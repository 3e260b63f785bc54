import { describe, expect, it } from "vitest";
import { decodeUtf8, detectDelimiter, parseCsvText } from "@/lib/domain/csv/parse";
import { cellsToVacancyInput, mapHeader, normaliseDateCell, vacancyCsvTemplate, VACANCY_CSV_COLUMNS } from "@/lib/domain/vacancy/csv-columns";

describe("CSV reading", () => {
  it("reads quoted fields with separators, quotes and line breaks; CRLF; skips empty lines", () => {
    const r = parseCsvText('a,b,c\r\n1,"x, ""y""",3\r\n\r\n4,"multi\nline",6\r\n');
    expect(r.ok && r.records).toEqual([
      { line: 2, values: ["1", 'x, "y"', "3"] },
      { line: 4, values: ["4", "multi\nline", "6"] },
    ]);
  });

  it("detects the semicolon of French spreadsheets", () => {
    expect(detectDelimiter("titre;code_cnp;description\n")).toBe(";");
    const r = parseCsvText("titre;salaire\nSoudeur;27,50\n");
    expect(r.ok && r.records[0].values).toEqual(["Soudeur", "27,50"]);
  });

  it("reports syntax problems with their line", () => {
    expect(parseCsvText('a,b\n1,"open\n')).toEqual({ ok: false, problem: { code: "unterminatedQuote", line: 2 } });
    expect(parseCsvText('a,b\n1,x"y\n')).toEqual({ ok: false, problem: { code: "badQuote", line: 2 } });
    expect(parseCsvText("a,a\n1,2\n")).toEqual({ ok: false, problem: { code: "duplicateColumn", column: "a" } });
    expect(parseCsvText(" \n")).toEqual({ ok: false, problem: { code: "empty" } });
    expect(parseCsvText("a\n1\n2\n3\n", 2)).toEqual({ ok: false, problem: { code: "tooManyRows", max: 2 } });
  });

  it("refuses bytes that are not UTF-8 (a Windows-1252 export) and drops a BOM", () => {
    expect(decodeUtf8(new Uint8Array([0x74, 0x69, 0x74, 0x72, 0x65, 0xe9]))).toBeNull(); // "titré" in Windows-1252
    expect(decodeUtf8(new TextEncoder().encode("\ufefftitre"))).toBe("titre");
  });
});

describe("vacancy CSV columns", () => {
  it("accepts French or English headers, without caring for case or accents", () => {
    const fr = mapHeader(VACANCY_CSV_COLUMNS.map((c) => c.fr));
    expect(fr).toMatchObject({ ok: true, language: "fr" });
    const en = mapHeader(VACANCY_CSV_COLUMNS.map((c) => c.en));
    expect(en).toMatchObject({ ok: true, language: "en" });
    const loose = mapHeader(["Référence employeur", "Titre", "Code CNP", "Code municipalité", "Nombre postes", "Type emploi", "Heures semaine", "Salaire horaire min", "Description"]);
    expect(loose.ok).toBe(true);
  });

  it("names the missing required columns in the file's language", () => {
    const m = mapHeader(["title", "noc_code", "description"]);
    expect(m.ok).toBe(false);
    expect(!m.ok && m.missing).toEqual(["employer_reference", "municipality_code", "positions", "employment_type", "hours_per_week", "hourly_wage_min"]);
  });

  it("turns spreadsheet cells into schema values", () => {
    const header = ["reference_employeur", "type_emploi", "aide_logement", "competences_requises", "scolarite_min", "statut_eimt", "date_debut", "code_municipalite"];
    const m = mapHeader([...header, "titre", "code_cnp", "nombre_postes", "heures_semaine", "salaire_horaire_min", "description"]);
    if (!m.ok) throw new Error("mapping");
    const input = cellsToVacancyInput(["R1", "Saisonnier", "Oui", "Soudage MIG; Lecture de plans|Cariste", "Collégial", "En cours", "01/03/2027", "7047"], m.fieldByIndex);
    expect(input).toMatchObject({ externalRef: "R1", employmentType: "seasonal", offersHousingHelp: true, requiredSkills: ["Soudage MIG", "Lecture de plans", "Cariste"], minEducation: "college", lmiaStatus: "in_progress", startDate: "2027-03-01", municipalityCode: "07047" });
    expect(normaliseDateCell("2027/3/1")).toBe("2027-03-01");
  });

  it("the template has a header in the language asked for and one example row", () => {
    const fr = vacancyCsvTemplate("fr");
    expect(fr.startsWith("\ufeffreference_employeur,titre,code_cnp")).toBe(true);
    const parsed = parseCsvText(fr);
    expect(parsed.ok && parsed.records.length).toBe(1);
    expect(vacancyCsvTemplate("en")).toContain("employer_reference,title,noc_code");
  });
});
