"use client";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { cn } from "@/components/ui/cn";
import { FieldError } from "@/components/ui/field";
import { useI18n } from "@/lib/i18n/client";
import { formatNumber } from "@/lib/i18n/format";

/** One region as the page passes it: its names and place in the CMM (lib/server/reference-files.ts getRegionsMap). */
export type RegionShapeProps = { code: string; nameFr: string; nameEn: string; cmmStatus: "OUTSIDE" | "PARTIAL" | "INSIDE" };
export type RegionsMapShapes = { width: number; height: number; regions: readonly RegionShapeProps[] };

// The outlines (about 21 KB of SVG paths) are fetched once per page load from GET /api/v1/regions-map, which the
// browser keeps for a day, instead of travelling inside every page twice (HTML and React's payload). Until they
// arrive (or if they cannot), the map's box keeps its place and the list of regions beside it does the whole job.
let outlines: Promise<Map<string, string>> | undefined;
function loadOutlines(): Promise<Map<string, string>> {
  outlines ??= fetch("/api/v1/regions-map")
    .then((r) => (r.ok ? (r.json() as Promise<{ shapes: { code: string; d: string }[] }>) : Promise.reject(new Error(`regions map: ${r.status}`))))
    .then((j) => new Map(j.shapes.map((s) => [s.code, s.d])))
    .catch((e: unknown) => {
      outlines = undefined; // tried again by the next map that mounts
      throw e;
    });
  return outlines;
}
function useOutlines(): Map<string, string> | null {
  const [paths, setPaths] = useState<Map<string, string> | null>(null);
  useEffect(() => {
    let live = true;
    loadOutlines().then(
      (m) => live && setPaths(m),
      () => {}, // the list stays: nothing is lost without the drawing
    );
    return () => {
      live = false;
    };
  }, []);
  return paths;
}

type Common = {
  map: RegionsMapShapes;
  /** Names the map and the list (e.g. « Régions où vous aimeriez vivre »). */
  legend: string;
  className?: string;
};

export type RegionsMapSelectProps = Common & {
  mode: "select";
  selected: readonly string[];
  onChange: (codes: string[]) => void;
  /** Regions that cannot be chosen; default: those entirely in the Montréal metropolitan community (06, 13). */
  disabledCodes?: ReadonlySet<string>;
  error?: string | null;
  hint?: string;
};

export type RegionsMapValuesProps = Common & {
  mode: "values";
  /** A number per region code (candidates, vacancies...); regions without one are drawn empty. */
  values: Readonly<Record<string, number>>;
  /** How a value is read out (default: the number in the locale). */
  formatValue?: (n: number) => string;
};

export type RegionsMapProps = RegionsMapSelectProps | RegionsMapValuesProps;

const CMM_ONLY = new Set(["06", "13"]);
// Five steps of the brand blue for the values mode, lightest first (all with a dark outline for contrast).
const VALUE_FILLS = ["#eef4fa", "#b6cce0", "#6f98c0", "#2f70a8", "#095797"];

/**
 * The 17 administrative regions of Québec. In "select" mode each region is a toggle button (aria-pressed) that can be
 * clicked, or reached with Tab (one stop for the whole map) and the arrow keys and toggled with Enter or Space; a list
 * of checkboxes beside the map offers the same choice. In "values" mode the regions are shaded by a number, with a
 * legend and the same numbers as a list.
 */
export function RegionsMap(props: RegionsMapProps) {
  return props.mode === "select" ? <SelectMap {...props} /> : <ValuesMap {...props} />;
}

