import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, resetDb } from "./db";
import { createEmployer, ensureReferenceData } from "./factories";
import { createFilledCandidate } from "./candidate-helpers";
import { deleteMyAccount, exportMyData, EXPORT_FORMAT } from "@/lib/server/dal/candidate-account";
import { setConsent } from "@/lib/server/dal/candidate-profile";
import { CONSENT_WORDING_VERSIONS } from "@/lib/domain/candidate/consent";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/server/errors";
import { hitRateLimit } from "@/lib/server/rate-limit";

const bigintSafe = (_k: string, v: unknown) => (typeof v === "bigint" ? String(v) : v);

/** Every row of every table of the public schema, as text (what "anything left in the database" means). */
async function everyRowAsText(): Promise<Record<string, string>> {
  const tables = await db.$queryRaw<{ tablename: string }[]>`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE 'pgboss%'`;
  const out: Record<string, string> = {};
  for (const { tablename } of tables) {
    const rows = await db.$queryRawUnsafe<unknown[]>(`SELECT t::text AS row FROM "${tablename}" t`);
    out[tablename] = JSON.stringify(rows, bigintSafe);
  }
  return out;
}

describe("candidate data rights", () => {
  beforeAll(ensureReferenceData);
  beforeEach(resetDb);

  it("the export holds every field of the account and profile, the consent history, and nobody else's data", async () => {
    const me = await createFilledCandidate();
    const other = await createFilledCandidate({ visible: true });
    await setConsent(me.actor, { purpose: "shared_with_advisors", granted: true, wordingVersion: CONSENT_WORDING_VERSIONS.shared_with_advisors });
    await setConsent(me.actor, { purpose: "shared_with_advisors", granted: false, wordingVersion: CONSENT_WORDING_VERSIONS.shared_with_advisors });

    const data = JSON.parse(JSON.stringify(await exportMyData(me.actor), bigintSafe));
    expect(data.format).toBe(EXPORT_FORMAT);

    // Every column of the profile (but the link to the account, which is the account itself), so that a column added
    // to the schema later is exported without anybody remembering to.
    const profileColumns = Object.values(Prisma.CandidateProfileScalarFieldEnum).filter((c) => c !== "userId");
    expect(Object.keys(data.profile).sort()).toEqual([...profileColumns].sort());
    const accountColumns = Object.values(Prisma.UserScalarFieldEnum).filter((c) => c !== "passwordHash" && c !== "sessionVersion");
    expect(Object.keys(data.account).sort()).toEqual([...accountColumns].sort());
    expect(data.profile).toMatchObject({ firstName: me.firstName, lastName: me.lastName, phone: me.phone, cityOfResidence: me.city, immigrationStatus: "asylum_claimant", frenchOral: 8 });
    expect(data.profile.skillLabels).toContain(me.privateSkill);
    expect(data.occupations).toEqual([{ id: expect.any(String), nocCode: "72106", title: "Soudeuse", years: 6 }]);
    expect(data.consentHistory.map((c: { purpose: string; granted: boolean }) => [c.purpose, c.granted])).toEqual([
      ["shared_with_advisors", true],
      ["shared_with_advisors", false],
    ]);
    expect(data.activity.length).toBeGreaterThan(0);

    const text = JSON.stringify(data);
    for (const theirs of [other.firstName, other.lastName, other.phone, other.city, other.actor.email, other.userId, other.profileId, other.privateSkill]) expect(text).not.toContain(theirs);
    expect(text).not.toContain("passwordHash");
    expect(text).not.toContain("$argon2");
  });

  it("only a candidate can export", async () => {
    const { actor: employer } = await createEmployer();
    await expect(exportMyData(employer)).rejects.toBeInstanceOf(AppError);
  });

  it("deletion leaves no personal information in any table, only an anonymous trace in the audit log", async () => {
    const me = await createFilledCandidate({ visible: true });
    const other = await createFilledCandidate({ visible: true });
    await hitRateLimit(`signin:${me.actor.email}|203.0.113.9`, 10, 900);
    const before = await everyRowAsText();
    // The test data does reach the tables it should (otherwise the check below would prove nothing).
    expect(before.CandidateProfile).toContain(me.lastName);
    expect(before.User).toContain(me.actor.email);
    expect(before.ConsentEvent).toContain(me.userId);
    expect(before.SkillTerm).toContain(me.privateSkill);
    expect(before.RateLimit).toContain(me.actor.email);

    await deleteMyAccount(me.actor);

    const after = await everyRowAsText();
    const mine = [me.firstName, me.lastName, me.phone, me.city, me.actor.email, me.actor.name, me.privateSkill, me.profileId];
    for (const [table, text] of Object.entries(after)) {
      for (const value of mine) expect(text, `${table} still holds ${value}`).not.toContain(value);
      // The account's id survives only in the append-only audit log, where it no longer designates anyone.
      if (table !== "AuditLog") expect(text, `${table} still holds the account id`).not.toContain(me.userId);
    }
    const trace = await db.auditLog.findFirstOrThrow({ where: { action: "candidate.account.delete" } });
    expect(trace).toMatchObject({ actorId: null, subject: null, ip: null });
    // The other candidate is untouched.
    expect(after.CandidateProfile).toContain(other.lastName);
    expect(after.SkillTerm).toContain(other.privateSkill);
  });
});

describe("candidate account deletion: stored files", () => {
  beforeEach(resetDb);

  it("removes the CV files the candidate uploaded, not anyone else's", async () => {
    const { storeCvFile } = await import("@/lib/server/dal/events-applications");
    const { readPdfUpload, getStorage } = await import("@/lib/server/storage");
    const { useTemporaryStorage, pdfBytes, streamOf } = await import("./events-helpers");
    useTemporaryStorage();
    const me = await createFilledCandidate({ visible: true });
    const other = await createFilledCandidate({ visible: true });
    const pdf = await readPdfUpload(streamOf(pdfBytes()));
    const mine = await storeCvFile(me.actor, { ...pdf, fileName: "cv.pdf" });
    const theirs = await storeCvFile(other.actor, { ...pdf, fileName: "cv.pdf" });
    const keyOf = async (id: string) => (await db.eventCvFile.findUniqueOrThrow({ where: { id }, select: { storageKey: true } })).storageKey;
    const [myKey, theirKey] = [await keyOf(mine.id), await keyOf(theirs.id)];
    expect(await getStorage().get(myKey)).not.toBeNull();

    await deleteMyAccount(me.actor);

    expect(await getStorage().get(myKey)).toBeNull();
    expect(await getStorage().get(theirKey)).not.toBeNull();
  });
});
