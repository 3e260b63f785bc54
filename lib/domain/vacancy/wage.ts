// Hourly wages in whole cents (integers: no floating-point money). Pure rules.

/** Dollars typed or read as a number (16.5) -> cents (1650), rounded to the cent. */
export function dollarsToCents(dollars: number): number {
  return Math.round(dollars * 100);
}

export function centsToDollars(cents: number): number {
  return cents / 100;
}

export type WageProblem = "belowMinimum" | "maxBelowMin";

/** What is wrong with a wage range given the minimum hourly wage (cents), field by field. Empty when it is fine. */
export function wageProblems(range: { minCents: number | null; maxCents: number | null }, minimumWageCents: number): Partial<Record<"wageMin" | "wageMax", WageProblem>> {
  const out: Partial<Record<"wageMin" | "wageMax", WageProblem>> = {};
  if (range.minCents !== null && range.minCents < minimumWageCents) out.wageMin = "belowMinimum";
  if (range.maxCents !== null) {
    if (range.maxCents < minimumWageCents) out.wageMax = "belowMinimum";
    else if (range.minCents !== null && range.maxCents < range.minCents) out.wageMax = "maxBelowMin";
  }
  return out;
}
