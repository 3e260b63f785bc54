import "server-only";
import { db } from "@/lib/server/db";
import { normalizeText } from "@/lib/domain/text";
import { suggestSkillLabels, type SkillSuggestion } from "@/lib/domain/skill-suggestions";
import type { Locale } from "@/lib/i18n/config";

// Skill suggestions and the SkillTerm table (labels in use on the platform, with how many profiles or vacancies use
// each). Suggestions are public reference data: no actor.

/**
 * A label typed by one person is shown to others only once a second profile or vacancy uses it: a free-text "skill"
 * may hold something personal, and one person's spelling is not yet a shared one.
 */
export const MIN_USES_TO_SUGGEST = 2;

type Tx = Pick<typeof db, "$executeRaw">;

/** Suggestions for a typed text: vocabulary, OaSIS descriptors and labels in use, one per skill, best first. */
export async function suggestSkills(text: string, opts: { locale: Locale; limit?: number }): Promise<SkillSuggestion[]> {
  const limit = Math.min(Math.max(opts.limit ?? 10, 1), 50);
  const words = normalizeText(text.slice(0, 100)).split(" ").filter(Boolean);
  if (words.length === 0) return [];
  // SkillTerm keys are normalised labels (lib/domain/text.ts labelKey) or vocabulary keys: the longest typed word is
  // a cheap first filter; the ranking checks every word against the label.
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  const terms = await db.skillTerm.findMany({
    where: { usageCount: { gte: MIN_USES_TO_SUGGEST }, key: { contains: longest.slice(0, 12) } },
    select: { key: true, label: true, usageCount: true },
    orderBy: { usageCount: "desc" },
    take: 200,
  });
  return suggestSkillLabels(text, opts.locale, terms, limit);
}

/**
 * Keeps SkillTerm counts in step with a change of a profile's (or vacancy's) skills, inside the caller's
 * transaction: +1 for each key added (the row is created with the label as first written), -1 for each key removed.
 * Rows that nobody uses any more are deleted (a free-text label is kept no longer than it is used).
 */
export async function recordSkillUsage(tx: Tx, change: { added: readonly { key: string; label: string }[]; removed: readonly string[] }) {
  for (const { key, label } of change.added) {
    await tx.$executeRaw`
      INSERT INTO "SkillTerm" ("key", "label", "usageCount") VALUES (${key}, ${label}, 1)
      ON CONFLICT ("key") DO UPDATE SET "usageCount" = "SkillTerm"."usageCount" + 1`;
  }
  if (change.removed.length > 0) {
    const removed = [...change.removed];
    await tx.$executeRaw`UPDATE "SkillTerm" SET "usageCount" = "usageCount" - 1 WHERE "key" = ANY(${removed}::text[])`;
    await tx.$executeRaw`DELETE FROM "SkillTerm" WHERE "key" = ANY(${removed}::text[]) AND "usageCount" <= 0`;
  }
}
