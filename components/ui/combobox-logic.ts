// Pure helpers of the combobox, kept apart so that they are unit-tested without a DOM.

export type ComboboxOption = {
  value: string;
  label: string;
  /** A second line (e.g. the NOC code, the region of a municipality). */
  description?: string;
  disabled?: boolean;
};

/**
 * The next active option for ArrowDown (+1) / ArrowUp (-1), wrapping around and skipping disabled options.
 * -1 means "none": from none, down goes to the first option and up to the last.
 */
export function moveActive(current: number, options: readonly Pick<ComboboxOption, "disabled">[], delta: 1 | -1): number {
  const n = options.length;
  if (n === 0) return -1;
  let i = current < 0 || current >= n ? (delta === 1 ? -1 : n) : current;
  for (let step = 0; step < n; step++) {
    i = (i + delta + n) % n;
    if (!options[i]?.disabled) return i;
  }
  return -1;
}

/** Whether a query is long enough to ask for suggestions (spaces do not count). */
export function isSearchable(query: string, minChars: number): boolean {
  return query.trim().length >= Math.max(0, minChars);
}

/** Compares labels the way a person would: case, accents and surrounding spaces do not matter. */
export function sameLabel(a: string, b: string): boolean {
  return normalizeLabel(a) === normalizeLabel(b);
}

export function normalizeLabel(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLocaleLowerCase("fr-CA");
}

/** The suggestions to show: without the values already chosen (tags), then a "use this text" choice when allowed. */
export function visibleOptions(
  loaded: readonly ComboboxOption[],
  opts: { exclude?: ReadonlySet<string>; freeText?: string | null; createOption?: (text: string) => ComboboxOption | null } = {},
): ComboboxOption[] {
  const out = opts.exclude?.size ? loaded.filter((o) => !opts.exclude!.has(o.value)) : [...loaded];
  const text = opts.freeText?.trim();
  if (text && opts.createOption && !out.some((o) => sameLabel(o.label, text))) {
    const created = opts.createOption(text);
    if (created && !opts.exclude?.has(created.value)) out.push(created);
  }
  return out;
}
