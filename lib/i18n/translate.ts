import { intlTag, type Locale } from "./config";
import { messages, type Messages } from "./messages";

export type Vars = Record<string, string | number>;
export type Translator = (key: string, vars?: Vars) => string;

function lookup(tree: unknown, key: string): unknown {
  let node = tree;
  for (const part of key.split(".")) {
    if (node && typeof node === "object" && part in node) node = (node as Record<string, unknown>)[part];
    else return undefined;
  }
  return node;
}

export function interpolate(text: string, vars?: Vars) {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/**
 * A plural message is an object of CLDR categories with at least "other", e.g.
 * { "one": "{count} candidat", "other": "{count} candidats" }, chosen by vars.count. French puts 0 and 1 in "one"
 * (and 1 000 000 in "many"); a missing category falls back to "other".
 */
export type PluralMessage = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

export function isPluralMessage(v: unknown): v is PluralMessage {
  return !!v && typeof v === "object" && typeof (v as Record<string, unknown>).other === "string";
}

const pluralRules = new Map<Locale, Intl.PluralRules>();
function selectPlural(locale: Locale, msg: PluralMessage, count: number): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(intlTag(locale))));
  return msg[rules.select(count)] ?? msg.other;
}

/** A translator over one locale's messages. A missing key shows the key itself (and is caught by the key-parity unit test). */
export function createTranslator(locale: Locale, tree: Messages = messages[locale]): Translator {
  return (key, vars) => {
    const v = lookup(tree, key);
    if (typeof v === "string") return interpolate(v, vars);
    if (isPluralMessage(v)) return interpolate(selectPlural(locale, v, typeof vars?.count === "number" ? vars.count : Number.NaN), vars);
    return key;
  };
}

export function hasMessage(locale: Locale, key: string) {
  const v = lookup(messages[locale], key);
  return typeof v === "string" || isPluralMessage(v);
}
