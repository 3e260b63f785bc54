// Issue 9 §4: property-based fuzzing (fast-check) of every server action's input, as an ALLOWED actor (so the input
// reaches the schema and the data layer): arbitrary values, and the valid sample of the registry with one field at a
// time replaced by a hostile value. Properties: the action never throws and never answers INTERNAL (the 500 of an
// action); a refusal carries a translated message (not an i18n key, different in French and English) and leaves every
// table as it was (no partial write). The seed is fixed and printed: FUZZ_SEED=<n> FUZZ_RUNS=<n> to replay or widen.
import { setAction, setActor, setLocale } from "./action-context";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { db } from "./db";
import { changedTables, freshWorld, restoreWorld, tableChecksums, type World } from "./action-world";
import { ACTIONS } from "./action-registry";
import { enumerateActions } from "./action-enumeration";
import type { ActionResult } from "@/lib/server/actions/safe-action";

const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const RUNS = Number(process.env.FUZZ_RUNS ?? 15);
const actions = await enumerateActions();
/** Tables a refusal may touch: rate-limit counters, and the audit log for the entries listed below. */
const REFUSAL_TABLES = ["AuditLog", "RateLimit"];
/** Audit entries a refusal may add: the refusal itself, and a wrong second-factor code (counted for throttling). */
const REFUSAL_AUDITS = /^(access\.refused|auth\.mfa_fail.*)$/;
const I18N_KEY = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9_]+)+$/;

let w: World;
const started = Date.now();
let calls = 0;

beforeAll(async () => {
  w = await freshWorld();
  console.log(`[action-fuzz] seed ${SEED}, ${RUNS} runs per action (FUZZ_SEED / FUZZ_RUNS to change)`);
}, 120_000);
afterAll(() => console.log(`[action-fuzz] ${actions.size} actions, ${calls} calls in ${((Date.now() - started) / 1000).toFixed(1)} s`));

/** Hostile values for one field. Ids of the other organisation come from the world. */
function hostile(): fc.Arbitrary<unknown> {
  const deep = (n: number): unknown => (n === 0 ? "fond" : { a: deep(n - 1) });
  return fc.oneof(
    fc.constantFrom<unknown>(
      "", " ", "x".repeat(100_000), "\u202Eévil\u0000nul 😀👩🏽‍🔧", "<script>alert(1)</script>", "'; drop table \"User\"; --", "../../etc/passwd", "%00", "{{7*7}}",
      -1, 0, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1.5, "NaN", "Infinity", "1e9999", "-5",
      "9999-12-31", "0001-01-01", "2026-02-30", "275760-09-13", "1970-01-01T00:00:00Z",
      null, undefined, true, false, [], {}, [null], [[[]]], deep(200), { __proto__: { admin: true } }, new Date(8.64e15), new Date(Number.NaN),
      "c".repeat(25), "00000000-0000-0000-0000-000000000000", "ckxxxxxxxxxxxxxxxxxxxxxxx",
    ),
    fc.constantFrom<() => unknown>(() => w.vacancyB.id, () => w.orgB.employerId, () => w.c2.profileId, () => w.orgB.userId).map((f) => f()),
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.integer(),
    fc.double(),
    fc.jsonValue({ maxDepth: 3 }),
  );
}

/** The paths of a sample's fields (one level of nesting: incident fields, needs, filters). */
function fieldPaths(sample: unknown): string[][] {
  if (!sample || typeof sample !== "object" || Array.isArray(sample)) return [];
  const out: string[][] = [];
  for (const [k, v] of Object.entries(sample)) {
    out.push([k]);
    if (v && typeof v === "object" && !Array.isArray(v)) for (const k2 of Object.keys(v)) out.push([k, k2]);
  }
  return out;
}

function replaced(sample: unknown, path: string[], value: unknown): unknown {
  const copy = structuredClone(sample) as Record<string, unknown>;
  let o = copy;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string, unknown>;
  o[path[path.length - 1]] = value;
  return copy;
}

async function auditIds() {
  return new Set((await db.auditLog.findMany({ select: { id: true } })).map((r) => String(r.id)));
}

describe("fuzzing every server action (allowed actor)", () => {
  for (const [key, { file, name, fn }] of actions) {
    const entry = ACTIONS[key];
    if (!entry) continue; // the access matrix fails for an action without an entry
    it(key, async () => {
      await restoreWorld();
      const sample = await entry.sample(w);
      const paths = fieldPaths(sample);
      const input = paths.length
        ? fc.oneof(
            { weight: 1, arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: true, withDate: true }) },
            { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...paths), hostile()).map(([p, v]) => replaced(sample, p, v)) },
          )
        : fc.oneof(hostile(), fc.anything({ maxDepth: 3 }));

      const call = async (value: unknown, locale: "fr" | "en") => {
        setLocale(locale);
        setAction(file, name);
        setActor(entry.as(w), entry.session?.(w));
        calls++;
        return (await fn(value)) as ActionResult<unknown> | undefined;
      };

      await fc.assert(
        fc.asyncProperty(input, async (value) => {
          const [before, audits] = await Promise.all([tableChecksums(), auditIds()]);
          let r: ActionResult<unknown> | undefined;
          try {
            r = await call(value, "fr");
          } catch (e) {
            throw new Error(`${key} threw: ${(e as Error).stack}`);
          }
          if (entry.returnsVoid) {
            await restoreWorld();
            return;
          }
          expect(r, `${key}: an ActionResult`).toBeDefined();
          if (r!.ok) {
            await restoreWorld(); // an accepted input wrote: start the next run from the world again
            return;
          }
          const fr = r!.error;
          expect(fr.code, `${key}: ${JSON.stringify(fr)}`).not.toBe("INTERNAL");
          expect(fr.message.trim().length, `${key}: empty message`).toBeGreaterThan(0);
          expect(fr.message, `${key}: untranslated message`).not.toMatch(I18N_KEY);
          for (const [field, m] of Object.entries(fr.fieldErrors ?? {})) expect(m, `${key}: field ${field} untranslated`).not.toMatch(I18N_KEY);
          const after = await tableChecksums();
          expect(changedTables(before, after, REFUSAL_TABLES), `${key}: a refused input wrote (${JSON.stringify(fr)})`).toEqual([]);
          const added = (await db.auditLog.findMany({ select: { id: true, action: true } })).filter((a) => !audits.has(String(a.id)));
          expect(added.filter((a) => !REFUSAL_AUDITS.test(a.action)), `${key}: audit entries of a refused input`).toEqual([]);
          // The same refusal in English: another sentence (a message left in one language would be equal).
          const en = await call(value, "en");
          expect(en && !en.ok && en.error.code, `${key}: same answer in English`).toBe(fr.code);
          if (en && !en.ok) expect(en.error.message, `${key}: French and English messages`).not.toBe(fr.message);
          expect(changedTables(after, await tableChecksums(), REFUSAL_TABLES), `${key}: the English call wrote`).toEqual([]);
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
      setActor(null);
    }, 120_000);
  }
});
