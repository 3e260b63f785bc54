import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, resetDb } from "./db";
import { createAdvisor, createEmployer, createUser, ensureReferenceData } from "./factories";
import { createFilledCandidate } from "./candidate-helpers";
import { acceptedInvitation, createRecruiter, INVITATION_TEXT, invite, publishedVacancy } from "./recruiting-helpers";
import { startSmtpCapture, type SmtpCapture } from "@/tests/fixtures/smtp-capture";
import { setMailTransport, smtpTransport, deliverMail, type MailTransport } from "@/lib/server/services/mailer";
import { getBoss, QUEUES, stopBoss, work } from "@/lib/server/jobs/boss";
import { respondToInvitation } from "@/lib/server/dal/invitations";
import { decideVerification } from "@/lib/server/dal/verification";
import { getThread, sendMessage } from "@/lib/server/dal/messages";
import { notifyAdvisorsOfNewHandOvers } from "@/lib/server/services/handover-notices";
import { advisors, hiredCandidate } from "./integration-helpers";
import { checkResetToken, requestPasswordReset, resetPassword } from "@/lib/server/dal/password-reset";
import { authenticate } from "@/lib/server/services/authentication";

// E-mail through the real path: the data layer queues the message (pg-boss), the worker sends it with nodemailer
// over SMTP to a local capture server, and the test reads what arrived.

let capture: SmtpCapture;
let previous: MailTransport;

