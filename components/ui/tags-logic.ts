import { sameLabel, type ComboboxOption } from "./combobox-logic";

export type AddTagOutcome = "added" | "duplicate" | "full" | "empty";

/** Adds a tag unless it is already there (same value, or same label ignoring case and accents) or the list is full. */
export function addTag(tags: readonly ComboboxOption[], tag: ComboboxOption | null, max?: number): { tags: ComboboxOption[]; outcome: AddTagOutcome } {
  if (!tag || !tag.label.trim()) return { tags: [...tags], outcome: "empty" };
  if (tags.some((t) => t.value === tag.value || sameLabel(t.label, tag.label))) return { tags: [...tags], outcome: "duplicate" };
  if (max !== undefined && tags.length >= max) return { tags: [...tags], outcome: "full" };
  return { tags: [...tags, { value: tag.value, label: tag.label }], outcome: "added" };
}

export function removeTag(tags: readonly ComboboxOption[], value: string): ComboboxOption[] {
  return tags.filter((t) => t.value !== value);
}

export const CUSTOM_TAG_MAX_LENGTH = 80;

/** A tag typed by the person (not from the suggestions): spaces collapsed; null when empty or too long. */
export function customTag(text: string): ComboboxOption | null {
  const label = text.replace(/\s+/g, " ").trim();
  if (!label || label.length > CUSTOM_TAG_MAX_LENGTH) return null;
  return { value: label, label };
}
