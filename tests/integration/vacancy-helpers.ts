// Shared by the employer/vacancy/import integration tests: a valid vacancy input and a CSV builder.
import { makeVacancyInputSchema, type TVacancyInput } from "@/lib/schemas/vacancy";
import { VACANCY_CSV_COLUMNS } from "@/lib/domain/vacancy/csv-columns";
import { formatCsvRecord } from "@/lib/domain/csv/parse";
import { addCalendarDays, quebecDate } from "@/lib/domain/vacancy/dates";

export const SAGUENAY = "94068";
export const TROIS_RIVIERES = "37067";
export const WELDERS = "72106";

export const vacancySchema = makeVacancyInputSchema({ minHourlyWageCents: 1610 });

export function vacancyInput(over: Record<string, unknown> = {}): TVacancyInput {
  return vacancySchema.parse({
    title: "Soudeur ou soudeuse",
    nocCode: WELDERS,
    municipalityCode: SAGUENAY,
    positions: 2,
    employmentType: "permanent",
    hoursPerWeek: 40,
    wageMin: "27,50",
    wageMax: "",
    requiredSkills: ["Soudage MIG", "soudage mig", "Lecture de plans"],
    assetSkills: ["Lecture de plans", "Cariste"],
    minFrenchLevel: 6,
    startDate: addCalendarDays(quebecDate(), 30),
    description: "Soudure de pièces d'acier pour l'industrie forestière, quart de jour.",
    offersHousingHelp: true,
    ...over,
  });
}

type Row = Partial<Record<(typeof VACANCY_CSV_COLUMNS)[number]["field"], string>>;

/** A CSV (French header) of vacancies; each row starts from a valid one. */
export function vacancyCsv(rows: Row[], opts: { lang?: "fr" | "en"; delimiter?: string } = {}): Uint8Array {
  const lang = opts.lang ?? "fr";
  const d = opts.delimiter ?? ",";
  const base: Row = {
    title: "Soudeur", nocCode: WELDERS, municipalityCode: SAGUENAY, positions: "1", employmentType: "permanent", hoursPerWeek: "40",
    wageMin: "25,00", description: "Soudure de pièces d'acier pour l'industrie forestière.", minFrenchLevel: "5",
  };
  const lines = [formatCsvRecord(VACANCY_CSV_COLUMNS.map((c) => c[lang]), d)];
  for (const r of rows) {
    const row = { ...base, ...r };
    lines.push(formatCsvRecord(VACANCY_CSV_COLUMNS.map((c) => row[c.field] ?? ""), d));
  }
  return new TextEncoder().encode(lines.join("\r\n") + "\r\n");
}
