"use client";
import { createContext, useContext, useMemo } from "react";
import type { Locale } from "./config";
import { createTranslator, type Translator } from "./translate";

const I18nContext = createContext<{ locale: Locale; t: Translator } | null>(null);

export function I18nProvider({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  const value = useMemo(() => ({ locale, t: createTranslator(locale) }), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n() {
  const v = useContext(I18nContext);
  if (!v) throw new Error("useI18n outside I18nProvider");
  return v;
}
export const useT = () => useI18n().t;
