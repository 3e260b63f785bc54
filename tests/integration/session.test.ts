import { beforeEach, describe, expect, it } from "vitest";
import { db, resetDb } from "./db";
import { createCandidate, createEmployer } from "./factories";
import { resolveSession } from "@/lib/server/auth";
import { createAuthSession, deleteEndedSessions, revokeAuthSession } from "@/lib/server/auth-sessions";
import { signOutEverywhere } from "@/lib/server/dal/users";
import { env } from "@/lib/env";

// Server-side sessions: what a token's claims are worth at a given instant (idle and absolute time-outs, sign-out,
// "sign out everywhere", a token pointing at someone else's session).

const T = new Date("2026-12-01T15:00:00Z");
const plus = (minutes: number) => new Date(T.getTime() + minutes * 60_000);

async function session(userId: string) {
  const sid = await createAuthSession(userId, "192.0.2.1");
  await db.authSession.update({ where: { id: sid }, data: { createdAt: T, lastSeenAt: T } });
  return { userId, sv: 0, sid };
}

describe("sessions", () => {
  beforeEach(resetDb);

  it("uses the defaults the brief sets: 30 minutes idle, 12 hours absolute", () => {
    expect(env().SESSION_IDLE_MINUTES).toBe(30);
    expect(env().SESSION_MAX_AGE_HOURS).toBe(12);
  });

  it("idle time-out: a request within 30 minutes keeps the session alive and moves lastSeenAt; 30 idle minutes end it", async () => {
    const { userId } = await createCandidate();
    const claims = await session(userId);
    expect((await resolveSession(claims, plus(20)))?.user.id).toBe(userId);
    expect((await db.authSession.findUniqueOrThrow({ where: { id: claims.sid } })).lastSeenAt).toEqual(plus(20));
    expect(await resolveSession(claims, plus(49))).not.toBeNull(); // 29 minutes after the last request
    expect(await resolveSession(claims, plus(49 + 30))).toBeNull();
  });

  it("absolute time-out: 12 hours after sign-in, even with a request every few minutes", async () => {
    const { userId } = await createCandidate();
    const claims = await session(userId);
    for (let m = 10; m < 12 * 60; m += 10) expect(await resolveSession(claims, plus(m))).not.toBeNull();
    expect(await resolveSession(claims, plus(12 * 60))).toBeNull();
  });

  it("sign-out revokes the session on the server: the same token is worthless afterwards", async () => {
    const { userId } = await createCandidate();
    const claims = await session(userId);
    await revokeAuthSession(claims.sid);
    expect(await resolveSession(claims, plus(1))).toBeNull();
  });

  it("sign out everywhere ends every session of the person", async () => {
    const { userId, actor } = await createCandidate();
    const a = await session(userId);
    const b = await session(userId);
    await signOutEverywhere(actor);
    expect(await resolveSession(a, plus(1))).toBeNull();
    expect(await resolveSession(b, plus(1))).toBeNull();
  });

  it("a token naming another user's session, a missing session id or version gets nothing", async () => {
    const one = await createCandidate();
    const two = await createCandidate();
    const s = await session(one.userId);
    expect(await resolveSession({ ...s, userId: two.userId }, plus(1))).toBeNull();
    expect(await resolveSession({ ...s, sid: null }, plus(1))).toBeNull();
    expect(await resolveSession({ ...s, sv: null }, plus(1))).toBeNull();
    expect(await resolveSession({ ...s, sid: "no-such-session" }, plus(1))).toBeNull();
  });

  it("an employer's password-only session waits for its second factor for 10 minutes at most", async () => {
    const { userId } = await createEmployer();
    const claims = await session(userId);
    expect((await resolveSession(claims, plus(5)))?.status).toBe("needs-mfa");
    expect(await resolveSession(claims, plus(10))).toBeNull();
  });

  it("ended sessions are deleted by the daily clean-up, live ones kept", async () => {
    const { userId } = await createCandidate();
    const old = await session(userId);
    await db.authSession.update({ where: { id: old.sid }, data: { createdAt: new Date(Date.now() - 40 * 3_600_000) } });
    const live = await createAuthSession(userId, null);
    expect(await deleteEndedSessions(12)).toBe(1);
    expect(await db.authSession.findMany({ select: { id: true } })).toEqual([{ id: live }]);
  });
});
