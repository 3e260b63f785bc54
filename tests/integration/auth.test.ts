import { beforeEach, describe, expect, it } from "vitest";
import { db, resetDb } from "./db";
import { registerCandidate, registerEmployer, signOutEverywhere } from "@/lib/server/dal/users";
import { resolveSessionUser, type SessionUser } from "@/lib/server/auth";
import { authenticate } from "@/lib/server/services/authentication";
import { getMyOrganisation } from "@/lib/server/dal/employers";
import { AppError } from "@/lib/server/errors";

const PASSWORD = "Un-cheval-bleu-2026";

async function actorFor(userId: string): Promise<SessionUser> {
  const u = await db.user.findUniqueOrThrow({ where: { id: userId } });
  return (await resolveSessionUser(u.id, u.sessionVersion))!;
}

describe("accounts", () => {
  beforeEach(resetDb);

  it("registration stores an argon2id hash and never the password", async () => {
    const { userId } = await registerCandidate({ name: "Amina Diallo", email: "amina@example.org", password: PASSWORD, locale: "fr" });
    const row = await db.user.findUniqueOrThrow({ where: { id: userId }, omit: { passwordHash: false } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.passwordHash).not.toContain(PASSWORD);
    const everything = JSON.stringify(await db.$queryRawUnsafe(`SELECT * FROM "User"`)) + JSON.stringify(await db.auditLog.findMany(), (_k, v) => (typeof v === "bigint" ? String(v) : v));
    expect(everything).not.toContain(PASSWORD);
    expect(await db.candidateProfile.count({ where: { userId } })).toBe(1);
  });

  it("the global omit keeps the hash out of ordinary queries", async () => {
    await registerCandidate({ name: "A", email: "a@example.org", password: PASSWORD, locale: "fr" });
    const u = await db.user.findFirstOrThrow();
    expect("passwordHash" in u).toBe(false);
  });

  it("a second registration with the same e-mail creates nothing and says why", async () => {
    await registerCandidate({ name: "A", email: "same@example.org", password: PASSWORD, locale: "fr" });
    await expect(registerCandidate({ name: "B", email: "same@example.org", password: PASSWORD, locale: "en" })).rejects.toMatchObject({ code: "CONFLICT", messageKey: "auth.errors.emailTaken" });
    expect(await db.user.count()).toBe(1);
  });

  it("an employer registration creates the organisation pending verification, owned by the user", async () => {
    const { userId, employerId } = await registerEmployer({ name: "Luc", email: "luc@scierie.ca", password: PASSWORD, locale: "fr", organisationName: "Scierie du Nord", neq: "1171234567" });
    const org = await getMyOrganisation(await actorFor(userId));
    expect(org).toMatchObject({ id: employerId, legalName: "Scierie du Nord", verificationStatus: "PENDING", memberRole: "OWNER" });
  });

  it("unknown e-mail and wrong password get the same answer; the right one signs in", async () => {
    await registerCandidate({ name: "A", email: "a@example.org", password: PASSWORD, locale: "fr" });
    expect(await authenticate("nobody@example.org", PASSWORD, "127.0.0.1")).toBeNull();
    expect(await authenticate("a@example.org", "wrong-password-123", "127.0.0.1")).toBeNull();
    expect(await authenticate("A@Example.org ", PASSWORD, "127.0.0.1")).toMatchObject({ email: "a@example.org", role: "CANDIDATE" });
    const actions = (await db.auditLog.findMany({ orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions.filter((a) => a === "auth.sign_in_failed")).toHaveLength(2);
  });

  it("a candidate cannot call an employer-only data function", async () => {
    const { userId } = await registerCandidate({ name: "A", email: "a@example.org", password: PASSWORD, locale: "fr" });
    const err = await getMyOrganisation(await actorFor(userId)).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe("FORBIDDEN");
  });

  it("sign out everywhere invalidates a session issued before", async () => {
    const { userId } = await registerCandidate({ name: "A", email: "a@example.org", password: PASSWORD, locale: "fr" });
    const signedIn = await authenticate("a@example.org", PASSWORD, null);
    const oldTokenVersion = signedIn!.sessionVersion;
    const actor = await resolveSessionUser(userId, oldTokenVersion);
    expect(actor?.id).toBe(userId);
    await signOutEverywhere(actor!);
    expect(await resolveSessionUser(userId, oldTokenVersion)).toBeNull();
    const again = await authenticate("a@example.org", PASSWORD, null);
    expect(await resolveSessionUser(userId, again!.sessionVersion)).not.toBeNull();
  });
});

describe("sign-in throttling", () => {
  beforeEach(resetDb);

  it("throttles an account from one address without locking it out from another", async () => {
    const { SIGN_IN_LIMITS } = await import("@/lib/server/services/authentication");
    await registerCandidate({ name: "A", email: "a@example.org", password: PASSWORD, locale: "fr" });
    for (let i = 0; i < SIGN_IN_LIMITS.perAccountAndAddress; i++) expect(await authenticate("a@example.org", "wrong-password-123", "203.0.113.9")).toBeNull();
    // Even the right password is refused from the attacking address now...
    await expect(authenticate("a@example.org", PASSWORD, "203.0.113.9")).rejects.toMatchObject({ code: "RATE_LIMITED" });
    // ...but the real person, elsewhere, signs in.
    expect(await authenticate("a@example.org", PASSWORD, "198.51.100.7")).toMatchObject({ email: "a@example.org" });
  });
});
