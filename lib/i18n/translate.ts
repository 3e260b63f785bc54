import type { Locale } from "./config";
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

/** A translator over one locale's messages. A missing key shows the key itself (and is caught by the key-parity unit test). */
export function createTranslator(locale: Locale, tree: Messages = messages[locale]): Translator {
  return (key, vars) => {
    const v = lookup(tree, key);
    return typeof v === "string" ? interpolate(v, vars) : key;
  };
}

export function hasMessage(locale: Locale, key: string) {
  return typeof lookup(messages[locale], key) === "string";
}