describe("e-mail", () => {
  beforeAll(async () => {
    await ensureReferenceData();
    capture = await startSmtpCapture();
    previous = setMailTransport(smtpTransport(capture.url));
    // E-mails queued by other test files of this database (no worker ran there) are not this file's business.
    await (await getBoss()).purgeQueue(QUEUES.emailSend);
    await work(QUEUES.emailSend, (mail: Parameters<typeof deliverMail>[0]) => deliverMail(mail));
  });
  afterAll(async () => {
    setMailTransport(previous);
    await stopBoss();
    await capture.stop();
  });
  beforeEach(async () => {
    await resetDb();
    capture.clear();
  });

  it("the invitation e-mail arrives in the candidate's language (English), with the employer's message and a link", async () => {
    const { actor } = await createRecruiter({ legalName: "Scierie Boréale" });
    const vacancy = await publishedVacancy(actor, { title: "Soudeur ou soudeuse" });
    const c = await createFilledCandidate({ visible: true });
    await db.user.update({ where: { id: c.userId }, data: { locale: "en" } });
    const user = await db.user.findUniqueOrThrow({ where: { id: c.userId } });
    const inv = await invite(actor, vacancy.id, c.profileId);
    const mail = await capture.waitFor((m) => m.to.includes(user.email), 15_000);
    expect(mail.subject).toBe("Scierie Boréale invites you to apply");
    expect(mail.text).toContain('invites you to apply for the position "Soudeur ou soudeuse" (Saguenay, Saguenay–Lac-Saint-Jean)');
    expect(mail.text).toContain(INVITATION_TEXT);
    expect(mail.text).toContain(`/candidat/invitations/${inv.id}`);
    expect(mail.html).toContain('lang="en"');
    // Nothing about the candidate themself in it.
    expect(mail.text).not.toContain(c.lastName);
  });

  it("a French-speaking candidate gets it in French; the inviter is told of the acceptance in theirs", async () => {
    const { actor, userId } = await createRecruiter({ legalName: "Scierie Boréale" });
    const vacancy = await publishedVacancy(actor);
    const c = await createFilledCandidate({ visible: true });
    const candidateEmail = (await db.user.findUniqueOrThrow({ where: { id: c.userId } })).email;
    const inv = await invite(actor, vacancy.id, c.profileId);
    const mail = await capture.waitFor((m) => m.to.includes(candidateEmail), 15_000);
    expect(mail.subject).toBe("Scierie Boréale vous invite à postuler");
    await respondToInvitation(c.actor, { invitationId: inv.id, answer: "accept" });
    const employerEmail = (await db.user.findUniqueOrThrow({ where: { id: userId } })).email;
    const accepted = await capture.waitFor((m) => m.to.includes(employerEmail), 15_000);
    expect(accepted.subject).toContain("Invitation acceptée");
    // The acceptance e-mail does not carry the person's identity (it is in the portal).
    expect(accepted.text).not.toContain(c.lastName);
    expect(accepted.text).not.toContain(candidateEmail);
  });

  it("each member of an organisation is told of the verification decision in their language, a rejection with its reason", async () => {
    const advisor = (await createAdvisor()).actor;
    const pending = await createEmployer({ verified: false, legalName: "Fromagerie du Fjord" });
    const recruiter = await createUser("EMPLOYER");
    await db.employerMember.create({ data: { employerId: pending.employerId, userId: recruiter.userId, role: "RECRUITER" } });
    await db.user.update({ where: { id: recruiter.userId }, data: { locale: "en" } });
    const [ownerEmail, recruiterEmail] = await Promise.all([pending.userId, recruiter.userId].map(async (id) => (await db.user.findUniqueOrThrow({ where: { id } })).email));
    const version = (await db.employer.findUniqueOrThrow({ where: { id: pending.employerId } })).version;
    await decideVerification(advisor, { employerId: pending.employerId, version, decision: "reject", reason: "Le NEQ ne correspond pas au nom légal." });

    const fr = await capture.waitFor((m) => m.to.includes(ownerEmail), 15_000);
    expect(fr.subject).toBe("La vérification de Fromagerie du Fjord n'a pas été acceptée");
    expect(fr.text).toContain("> Le NEQ ne correspond pas au nom légal.");
    expect(fr.text).toContain("/employeur");
    const en = await capture.waitFor((m) => m.to.includes(recruiterEmail), 15_000);
    expect(en.subject).toBe("The verification of Fromagerie du Fjord was not accepted");
    expect(en.html).toContain('lang="en"');

    // A second decision on the same version is refused, and tells nobody.
    const before = capture.messages.length;
    await expect(decideVerification(advisor, { employerId: pending.employerId, version, decision: "verify", reason: null })).rejects.toMatchObject({ code: "CONFLICT" });
    await new Promise((r) => setTimeout(r, 1500));
    expect(capture.messages.length).toBe(before);
  });

  it("a verified organisation's members are told they can now publish and search", async () => {
    const advisor = (await createAdvisor()).actor;
    const pending = await createEmployer({ verified: false, legalName: "Scierie Boréale" });
    const ownerEmail = (await db.user.findUniqueOrThrow({ where: { id: pending.userId } })).email;
    const version = (await db.employer.findUniqueOrThrow({ where: { id: pending.employerId } })).version;
    await decideVerification(advisor, { employerId: pending.employerId, version, decision: "verify", reason: null });
    const mail = await capture.waitFor((m) => m.to.includes(ownerEmail), 15_000);
    expect(mail.subject).toBe("Scierie Boréale est vérifiée sur Passerelle Régions");
    expect(mail.text).toContain("paraissent maintenant sur le tableau public");
  });

  it("a waiting message is e-mailed to the other side once, without its text, until they open the conversation", async () => {
    const { employer, vacancy, candidate, threadId } = await acceptedInvitation();
    const [candidateEmail, inviterEmail] = await Promise.all([candidate.userId, employer.userId].map(async (id) => (await db.user.findUniqueOrThrow({ where: { id } })).email));
    const notices = (to: string) => capture.messages.filter((m) => m.to.includes(to) && /^(Nouveau message|New message)/.test(m.subject));
    const settle = () => new Promise((r) => setTimeout(r, 1500));
    const ip = { ip: null };

    const first = await sendMessage(employer.actor, { threadId, body: "Seriez-vous disponible mardi pour un appel ?", clientId: "5d1f6a1e-0c1b-4e43-9a3e-1f3a5b7c9d01" }, ip);
    const replay = await sendMessage(employer.actor, { threadId, body: "Seriez-vous disponible mardi pour un appel ?", clientId: "5d1f6a1e-0c1b-4e43-9a3e-1f3a5b7c9d01" }, ip);
    expect(replay.id).toBe(first.id);
    await sendMessage(employer.actor, { threadId, body: "Nous pouvons aussi parler de logement." }, ip); // still unread: no second e-mail
    const mail = await capture.waitFor((m) => m.to.includes(candidateEmail) && m.subject.startsWith("Nouveau message"), 15_000);
    const { title } = await db.jobPosting.findUniqueOrThrow({ where: { id: vacancy.id }, select: { title: true } });
    expect(mail.subject).toBe(`Nouveau message\u00a0: ${title}`);
    expect(mail.text).toContain(`/candidat/messages/${threadId}`);
    expect(mail.text).not.toContain("mardi");
    await settle();
    expect(notices(candidateEmail)).toHaveLength(1);

    // Once the candidate has opened the conversation, the next message is e-mailed again.
    await getThread(candidate.actor, threadId);
    await sendMessage(employer.actor, { threadId, body: "Et mercredi ?" }, ip);
    await capture.waitFor(() => notices(candidateEmail).length === 2, 15_000);

    // The candidate's answer reaches the member who invited, without the person's name.
    await sendMessage(candidate.actor, { threadId, body: "Mardi me convient." }, ip);
    const back = await capture.waitFor((m) => m.to.includes(inviterEmail) && m.subject.startsWith("Nouveau message"), 15_000);
    expect(back.text).toContain(`/employeur/messages/${threadId}`);
    expect(back.text).toContain("La personne que vous avez invitée");
    expect(back.text).not.toContain(candidate.lastName);
  });

  it("the advisors of the hire's region are e-mailed about the new hand-over once, with nothing about the person", async () => {
    const { coteNord, mauricie } = await advisors();
    await db.user.update({ where: { id: coteNord.userId }, data: { locale: "en" } });
    const [coteNordEmail, mauricieEmail] = await Promise.all([coteNord.userId, mauricie.userId].map(async (id) => (await db.user.findUniqueOrThrow({ where: { id } })).email));
    const { handOver, candidate } = await hiredCandidate(); // a job in Baie-Comeau (Côte-Nord)
    expect(handOver).toMatchObject({ regionCode: "09", advisorsNotifiedAt: null });

    expect(await notifyAdvisorsOfNewHandOvers()).toEqual({ handOvers: 1, emails: 1 });
    const mail = await capture.waitFor((m) => m.to.includes(coteNordEmail), 15_000);
    expect(mail.subject).toBe("A new person to accompany: Côte-Nord");
    expect(mail.text).toContain(`/conseiller/accompagnement/${handOver!.id}`);
    expect(mail.text).toContain("The first meeting is due by");
    for (const personal of [candidate.firstName, candidate.lastName, candidate.phone]) expect(mail.text).not.toContain(personal);
    expect(await db.handOver.findUniqueOrThrow({ where: { id: handOver!.id } })).toMatchObject({ advisorsNotifiedAt: expect.any(Date) });

    // The next scan finds nothing; Mauricie's advisor was never told.
    expect(await notifyAdvisorsOfNewHandOvers()).toEqual({ handOvers: 0, emails: 0 });
    await new Promise((r) => setTimeout(r, 1500));
    expect(capture.messages.filter((m) => m.to.includes(coteNordEmail))).toHaveLength(1);
    expect(capture.messages.filter((m) => m.to.includes(mauricieEmail))).toHaveLength(0);
  });

  it("two scans at once claim each hand-over once", async () => {
    await advisors();
    await hiredCandidate();
    await hiredCandidate();
    const [a, b] = await Promise.all([notifyAdvisorsOfNewHandOvers(), notifyAdvisorsOfNewHandOvers()]);
    expect(a.handOvers + b.handOvers).toBe(2);
    expect(a.emails + b.emails).toBe(2);
    // Both arrive (and nothing is left in the queue for the next test to receive).
    const notices = () => capture.messages.filter((m) => /^(Nouvelle personne|A new person)/.test(m.subject)).length;
    await capture.waitFor(() => notices() === 2, 15_000);
    await new Promise((r) => setTimeout(r, 1000));
    expect(notices()).toBe(2);
  });

  it("password reset: a single-use link valid 30 minutes, sent at once", async () => {
    const c = await createFilledCandidate();
    const email = (await db.user.findUniqueOrThrow({ where: { id: c.userId } })).email;
    const { token } = await requestPasswordReset({ email }, { ip: "192.0.2.1" });
    const mail = await capture.waitFor((m) => m.to.includes(email));
    expect(mail.subject).toBe("Réinitialisation de votre mot de passe");
    expect(mail.text).toContain(`/reinitialiser?jeton=${token}`);
    expect(mail.text).toContain("30 minutes");
    // Only the hash is stored.
    expect(JSON.stringify(await db.passwordResetToken.findMany())).not.toContain(token!);
    expect(await checkResetToken(token!)).toBe("valid");

    await resetPassword({ token: token!, password: "Nouveau-Depart-Rimouski-2027" }, { ip: null });
    expect(await authenticate(email, "Nouveau-Depart-Rimouski-2027", null)).toMatchObject({ id: c.userId });
    // Used twice: refused, nothing changes.
    await expect(resetPassword({ token: token!, password: "Encore-Autre-Chose-2027!" }, { ip: null })).rejects.toMatchObject({ code: "INVALID", messageKey: "recruiting.reset.errors.invalid" });
    expect(await authenticate(email, "Encore-Autre-Chose-2027!", null)).toBeNull();
  });

  it("password reset: an expired link is refused; an unknown address gets no e-mail and the same answer", async () => {
    const c = await createFilledCandidate();
    const email = (await db.user.findUniqueOrThrow({ where: { id: c.userId } })).email;
    const t0 = new Date();
    const { token } = await requestPasswordReset({ email }, { ip: null, now: t0 });
    const later = new Date(t0.getTime() + 31 * 60_000);
    expect(await checkResetToken(token!, later)).toBe("invalid");
    await expect(resetPassword({ token: token!, password: "Nouveau-Depart-Rimouski-2027" }, { ip: null, now: later })).rejects.toMatchObject({ messageKey: "recruiting.reset.errors.expired" });
    const before = capture.messages.length;
    expect(await requestPasswordReset({ email: "personne@example.org" }, { ip: null })).toEqual({ token: null });
    await new Promise((r) => setTimeout(r, 300));
    expect(capture.messages.length).toBe(before);
    // A new request makes the previous link useless.
    const second = await requestPasswordReset({ email }, { ip: null });
    expect(await checkResetToken(token!)).toBe("invalid");
    expect(await checkResetToken(second.token!)).toBe("valid");
  });
});
