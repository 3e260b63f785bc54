import { beforeEach, describe, expect, it } from "vitest";
import { db, resetDb } from "./db";
import { actorFor, createEmployer, createUser, PASSWORD } from "./factories";
import { acceptInvitation, changeMemberRole, getInvitationByToken, inviteMember, listTeam, removeMember, revokeInvitation } from "@/lib/server/dal/team";
import { getMyOrganisation } from "@/lib/server/dal/employers";

async function addRecruiter(owner: Awaited<ReturnType<typeof createEmployer>>, email = `r-${Math.random().toString(36).slice(2)}@scierie.ca`) {
  const inv = await inviteMember(owner.actor, { email, role: "RECRUITER" });
  const { userId } = await acceptInvitation({ token: inv.token, name: "Recrue", password: PASSWORD, locale: "fr" });
  return { userId, actor: await actorFor(userId) };
}

describe("team", () => {
  beforeEach(resetDb);

  it("an invitation is a single-use, 7-day token stored only as a hash; accepting creates the member", async () => {
    const owner = await createEmployer();
    const now = new Date();
    const inv = await inviteMember(owner.actor, { email: "nadia@scierie.ca", role: "RECRUITER" }, now);
    expect(inv.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await db.employerInvitation.findUniqueOrThrow({ where: { id: inv.id } });
    expect(row.tokenHash).not.toContain(inv.token);
    expect(row.expiresAt.getTime() - now.getTime()).toBe(7 * 86_400_000);
    expect(await getInvitationByToken(inv.token)).toMatchObject({ email: "nadia@scierie.ca", state: "valid" });

    const accepted = await acceptInvitation({ token: inv.token, name: "Nadia", password: PASSWORD, locale: "fr" });
    const nadia = await actorFor(accepted.userId);
    expect(await getMyOrganisation(nadia)).toMatchObject({ id: owner.employerId, memberRole: "RECRUITER" });
    // Used once: a second use is refused and creates nothing.
    await expect(acceptInvitation({ token: inv.token, name: "Autre", password: PASSWORD, locale: "fr" })).rejects.toMatchObject({ messageKey: "employer.errors.invitationInvalid" });
    expect(await getInvitationByToken(inv.token)).toMatchObject({ state: "used" });
    expect(await db.user.count({ where: { email: "nadia@scierie.ca" } })).toBe(1);
  });

  it("an expired or revoked invitation cannot be used", async () => {
    const owner = await createEmployer();
    const old = await inviteMember(owner.actor, { email: "old@scierie.ca", role: "RECRUITER" }, new Date(Date.now() - 8 * 86_400_000));
    await expect(acceptInvitation({ token: old.token, name: "A", password: PASSWORD, locale: "fr" })).rejects.toMatchObject({ code: "INVALID" });
    const inv = await inviteMember(owner.actor, { email: "rev@scierie.ca", role: "RECRUITER" });
    await revokeInvitation(owner.actor, inv.id);
    await expect(acceptInvitation({ token: inv.token, name: "A", password: PASSWORD, locale: "fr" })).rejects.toMatchObject({ code: "INVALID" });
    expect(await db.user.count({ where: { email: { in: ["old@scierie.ca", "rev@scierie.ca"] } } })).toBe(0);
  });

  it("a recruiter cannot invite, change roles or remove members", async () => {
    const owner = await createEmployer();
    const rec = await addRecruiter(owner);
    await expect(inviteMember(rec.actor, { email: "x@y.ca", role: "OWNER" })).rejects.toMatchObject({ code: "FORBIDDEN", messageKey: "employer.errors.ownerOnly" });
    await expect(changeMemberRole(rec.actor, rec.userId, "OWNER")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(removeMember(rec.actor, owner.userId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    // ...but sees the team (without the pending invitations).
    const team = await listTeam(rec.actor);
    expect(team.members).toHaveLength(2);
    expect(team.invitations).toEqual([]);
  });

  it("the organisation always keeps an owner", async () => {
    const owner = await createEmployer();
    await expect(changeMemberRole(owner.actor, owner.userId, "RECRUITER")).rejects.toMatchObject({ messageKey: "employer.errors.lastOwner" });
    await expect(removeMember(owner.actor, owner.userId)).rejects.toMatchObject({ messageKey: "employer.errors.lastOwner" });
    const rec = await addRecruiter(owner);
    await changeMemberRole(owner.actor, rec.userId, "OWNER");
    await changeMemberRole(owner.actor, owner.userId, "RECRUITER");
    expect((await listTeam(rec.actor)).members.find((m) => m.userId === owner.userId)?.role).toBe("RECRUITER");
  });

  it("a removed member loses access at once (sessions revoked)", async () => {
    const owner = await createEmployer();
    const rec = await addRecruiter(owner);
    const before = await db.user.findUniqueOrThrow({ where: { id: rec.userId }, select: { sessionVersion: true } });
    await removeMember(owner.actor, rec.userId);
    const after = await db.user.findUniqueOrThrow({ where: { id: rec.userId }, select: { sessionVersion: true } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    await expect(getMyOrganisation(rec.actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("addresses with an account, or already members, cannot be invited", async () => {
    const owner = await createEmployer();
    await createUser("CANDIDATE", { email: "cand@example.org" });
    await expect(inviteMember(owner.actor, { email: "cand@example.org", role: "RECRUITER" })).rejects.toMatchObject({ code: "CONFLICT", messageKey: "employer.errors.emailHasAccount" });
    const rec = await addRecruiter(owner, "member@scierie.ca");
    void rec;
    await expect(inviteMember(owner.actor, { email: "member@scierie.ca", role: "RECRUITER" })).rejects.toMatchObject({ messageKey: "employer.errors.alreadyMember" });
  });

  it("employer A's owner can neither see nor change employer B's members or invitations", async () => {
    const a = await createEmployer();
    const b = await createEmployer();
    const bRec = await addRecruiter(b);
    const bInv = await inviteMember(b.actor, { email: "pending@b.ca", role: "RECRUITER" });
    const teamA = await listTeam(a.actor);
    expect(teamA.members.map((m) => m.userId)).toEqual([a.userId]);
    expect(teamA.invitations).toEqual([]);
    await expect(changeMemberRole(a.actor, bRec.userId, "OWNER")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(removeMember(a.actor, bRec.userId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(revokeInvitation(a.actor, bInv.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.employerMember.count({ where: { employerId: b.employerId } })).toBe(2);
    expect((await db.employerInvitation.findUniqueOrThrow({ where: { id: bInv.id } })).revokedAt).toBeNull();
  });
});
