// Builders for integration tests: real rows through the real data functions where they exist.
import { db } from "./db";
import { resolveSessionUser, type SessionUser } from "@/lib/server/auth";
import type { Role } from "@/lib/generated/prisma/enums";

let seq = 0;
const next = () => `${Date.now().toString(36)}${(seq++).toString(36)}`;
// One argon2id hash of PASSWORD computed once (hashing per user would slow every test).
export const PASSWORD = "Un-cheval-bleu-2026";
let hashPromise: Promise<string> | undefined;
async function passwordHash() {
  const { hashPassword } = await import("@/lib/security/password");
  return (hashPassword && (hashPromise ??= hashPassword(PASSWORD)));
}

/** Loads the reference data (regions, municipalities, NOC, OaSIS) into the test database once; later calls are no-ops. */
export async function ensureReferenceData() {
  if ((await db.municipality.count()) > 1000) return;
  const { seedReferenceData } = await import("@/prisma/seed/reference");
  await seedReferenceData(db, process.env.REFERENCE_DATA_DIR ?? "../shared/data");
}

/** The actor a request by this user would carry (as getSession() builds it). */
export async function actorFor(userId: string): Promise<SessionUser> {
  const u = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, sessionVersion: true } });
  return (await resolveSessionUser(u.id, u.sessionVersion))!;
}

export async function createUser(role: Role, over: { email?: string; name?: string; locale?: string } = {}) {
  const id = next();
  const u = await db.user.create({
    data: { email: over.email ?? `${role.toLowerCase()}-${id}@test.passerelle.ca`, name: over.name ?? `${role} ${id}`, role, locale: over.locale ?? "fr", passwordHash: await passwordHash() },
    select: { id: true },
  });
  return { userId: u.id, actor: await actorFor(u.id) };
}

export async function createCandidate(over: { email?: string; locale?: string } = {}) {
  const { userId, actor } = await createUser("CANDIDATE", over);
  const profile = await db.candidateProfile.create({ data: { userId }, select: { id: true } });
  return { userId, actor, profileId: profile.id };
}

/** An employer organisation with its owner; VERIFIED unless told otherwise. municipalityCode must exist (ensureReferenceData). */
export async function createEmployer(over: { verified?: boolean; municipalityCode?: string; legalName?: string } = {}) {
  const { userId, actor } = await createUser("EMPLOYER");
  const employer = await db.employer.create({
    data: {
      legalName: over.legalName ?? `Entreprise ${next()}`,
      neq: String(1_100_000_000 + Math.floor(Math.random() * 899_999_999)),
      verificationStatus: over.verified === false ? "PENDING" : "VERIFIED",
      verifiedAt: over.verified === false ? null : new Date(),
      municipalityCode: over.municipalityCode ?? null,
      members: { create: { userId, role: "OWNER" } },
    },
    select: { id: true },
  });
  return { userId, actor, employerId: employer.id };
}

export async function createAdvisor(regionCodes: string[] = ["04"]) {
  const { userId, actor } = await createUser("ADVISOR");
  await db.advisorRegion.createMany({ data: regionCodes.map((regionCode) => ({ userId, regionCode })) });
  return { userId, actor };
}
