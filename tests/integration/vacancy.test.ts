import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, resetDb } from "./db";
import { createEmployer, createUser, ensureReferenceData, actorFor } from "./factories";
import { SAGUENAY, TROIS_RIVIERES, vacancyInput } from "./vacancy-helpers";
import {
  bulkChangeVacancies, changeVacancyStatus, createVacancy, deleteDraftVacancy, duplicateVacancy, getPublicVacancy, getVacancyForEdit,
  listEmployerVacancies, listPublicVacancies, updateVacancy,
} from "@/lib/server/dal/vacancies";
import { addDays } from "@/lib/domain/vacancy/lifecycle";

const page = { page: 1, pageSize: 25, sort: null };

describe("vacancies", () => {
  beforeAll(ensureReferenceData);
  beforeEach(resetDb);

  it("derives region, CMM status and skill keys from the directory and the vocabulary, never from the input", async () => {
    const { actor } = await createEmployer({ municipalityCode: TROIS_RIVIERES });
    const v = await createVacancy(actor, vacancyInput());
    const row = await db.jobPosting.findUniqueOrThrow({ where: { id: v.id } });
    expect(row).toMatchObject({ status: "DRAFT", regionCode: "02", inCmm: false, wageMinCents: 2750, minFrenchLevel: 6 });
    // "Soudage MIG" given twice (case) is kept once; "Lecture de plans" is required, so not also an asset.
    expect(row.requiredSkills).toEqual(["Soudage MIG", "Lecture de plans"]);
    expect(row.assetSkills).toEqual(["Cariste"]);
    expect(row.requiredSkillKeys).toHaveLength(2);
    expect(row.searchText).toContain("saguenay");
  });

  it("refuses a municipality or NOC code that is not in the directory, writing nothing", async () => {
    const { actor } = await createEmployer();
    const err = await createVacancy(actor, vacancyInput({ municipalityCode: "99999", nocCode: "99999" })).catch((e) => e);
    expect(err).toMatchObject({ code: "INVALID", fieldErrors: { municipalityCode: "vacancy.errors.municipalityUnknown", nocCode: "vacancy.errors.nocUnknown" } });
    expect(await db.jobPosting.count()).toBe(0);
  });

  it("an unverified organisation prepares drafts but cannot publish", async () => {
    const { actor } = await createEmployer({ verified: false });
    const v = await createVacancy(actor, vacancyInput());
    await expect(changeVacancyStatus(actor, { id: v.id, version: v.version, action: "publish" })).rejects.toMatchObject({ code: "FORBIDDEN", messageKey: "employer.errors.notVerified" });
    await expect(createVacancy(actor, vacancyInput({ publish: true }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateVacancy(actor, { ...vacancyInput({ publish: true }), id: v.id, version: v.version })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.jobPosting.count({ where: { status: "PUBLISHED" } })).toBe(0);
  });

  it("two recruiters saving the same version: one success, one conflict, the first edit kept", async () => {
    const { actor, employerId } = await createEmployer();
    const { userId: otherId } = await createUser("EMPLOYER");
    await db.employerMember.create({ data: { employerId, userId: otherId, role: "RECRUITER" } });
    const other = await actorFor(otherId);
    const v = await createVacancy(actor, vacancyInput());
    const results = await Promise.allSettled([
      updateVacancy(actor, { ...vacancyInput({ title: "Soudeur A" }), id: v.id, version: v.version }),
      updateVacancy(other, { ...vacancyInput({ title: "Soudeur B" }), id: v.id, version: v.version }),
    ]);
    const ok = results.filter((r) => r.status === "fulfilled");
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(1);
    expect(failed[0].reason).toMatchObject({ code: "CONFLICT", messageKey: "vacancy.errors.conflict" });
    const row = await db.jobPosting.findUniqueOrThrow({ where: { id: v.id } });
    expect(row.version).toBe(1);
    expect(["Soudeur A", "Soudeur B"]).toContain(row.title);
    // A lifecycle step from the stale version is refused too.
    await expect(changeVacancyStatus(actor, { id: v.id, version: 0, action: "publish" })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("publishes for 60 days, shows on the public board, then closes and leaves it", async () => {
    const { actor } = await createEmployer();
    const v = await createVacancy(actor, vacancyInput());
    const now = new Date();
    const p = await changeVacancyStatus(actor, { id: v.id, version: v.version, action: "publish" }, now);
    expect(p.expiresAt).toEqual(addDays(now, 60));
    const board = await listPublicVacancies({ page: 1, regions: ["02"] });
    expect(board.items.map((i) => i.id)).toEqual([v.id]);
    expect(board.items[0]).toMatchObject({ employerVerified: true, municipalityName: "Saguenay", minFrenchLevel: 6 });
    expect(JSON.stringify(board)).not.toMatch(/@/); // no e-mail (no personal data) in the public listing
    expect((await listPublicVacancies({ page: 1, regions: ["04"] })).total).toBe(0);
    expect((await listPublicVacancies({ page: 1, q: "SOUDURE acier" })).total).toBe(1);
    expect((await listPublicVacancies({ page: 1, q: "infirmière" })).total).toBe(0);
    expect((await listPublicVacancies({ page: 1, noc: "721" })).total).toBe(1);
    await changeVacancyStatus(actor, { id: v.id, version: p.version, action: "close" });
    expect(await getPublicVacancy(v.id)).toBeNull();
  });

  it("a keyword finds vacancies by their text, or by the whole query in the employer's name, and nothing else", async () => {
    const { actor } = await createEmployer({ legalName: "Scierie Boréale Zéphyr inc." });
    const v = await createVacancy(actor, vacancyInput({ publish: true }));
    const other = (await createEmployer()).actor;
    const w = await createVacancy(other, vacancyInput({ publish: true, title: "Soudeur zéphyr de nuit" }));
    const ids = async (q: string) => (await listPublicVacancies({ page: 1, q })).items.map((i) => i.id).sort();
    expect(await ids("boréale zéphyr")).toEqual([v.id]); // the employer's name (the words are not in the vacancy's text)
    expect(await ids("zéphyr")).toEqual([v.id, w.id].sort()); // the name of one, the title of the other
    expect(await ids("zéphyr nuit")).toEqual([w.id]); // every word in the text, not the name
    expect((await listPublicVacancies({ page: 1, q: "boréale zéphyr" })).total).toBe(1);
  });

  it("the public board hides expired vacancies and those of unverified employers", async () => {
    const { actor, employerId } = await createEmployer();
    const v = await createVacancy(actor, vacancyInput({ publish: true }));
    expect(await getPublicVacancy(v.id)).not.toBeNull();
    await db.jobPosting.update({ where: { id: v.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getPublicVacancy(v.id)).toBeNull();
    await db.jobPosting.update({ where: { id: v.id }, data: { expiresAt: addDays(new Date(), 10) } });
    await db.employer.update({ where: { id: employerId }, data: { verificationStatus: "PENDING" } });
    expect(await getPublicVacancy(v.id)).toBeNull();
  });

  it("renews up to 180 days after the first publication, in bulk too", async () => {
    const { actor } = await createEmployer();
    const t0 = new Date();
    const a = await createVacancy(actor, vacancyInput({ publish: true }), t0);
    const b = await createVacancy(actor, vacancyInput({ publish: true }), t0);
    const draft = await createVacancy(actor, vacancyInput());
    const r = await bulkChangeVacancies(actor, { ids: [a.id, b.id, draft.id], action: "renew" }, addDays(t0, 100));
    expect(r).toEqual({ changed: 2, skipped: 1 });
    expect((await db.jobPosting.findUniqueOrThrow({ where: { id: a.id } })).expiresAt).toEqual(addDays(t0, 160));
    await bulkChangeVacancies(actor, { ids: [a.id], action: "renew" }, addDays(t0, 150));
    expect((await db.jobPosting.findUniqueOrThrow({ where: { id: a.id } })).expiresAt).toEqual(addDays(t0, 180));
    const again = await bulkChangeVacancies(actor, { ids: [a.id], action: "renew" }, addDays(t0, 160));
    expect(again).toEqual({ changed: 0, skipped: 1 });
    const closed = await bulkChangeVacancies(actor, { ids: [a.id, b.id], action: "close" });
    expect(closed.changed).toBe(2);
  });

  it("duplicates as a new draft without the employer reference", async () => {
    const { actor } = await createEmployer();
    const v = await createVacancy(actor, vacancyInput({ externalRef: "REF-1", publish: true }));
    const copy = await duplicateVacancy(actor, v.id);
    const row = await db.jobPosting.findUniqueOrThrow({ where: { id: copy.id } });
    expect(row).toMatchObject({ status: "DRAFT", externalRef: null, title: "Soudeur ou soudeuse", expiresAt: null, regionCode: "02" });
  });

  it("lists with filters and sorting on the server", async () => {
    const { actor } = await createEmployer();
    await createVacancy(actor, vacancyInput({ title: "Bbb", publish: true }));
    await createVacancy(actor, vacancyInput({ title: "Aaa", municipalityCode: TROIS_RIVIERES }));
    const all = await listEmployerVacancies(actor, { ...page, filters: {}, sort: { id: "title", desc: false } });
    expect(all.rows.map((r) => r.title)).toEqual(["Aaa", "Bbb"]);
    expect((await listEmployerVacancies(actor, { ...page, filters: { statut: "published" } })).rows.map((r) => r.title)).toEqual(["Bbb"]);
    expect((await listEmployerVacancies(actor, { ...page, filters: { region: "04" } })).rows.map((r) => r.title)).toEqual(["Aaa"]);
    expect((await listEmployerVacancies(actor, { ...page, filters: { expire: "1" } })).total).toBe(0);
    expect((await listEmployerVacancies(actor, { ...page, filters: { expire: "1" } }, addDays(new Date(), 55))).total).toBe(1);
  });

  it("employer A's recruiter can neither read nor change employer B's vacancies", async () => {
    const a = await createEmployer();
    const b = await createEmployer();
    const vb = await createVacancy(b.actor, vacancyInput({ externalRef: "B-1" }));
    const denied = { code: "NOT_FOUND" };
    await expect(getVacancyForEdit(a.actor, vb.id)).rejects.toMatchObject(denied);
    await expect(updateVacancy(a.actor, { ...vacancyInput({ title: "Piraté" }), id: vb.id, version: vb.version })).rejects.toMatchObject(denied);
    await expect(changeVacancyStatus(a.actor, { id: vb.id, version: vb.version, action: "publish" })).rejects.toMatchObject(denied);
    await expect(duplicateVacancy(a.actor, vb.id)).rejects.toMatchObject(denied);
    await expect(deleteDraftVacancy(a.actor, { id: vb.id, version: vb.version })).rejects.toMatchObject(denied);
    await expect(bulkChangeVacancies(a.actor, { ids: [vb.id], action: "close" })).rejects.toMatchObject(denied);
    expect((await listEmployerVacancies(a.actor, { ...page, filters: {} })).total).toBe(0);
    // The same employer reference in two organisations is two vacancies, not a clash.
    await createVacancy(a.actor, vacancyInput({ externalRef: "B-1" }));
    const row = await db.jobPosting.findUniqueOrThrow({ where: { id: vb.id } });
    expect(row).toMatchObject({ title: "Soudeur ou soudeuse", status: "DRAFT", version: 0 });
  });

  it("only drafts are deleted; a filled vacancy is read-only", async () => {
    const { actor } = await createEmployer();
    const v = await createVacancy(actor, vacancyInput({ publish: true }));
    await expect(deleteDraftVacancy(actor, { id: v.id, version: v.version })).rejects.toMatchObject({ messageKey: "vacancy.errors.onlyDraftsDeleted" });
    const f = await changeVacancyStatus(actor, { id: v.id, version: v.version, action: "fill" });
    await expect(updateVacancy(actor, { ...vacancyInput(), id: v.id, version: f.version })).rejects.toMatchObject({ messageKey: "vacancy.errors.filledReadOnly" });
  });

  it("a candidate or an advisor cannot use the employer functions", async () => {
    const { actor: candidate } = await createUser("CANDIDATE");
    await expect(createVacancy(candidate, vacancyInput())).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { actor: advisor } = await createUser("ADVISOR");
    await expect(listEmployerVacancies(advisor, { ...page, filters: {} })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(SAGUENAY).toBe("94068");
  });
});