function SelectMap({ map, legend, className, selected, onChange, disabledCodes = CMM_ONLY, error, hint }: RegionsMapSelectProps) {
  const { t, locale } = useI18n();
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const chosen = new Set(selected);
  const regions = map.regions;
  const selectable = regions.filter((r) => !disabledCodes.has(r.code));
  const [focusCode, setFocusCode] = useState<string>(selectable[0]?.code ?? "");
  const refs = useRef(new Map<string, SVGPathElement>());
  const name = (r: RegionShapeProps) => (locale === "en" ? r.nameEn : r.nameFr);
  const paths = useOutlines();
  const errorId = `${uid}-error`;
  const hintId = `${uid}-hint`;

  function toggle(code: string) {
    if (disabledCodes.has(code)) return;
    const next = chosen.has(code) ? selected.filter((c) => c !== code) : [...selected, code].sort();
    onChange(next);
  }

  function onKeyDown(e: KeyboardEvent<SVGPathElement>, code: string) {
    const i = selectable.findIndex((r) => r.code === code);
    let next: number | null = null;
    if (e.key === "ArrowRight" || e.key === "ArrowDown") next = (i + 1) % selectable.length;
    else if (e.key === "ArrowLeft" || e.key === "ArrowUp") next = (i - 1 + selectable.length) % selectable.length;
    else if (e.key === "Home") next = 0;
    else if (e.key === "End") next = selectable.length - 1;
    else if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      toggle(code);
      return;
    }
    if (next !== null) {
      e.preventDefault();
      const target = selectable[next]!.code;
      setFocusCode(target);
      refs.current.get(target)?.focus();
    }
  }

  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;

  return (
    <fieldset className={cn("flex flex-col gap-3", className)} aria-describedby={describedBy} data-testid="regions-map">
      <legend className="text-base font-semibold text-ink">{legend}</legend>
      {hint && (
        <p id={hintId} className="text-sm text-ink-muted">
          {hint}
        </p>
      )}
      {error && <FieldError id={errorId}>{error}</FieldError>}
      <div className="flex flex-col gap-4">
        <div className="mx-auto w-full max-w-xl">
          <svg viewBox={`0 0 ${map.width} ${map.height}`} className="h-auto w-full" role="group" aria-label={t("reference.regionsMap.mapLabel", { legend })}>
            <defs>
              <pattern id={`${uid}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="6" height="6" fill="#f1f1f2" />
                <line x1="0" y1="0" x2="0" y2="6" stroke="#6b778a" strokeWidth="2" />
              </pattern>
            </defs>
            {regions.map((r) => {
              const disabled = disabledCodes.has(r.code);
              const on = chosen.has(r.code);
              const d = paths?.get(r.code);
              if (!d) return null;
              return (
                <path
                  key={r.code}
                  ref={(el) => {
                    if (el) refs.current.set(r.code, el);
                    else refs.current.delete(r.code);
                  }}
                  d={d}
                  fillRule="evenodd"
                  fill={disabled ? `url(#${uid}-hatch)` : undefined}
                  role="button"
                  aria-pressed={disabled ? undefined : on}
                  aria-disabled={disabled || undefined}
                  aria-label={disabled ? t("reference.regionsMap.notSelectable", { name: name(r) }) : name(r)}
                  tabIndex={disabled ? undefined : r.code === focusCode ? 0 : -1}
                  data-region={r.code}
                  onClick={() => {
                    if (disabled) return;
                    setFocusCode(r.code);
                    toggle(r.code);
                  }}
                  onKeyDown={(e) => onKeyDown(e, r.code)}
                  className={cn(
                    "stroke-brand-800 outline-none [stroke-width:0.8]",
                    disabled ? "cursor-not-allowed" : "cursor-pointer",
                    !disabled && (on ? "fill-brand-600 hover:fill-brand-700" : "fill-brand-50 hover:fill-brand-200"),
                    "focus-visible:[stroke-width:3] focus-visible:stroke-[#ffb000]",
                  )}
                >
                  <title>{disabled ? t("reference.regionsMap.notSelectable", { name: name(r) }) : `${name(r)}${on ? ` (${t("reference.regionsMap.selected")})` : ""}`}</title>
                </path>
              );
            })}
          </svg>
          <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-ink-muted" aria-hidden="true">
            <span className="inline-flex items-center gap-1">
              <span className="inline-block size-3 border border-brand-800 bg-brand-600" /> {t("reference.regionsMap.selected")}
            </span>
            <span className="inline-flex items-center gap-1">
              <span className="inline-block size-3 border border-brand-800 bg-brand-50" /> {t("reference.regionsMap.notSelected")}
            </span>
            <span className="inline-flex items-center gap-1">
              <span className="inline-block size-3 border border-brand-800 bg-[repeating-linear-gradient(45deg,#6b778a_0_2px,#f1f1f2_2px_5px)]" /> {t("reference.regionsMap.cmm")}
            </span>
          </p>
        </div>
        <div className="flex flex-col gap-1">
          <p className="text-sm font-semibold text-ink" id={`${uid}-list`}>
            {t("reference.regionsMap.listLabel")}
          </p>
          <ul className="grid grid-cols-1 gap-x-4 gap-y-0.5 sm:grid-cols-2" aria-labelledby={`${uid}-list`}>
            {regions.map((r) => {
              const disabled = disabledCodes.has(r.code);
              return (
                <li key={r.code}>
                  <label className={cn("flex min-h-8 items-start gap-2 py-0.5", disabled ? "cursor-not-allowed text-ink-muted" : "cursor-pointer")}>
                    <input
                      type="checkbox"
                      className="mt-1 size-5 shrink-0 accent-brand-600"
                      checked={chosen.has(r.code)}
                      disabled={disabled}
                      onChange={() => toggle(r.code)}
                      data-region-checkbox={r.code}
                    />
                    <span>
                      {name(r)} <span className="text-ink-muted">({r.code})</span>
                      {disabled && <span className="block text-xs">{t("reference.regionsMap.cmm")}</span>}
                      {r.cmmStatus === "PARTIAL" && <span className="block text-xs text-ink-muted">{t("reference.regionsMap.partlyCmm")}</span>}
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
          <p className="text-sm text-ink-muted" aria-live="polite">
            {t("reference.regionsMap.count", { count: selected.length })}
          </p>
        </div>
      </div>
    </fieldset>
  );
}

function ValuesMap({ map, legend, className, values, formatValue }: RegionsMapValuesProps) {
  const { locale } = useI18n();
  const fmt = formatValue ?? ((n: number) => formatNumber(locale, n));
  const max = Math.max(0, ...Object.values(values));
  const fillFor = (v: number | undefined) => (v === undefined || v <= 0 || max === 0 ? "#ffffff" : VALUE_FILLS[Math.min(VALUE_FILLS.length - 1, Math.floor((v / max) * (VALUE_FILLS.length - 1e-9)))]!);
  const name = (r: RegionShapeProps) => (locale === "en" ? r.nameEn : r.nameFr);
  const paths = useOutlines();
  return (
    <figure className={cn("flex flex-col gap-2", className)}>
      <figcaption className="text-base font-semibold text-ink">{legend}</figcaption>
      <svg viewBox={`0 0 ${map.width} ${map.height}`} className="h-auto w-full" role="img" aria-label={legend}>
        {map.regions.map((r) => {
          const d = paths?.get(r.code);
          return d ? (
            <path key={r.code} d={d} fillRule="evenodd" fill={fillFor(values[r.code])} className="stroke-brand-800 [stroke-width:0.8]" data-region={r.code}>
              <title>{`${name(r)}: ${fmt(values[r.code] ?? 0)}`}</title>
            </path>
          ) : null;
        })}
      </svg>
      <ul className="grid grid-cols-1 gap-x-4 text-sm sm:grid-cols-2" aria-label={legend}>
        {map.regions.map((r) => (
          <li key={r.code} className="flex items-center gap-2">
            <span aria-hidden="true" className="inline-block size-3 shrink-0 border border-brand-800" style={{ background: fillFor(values[r.code]) }} />
            <span className="flex-1">{name(r)}</span>
            <span className="tabular-nums">{fmt(values[r.code] ?? 0)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
