import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, resetDb } from "./db";
import { createEmployer, ensureReferenceData } from "./factories";
import { vacancyInput } from "./vacancy-helpers";
import { createVacancy } from "@/lib/server/dal/vacancies";
import { GET as vacanciesFeed } from "@/app/api/v1/vacancies/route";
import { GET as municipalitiesLookup } from "@/app/api/v1/municipalities/route";
import { GET as regionsMap } from "@/app/api/v1/regions-map/route";
import { getRegionsMap } from "@/lib/server/reference-files";
import { PUBLIC_API_LIMITS } from "@/lib/server/public-rate-limit";
import { PEER_HEADER } from "@/lib/security/client-ip";

const get = (url: string) => vacanciesFeed(new Request(`http://portail.test${url}`));

describe("GET /api/v1/vacancies (public JSON feed)", () => {
  beforeAll(ensureReferenceData);
  beforeEach(resetDb);

  it("lists published vacancies of verified employers only, filtered, with no personal data", async () => {
    const verified = await createEmployer();
    const pending = await createEmployer({ verified: false });
    await createVacancy(verified.actor, vacancyInput({ publish: true, title: "Soudeur Saguenay" }));
    await createVacancy(verified.actor, vacancyInput({ publish: true, title: "Soudeur Trois-Rivières", municipalityCode: "37067" }));
    await createVacancy(verified.actor, vacancyInput({ title: "Brouillon" }));
    await createVacancy(pending.actor, vacancyInput({ title: "Non vérifié" }));
    await db.jobPosting.updateMany({ where: { title: "Non vérifié" }, data: { status: "PUBLISHED", expiresAt: new Date(Date.now() + 86_400_000) } });

    const all = await (await get("/api/v1/vacancies")).json();
    expect(all.items.map((i: { title: string }) => i.title).sort()).toEqual(["Soudeur Saguenay", "Soudeur Trois-Rivières"]);
    expect(all).toMatchObject({ page: 1, total: 2, totalPages: 1, next: null });
    const res = await get("/api/v1/vacancies?region=02&noc=72106&q=soudure");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const body = await res.json();
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({ title: "Soudeur Saguenay", url: `http://portail.test/emplois/${body.items[0].id}`, employer: { verified: true }, location: { regionCode: "02", inCmm: false }, hourlyWage: { currency: "CAD", min: 27.5 }, minFrenchLevel: 6 });
    const text = JSON.stringify(body);
    const member = await db.user.findUniqueOrThrow({ where: { id: verified.userId } });
    expect(text).not.toContain(member.email);
    expect(text).not.toContain(member.name);
  });

  it("refuses malformed parameters with a 400 naming the parameter", async () => {
    for (const q of ["region=99", "noc=abc", "page=0", `q=${"x".repeat(101)}`]) {
      const res = await get(`/api/v1/vacancies?${q}`);
      expect(res.status, q).toBe(400);
      const body = await res.json();
      expect(Object.keys(body.error.fieldErrors)).toEqual([q.split("=")[0]]);
    }
  });
});

describe("GET /api/v1/municipalities", () => {
  beforeAll(ensureReferenceData);
  it("answers the type-ahead with region and CMM status", async () => {
    const res = await municipalitiesLookup(new Request("http://portail.test/api/v1/municipalities?q=rimouski&limit=3"));
    const items = await res.json();
    expect(items[0]).toMatchObject({ code: "10043", name: "Rimouski", regionCode: "01", regionNameFr: "Bas-Saint-Laurent", inCmm: false });
    expect(items.length).toBeLessThanOrEqual(3);
  });
});

describe("GET /api/v1/regions-map", () => {
  it("answers the 17 regions' outlines in the frame the pages give the map, cacheable by browsers", async () => {
    const res = await regionsMap();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toMatch(/^public, max-age=86400/);
    const body = (await res.json()) as { width: number; height: number; shapes: { code: string; d: string }[] };
    const page = await getRegionsMap();
    expect(body.shapes.map((s) => s.code)).toEqual(page.regions.map((r) => r.code));
    expect(body.shapes).toHaveLength(17);
    expect([body.width, body.height]).toEqual([page.width, page.height]);
    for (const s of body.shapes) expect(s.d, s.code).toMatch(/^M[\d.]+ [\d.]+L.*Z/);
    // The pages carry names only: the paths are not sent twice.
    expect(JSON.stringify(page)).not.toContain(body.shapes[0]!.d.slice(0, 40));
  });
});

describe("public endpoints, per address", () => {
  beforeAll(ensureReferenceData);
  beforeEach(resetDb);
  const from = (ip: string, url: string) => new Request(`http://portail.test${url}`, { headers: { [PEER_HEADER]: ip } });

  it("answer a translated 429 with Retry-After past the limit of the address, and go on answering other addresses", async () => {
    const { limit } = PUBLIC_API_LIMITS.lookups;
    await db.rateLimit.create({ data: { key: "public-lookups:192.0.2.7", count: limit - 1, resetAt: new Date(Date.now() + 120_000) } });
    expect((await municipalitiesLookup(from("192.0.2.7", "/api/v1/municipalities?q=rimouski"))).status).toBe(200); // the limit-th
    const refused = await municipalitiesLookup(from("192.0.2.7", "/api/v1/municipalities?q=rimouski&locale=en"));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(100);
    expect(await refused.json()).toEqual({ error: { code: "RATE_LIMITED", message: "Too many attempts. Wait a few minutes before trying again." } });
    expect((await municipalitiesLookup(from("192.0.2.8", "/api/v1/municipalities?q=rimouski"))).status).toBe(200);
    expect(await db.rateLimit.findUnique({ where: { key: "public-lookups:192.0.2.8" } })).toMatchObject({ count: 1 });

    // The feed counts apart, and its refusal keeps the CORS header so that a partner's page can read it.
    await db.rateLimit.create({ data: { key: "public-feed:192.0.2.7", count: PUBLIC_API_LIMITS.feed.limit, resetAt: new Date(Date.now() + 120_000) } });
    const feed = await vacanciesFeed(from("192.0.2.7", "/api/v1/vacancies"));
    expect(feed.status).toBe(429);
    expect(feed.headers.get("access-control-allow-origin")).toBe("*");
    expect((await feed.json()).error.message).toBe("Trop de tentatives. Patientez quelques minutes avant de réessayer.");
    expect((await vacanciesFeed(from("192.0.2.9", "/api/v1/vacancies"))).status).toBe(200);
  });
});
