import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, resetDb } from "./db";
import { ensureReferenceData } from "./factories";
import { createFilledCandidate } from "./candidate-helpers";
import { createRecruiter } from "./recruiting-helpers";
import { countUnseenAlerts, createSavedSearch, deleteSavedSearch, getSavedSearchAlerts, listSavedSearches, setSavedSearchAlerts } from "@/lib/server/dal/saved-searches";
import { scanSavedSearches, sendAlertDigests } from "@/lib/server/services/alerts";
import { confirmMyProfile } from "@/lib/server/dal/candidate-profile";
import { ZCandidateSearchFilters } from "@/lib/schemas/recruiting";

const welders = ZCandidateSearchFilters.parse({ cnp: "72106", region: "04" });
const minutes = (n: number) => new Date(Date.now() + n * 60_000);

describe("saved searches and alerts", () => {
  beforeAll(ensureReferenceData);
  beforeEach(resetDb);

  it("a saved search produces an alert when a matching profile is confirmed, and only then", async () => {
    const { actor } = await createRecruiter();
    const matching = await createFilledCandidate({ visible: true, regions: ["04"] });
    const elsewhere = await createFilledCandidate({ visible: true, regions: ["02"] });
    const saved = await createSavedSearch(actor, { name: "Soudeurs Mauricie", filters: welders, alertsEnabled: true }, minutes(1));
    // Profiles confirmed before the search was saved are not news.
    expect(await scanSavedSearches(minutes(2))).toMatchObject({ alerts: 0 });

    // The matching candidate confirms their profile (the one-click confirmation of the candidate's page).
    await db.candidateProfile.update({ where: { id: matching.profileId }, data: { confirmedAt: minutes(3) } });
    await db.candidateProfile.update({ where: { id: elsewhere.profileId }, data: { confirmedAt: minutes(3) } });
    expect(await scanSavedSearches(minutes(4))).toMatchObject({ alerts: 1 });
    expect(await countUnseenAlerts(actor)).toBe(1);
    const [row] = await listSavedSearches(actor);
    expect(row).toMatchObject({ id: saved.id, unseen: 1, query: "?cnp=72106&region=04" });
    const view = await getSavedSearchAlerts(actor, saved.id, { now: minutes(5) });
    expect(view.alerts.map((a) => a.card.id)).toEqual([matching.profileId]);
    expect(await countUnseenAlerts(actor)).toBe(0);
    // Scanning again raises nothing new.
    expect(await scanSavedSearches(minutes(6))).toMatchObject({ alerts: 0 });
  });

  it("the candidate's own confirmation (through the candidate data layer) raises the alert", async () => {
    const { actor } = await createRecruiter();
    const c = await createFilledCandidate({ visible: true, regions: ["04"] });
    await db.candidateProfile.update({ where: { id: c.profileId }, data: { confirmedAt: new Date(Date.now() - 100 * 86_400_000) } });
    const saved = await createSavedSearch(actor, { name: "Soudeurs", filters: welders, alertsEnabled: true }, new Date(Date.now() - 1000));
    await confirmMyProfile(c.actor);
    await scanSavedSearches(minutes(1));
    expect((await getSavedSearchAlerts(actor, saved.id)).alerts.map((a) => a.card.id)).toEqual([c.profileId]);
  });

  it("alerts off: nothing; a hidden profile: nothing", async () => {
    const { actor } = await createRecruiter();
    const saved = await createSavedSearch(actor, { name: "Soudeurs", filters: welders, alertsEnabled: true }, minutes(-10));
    await setSavedSearchAlerts(actor, { id: saved.id, version: saved.version, alertsEnabled: false }, minutes(-9));
    await createFilledCandidate({ visible: true, regions: ["04"] });
    await createFilledCandidate({ visible: false, regions: ["04"] });
    await scanSavedSearches(minutes(1));
    expect(await db.searchAlert.count()).toBe(0);
  });

  it("e-mails at most one digest a day per person", async () => {
    const { actor } = await createRecruiter();
    await createSavedSearch(actor, { name: "Soudeurs", filters: welders, alertsEnabled: true }, minutes(-10));
    await createFilledCandidate({ visible: true, regions: ["04"] });
    await scanSavedSearches(minutes(1));
    expect(await sendAlertDigests(minutes(2))).toEqual({ sent: 1 });
    // A new alert an hour later waits for tomorrow's digest.
    const c2 = await createFilledCandidate({ visible: true, regions: ["04"] });
    await db.candidateProfile.update({ where: { id: c2.profileId }, data: { confirmedAt: minutes(60) } });
    await scanSavedSearches(minutes(61));
    expect(await sendAlertDigests(minutes(62))).toEqual({ sent: 0 });
    expect(await sendAlertDigests(minutes(24 * 60 + 5))).toEqual({ sent: 1 });
    expect(await db.searchAlert.count({ where: { emailedAt: null } })).toBe(0);
  });

  it("employer B sees nothing of employer A's saved searches", async () => {
    const a = await createRecruiter();
    const b = await createRecruiter();
    const saved = await createSavedSearch(a.actor, { name: "Soudeurs", filters: welders, alertsEnabled: true });
    expect(await listSavedSearches(b.actor)).toEqual([]);
    await expect(getSavedSearchAlerts(b.actor, saved.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteSavedSearch(b.actor, saved.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setSavedSearchAlerts(b.actor, { id: saved.id, version: 0, alertsEnabled: false })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.savedSearch.count()).toBe(1);
    // Unverified organisations cannot save searches.
    const pending = await createRecruiter({ verified: false });
    await expect(createSavedSearch(pending.actor, { name: "x", filters: welders, alertsEnabled: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
