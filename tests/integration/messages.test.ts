import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, resetDb } from "./db";
import { ensureReferenceData } from "./factories";
import { createFilledCandidate } from "./candidate-helpers";
import { acceptedInvitation, createRecruiter, invite, publishedVacancy } from "./recruiting-helpers";
import { countMyUnreadMessages, getThread, listMyThreads, sendMessage } from "@/lib/server/dal/messages";
import { revokeDisclosure } from "@/lib/server/dal/invitations";
import { ZSendMessage } from "@/lib/schemas/recruiting";

const ip = { ip: "192.0.2.44" };

describe("messages", () => {
  beforeAll(ensureReferenceData);
  beforeEach(resetDb);

  it("a thread per accepted invitation, with unread counts on each side", async () => {
    const { employer, candidate, threadId } = await acceptedInvitation();
    await sendMessage(employer.actor, { threadId, body: "Bonjour ! Seriez-vous disponible mardi pour un appel ?" }, ip);
    await sendMessage(employer.actor, { threadId, body: "Nous pouvons aussi parler de logement." }, ip);
    expect(await countMyUnreadMessages(candidate.actor)).toBe(2);
    expect(await countMyUnreadMessages(employer.actor)).toBe(0);
    const [summary] = await listMyThreads(candidate.actor);
    expect(summary).toMatchObject({ id: threadId, unread: 2, open: true });

    const view = await getThread(candidate.actor, threadId);
    expect(view.messages.map((m) => m.mine)).toEqual([false, false]);
    expect(view.person).toBeNull(); // the candidate's own contact is not echoed to them
    expect(await countMyUnreadMessages(candidate.actor)).toBe(0);

    await sendMessage(candidate.actor, { threadId, body: "Yes, Tuesday works for me." }, ip);
    expect(await countMyUnreadMessages(employer.actor)).toBe(1);
    const employerView = await getThread(employer.actor, threadId);
    expect(employerView.person).toMatchObject({ firstName: candidate.firstName, lastName: candidate.lastName });
    expect(employerView.messages).toHaveLength(3);
    expect(employerView.messages[0]!.readByOther).toBe(true);
  });

  it("no thread exists before acceptance: nothing to write to, nothing leaks", async () => {
    const { actor } = await createRecruiter();
    const vacancy = await publishedVacancy(actor);
    const c = await createFilledCandidate({ visible: true });
    await invite(actor, vacancy.id, c.profileId);
    expect(await listMyThreads(actor)).toEqual([]);
    expect(await listMyThreads(c.actor)).toEqual([]);
    expect(await db.messageThread.count()).toBe(0);
  });

  it("employer B sees nothing of employer A's threads; another candidate neither", async () => {
    const { threadId } = await acceptedInvitation();
    const b = await createRecruiter();
    expect(await listMyThreads(b.actor)).toEqual([]);
    await expect(getThread(b.actor, threadId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(sendMessage(b.actor, { threadId, body: "Intrusion" }, ip)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const stranger = await createFilledCandidate({ visible: true });
    await expect(getThread(stranger.actor, threadId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.message.count()).toBe(0);
  });

  it("refuses a message over 5,000 characters (schema), and writing after the candidate withdrew their consent", async () => {
    expect(ZSendMessage.safeParse({ threadId: "t", body: "é".repeat(5001) }).error?.issues[0]?.message).toBe("recruiting.errors.messageTooLong");
    expect(ZSendMessage.safeParse({ threadId: "t", body: "   " }).error?.issues[0]?.message).toBe("recruiting.errors.messageEmpty");
    expect(ZSendMessage.safeParse({ threadId: "t", body: "é".repeat(5000) }).success).toBe(true);
    const { employer, candidate, threadId } = await acceptedInvitation();
    await revokeDisclosure(candidate.actor, employer.employerId);
    await expect(sendMessage(employer.actor, { threadId, body: "Toujours là ?" }, ip)).rejects.toMatchObject({ code: "FORBIDDEN", messageKey: "recruiting.errors.threadClosed" });
    const view = await getThread(employer.actor, threadId);
    expect(view).toMatchObject({ open: false, person: null });
    expect(await db.message.count()).toBe(0);
  });

  it("never writes the text of a message to the audit log", async () => {
    const { employer, threadId } = await acceptedInvitation();
    await sendMessage(employer.actor, { threadId, body: "Texte confidentiel 8842" }, ip);
    const rows = await db.auditLog.findMany({ where: { action: "message.send" } });
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows[0]!.details)).not.toContain("8842");
  });
});
