import { describe, expect, it } from "vitest";
import { addDays, applyLifecycle, availableActions, displayStatus, isExpiringSoon, MAX_PUBLICATION_DAYS, PUBLICATION_DAYS, type LifecycleState } from "@/lib/domain/vacancy/lifecycle";
import { wageProblems, dollarsToCents } from "@/lib/domain/vacancy/wage";
import { addCalendarDays, quebecDate } from "@/lib/domain/vacancy/dates";

const T0 = new Date("2027-01-10T15:00:00Z");
const draft: LifecycleState = { status: "DRAFT", firstPublishedAt: null, expiresAt: null };

describe("vacancy lifecycle", () => {
  it("publishing a draft starts a 60-day publication", () => {
    const r = applyLifecycle(draft, "publish", T0);
    expect(r).toEqual({ ok: true, status: "PUBLISHED", firstPublishedAt: T0, expiresAt: addDays(T0, PUBLICATION_DAYS) });
  });

  it("renewing gives 60 days from now, never beyond 180 days after the first publication", () => {
    const first = T0;
    const live: LifecycleState = { status: "PUBLISHED", firstPublishedAt: first, expiresAt: addDays(first, 60) };
    const at50 = addDays(first, 50);
    const r1 = applyLifecycle(live, "renew", at50);
    expect(r1.ok && r1.expiresAt).toEqual(addDays(first, 110));
    const at150 = addDays(first, 150);
    const r2 = applyLifecycle({ ...live, expiresAt: addDays(first, 170) }, "renew", at150);
    expect(r2.ok && r2.expiresAt).toEqual(addDays(first, MAX_PUBLICATION_DAYS));
    // At the cap: refused, with the reason.
    const r3 = applyLifecycle({ ...live, expiresAt: addDays(first, 180) }, "renew", addDays(first, 170));
    expect(r3).toEqual({ ok: false, reason: "vacancy.errors.publicationLimitReached" });
  });

  it("an expired vacancy can still be renewed within its 180 days", () => {
    const live: LifecycleState = { status: "PUBLISHED", firstPublishedAt: T0, expiresAt: addDays(T0, 60) };
    const later = addDays(T0, 75);
    expect(displayStatus(live, later)).toBe("expired");
    const r = applyLifecycle(live, "renew", later);
    expect(r.ok && r.expiresAt).toEqual(addDays(later, 60));
  });

  it("refuses steps that do not apply", () => {
    expect(applyLifecycle(draft, "close", T0)).toMatchObject({ ok: false, reason: "vacancy.errors.notPublished" });
    expect(applyLifecycle(draft, "renew", T0)).toMatchObject({ ok: false });
    const filled: LifecycleState = { status: "FILLED", firstPublishedAt: T0, expiresAt: addDays(T0, 60) };
    for (const a of ["publish", "renew", "close", "reopen", "fill"] as const) expect(applyLifecycle(filled, a, T0).ok).toBe(false);
  });

  it("reopening a closed vacancy uses what is left of its 180 days, and is refused after", () => {
    const closed: LifecycleState = { status: "CLOSED", firstPublishedAt: T0, expiresAt: addDays(T0, 60) };
    const r = applyLifecycle(closed, "reopen", addDays(T0, 150));
    expect(r).toMatchObject({ ok: true, status: "PUBLISHED", expiresAt: addDays(T0, 180) });
    expect(applyLifecycle(closed, "reopen", addDays(T0, 181))).toMatchObject({ ok: false, reason: "vacancy.errors.publicationLimitReached" });
  });

  it("offers the actions that apply, and flags vacancies expiring within 7 days", () => {
    expect(availableActions(draft, T0)).toEqual(["publish"]);
    const live: LifecycleState = { status: "PUBLISHED", firstPublishedAt: T0, expiresAt: addDays(T0, 60) };
    expect(availableActions(live, addDays(T0, 1))).toEqual(["renew", "close", "fill"]);
    expect(isExpiringSoon(live, addDays(T0, 52))).toBe(false);
    expect(isExpiringSoon(live, addDays(T0, 54))).toBe(true);
    expect(isExpiringSoon(live, addDays(T0, 61))).toBe(false); // expired, not "soon"
  });
});

describe("wages and dates", () => {
  it("compares the range with the minimum wage, in cents", () => {
    expect(dollarsToCents(16.1)).toBe(1610);
    expect(dollarsToCents(19.999)).toBe(2000);
    expect(wageProblems({ minCents: 1609, maxCents: null }, 1610)).toEqual({ wageMin: "belowMinimum" });
    expect(wageProblems({ minCents: 1610, maxCents: 1700 }, 1610)).toEqual({});
    expect(wageProblems({ minCents: 2000, maxCents: 1800 }, 1610)).toEqual({ wageMax: "maxBelowMin" });
  });

  it("today is Québec's calendar date, whatever the server's zone", () => {
    // 02:00 UTC on 1 March is still 28 February in Québec (UTC-5).
    expect(quebecDate(new Date("2027-03-01T02:00:00Z"))).toBe("2027-02-28");
    expect(addCalendarDays("2027-02-28", 1)).toBe("2027-03-01");
  });
});
