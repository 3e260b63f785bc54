import { readFileSync } from "node:fs";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, resetDb } from "./db";
import { createEmployer, createUser, ensureReferenceData } from "./factories";
import { createApiKey, hashApiKey, listApiKeys, MAX_ACTIVE_API_KEYS, revokeApiKey, unsafeAuthenticateApiKey, API_KEY_PATTERN } from "@/lib/server/dal/api-keys";
import { handleMatchRequest } from "@/lib/server/services/matching-api";
import { getMatchContext } from "@/lib/server/services/matching-context";
import { matchingOpenApiDocument } from "@/lib/server/services/matching-openapi";
import { rankCandidates } from "@/lib/domain/matching";
import { ZMatchBatchInput } from "@/lib/schemas/matching";

const fixture = (name: string) => readFileSync(`tests/fixtures/matching/${name}`, "utf8");

function post(body: string, opts: { key?: string | null; query?: string; contentType?: string } = {}) {
  const headers: Record<string, string> = { "content-type": opts.contentType ?? "application/json" };
  if (opts.key) headers.authorization = `Bearer ${opts.key}`;
  return handleMatchRequest(new Request(`http://localhost/api/v1/match${opts.query ?? ""}`, { method: "POST", headers, body }));
}

describe("API keys", () => {
  beforeAll(ensureReferenceData);
  beforeEach(resetDb);

  it("are shown once and stored as a hash only", async () => {
    const { actor, employerId } = await createEmployer();
    const created = await createApiKey(actor, { label: "Système RH" });
    expect(created.key).toMatch(API_KEY_PATTERN);
    const row = await db.apiKey.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.keyHash).toBe(hashApiKey(created.key));
    // The secret part (base64url: it may itself hold "_", so it is read with the pattern, not split on "_").
    expect(JSON.stringify(row)).not.toContain(API_KEY_PATTERN.exec(created.key)![2]);
    expect(row).toMatchObject({ employerId, prefix: created.prefix, label: "Système RH", revokedAt: null });
    const listed = await listApiKeys(actor);
    expect(listed).toEqual([{ id: created.id, prefix: created.prefix, label: "Système RH", createdAt: created.createdAt, lastUsedAt: null, revokedAt: null }]);
    expect(await unsafeAuthenticateApiKey(created.key)).toEqual({ apiKeyId: created.id, prefix: created.prefix, employerId });
    expect(await unsafeAuthenticateApiKey(`${created.key.slice(0, -1)}x`)).toBeNull();
    expect(await db.auditLog.count({ where: { action: "api_key.create" } })).toBe(1);
  });

  it("are created and revoked by owners of verified organisations only, within their organisation", async () => {
    const a = await createEmployer();
    const recruiter = await createUser("EMPLOYER");
    await db.employerMember.create({ data: { employerId: a.employerId, userId: recruiter.userId, role: "RECRUITER" } });
    await expect(createApiKey(recruiter.actor, { label: "Recruteur" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const pending = await createEmployer({ verified: false });
    await expect(createApiKey(pending.actor, { label: "En attente" })).rejects.toMatchObject({ code: "CONFLICT", messageKey: "matching.apiKeys.errors.notVerified" });
    const candidate = await createUser("CANDIDATE");
    await expect(createApiKey(candidate.actor, { label: "Candidat" })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const key = await createApiKey(a.actor, { label: "Intégration" });
    expect((await listApiKeys(recruiter.actor)).map((k) => k.id)).toEqual([key.id]);
    const b = await createEmployer();
    expect(await listApiKeys(b.actor)).toEqual([]);
    await expect(revokeApiKey(b.actor, { id: key.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(revokeApiKey(recruiter.actor, { id: key.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await unsafeAuthenticateApiKey(key.key)).not.toBeNull();

    const revoked = await revokeApiKey(a.actor, { id: key.id });
    expect(revoked.revokedAt).not.toBeNull();
    expect(await unsafeAuthenticateApiKey(key.key)).toBeNull();
    await expect(revokeApiKey(a.actor, { id: key.id })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("are limited in number and stop working when the organisation loses its verification", async () => {
    const { actor, employerId } = await createEmployer();
    const keys = [];
    for (let i = 0; i < MAX_ACTIVE_API_KEYS; i++) keys.push(await createApiKey(actor, { label: `Clé ${i}` }));
    await expect(createApiKey(actor, { label: "Une de trop" })).rejects.toMatchObject({ code: "CONFLICT", messageKey: "matching.apiKeys.errors.tooMany" });
    await revokeApiKey(actor, { id: keys[0]!.id });
    await createApiKey(actor, { label: "Remplaçante" });
    await db.employer.update({ where: { id: employerId }, data: { verificationStatus: "PENDING" } });
    expect(await unsafeAuthenticateApiKey(keys[1]!.key)).toBeNull();
  });
});

describe("POST /api/v1/match", () => {
  beforeAll(ensureReferenceData);
  beforeEach(resetDb);

  async function key() {
    const { actor } = await createEmployer();
    return (await createApiKey(actor, { label: "Tests" })).key;
  }

  it("answers like the command line: same engine, same context, same body", async () => {
    const k = await key();
    const body = fixture("welder-pool.json");
    const res = await post(body, { key: k, query: "?today=2027-01-01" });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const json = await res.json();
    const input = ZMatchBatchInput.parse(JSON.parse(body));
    const expected = rankCandidates(input.vacancy, input.candidates, { limit: input.limit, context: { ...(await getMatchContext()), today: "2027-01-01" } });
    expect(json).toEqual({ vacancyId: input.vacancy.id, results: JSON.parse(JSON.stringify(expected)) });
    expect(json.results.length).toBeGreaterThan(1);

    const en = await (await post(body, { key: k, query: "?locale=en&today=2027-01-01" })).json();
    expect(en.results.map((r: { candidateId: string }) => r.candidateId)).toEqual(json.results.map((r: { candidateId: string }) => r.candidateId));
    expect(en.results[0].factors[0].detail).not.toEqual(json.results[0].factors[0].detail);
    expect(await db.auditLog.count({ where: { action: "match.api" } })).toBe(2);
  });

  it("says in one line which field of which row is wrong", async () => {
    const k = await key();
    const bad = await post(fixture("invalid-french-level.json"), { key: k });
    expect(bad.status).toBe(400);
    const { error } = await bad.json();
    expect(error.code).toBe("INVALID");
    expect(error.message).toMatch(/candidates\[\d+\]\.frenchLevel/);
    expect(error.message).not.toContain("\n");
    const notJson = await post(fixture("invalid-json.txt"), { key: k });
    expect(notJson.status).toBe(400);
    expect((await notJson.json()).error.message).toMatch(/^invalid input: not valid JSON/);
    expect((await post("{}", { key: k, query: "?locale=de" })).status).toBe(400);
    expect((await post(fixture("contract-example.json"), { key: k, contentType: "text/plain" })).status).toBe(415);
  });

  it("refuses callers without a valid key", async () => {
    const body = fixture("contract-example.json");
    const none = await post(body);
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect((await post(body, { key: "pr_abcdefgh_notarealkeynotarealkeynotarealkeynotareal" })).status).toBe(401);
    const { actor } = await createEmployer();
    const k = await createApiKey(actor, { label: "Révoquée" });
    await revokeApiKey(actor, { id: k.id });
    expect((await post(body, { key: k.key })).status).toBe(401);
  });

  it("is described by an OpenAPI document generated from the same schema", () => {
    const doc = matchingOpenApiDocument("https://passerelle.example");
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.paths["/api/v1/match"].post.responses).toHaveProperty("200");
    const input = doc.components.schemas.MatchInput as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(input.properties)).toEqual(["vacancy", "candidates", "limit"]);
    expect(input.required).toEqual(expect.arrayContaining(["vacancy", "candidates"]));
  });
});
