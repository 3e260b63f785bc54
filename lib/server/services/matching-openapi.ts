import "server-only";
import { z } from "zod";
import { env } from "@/lib/env";
import { ZMatchBatchInput } from "@/lib/schemas/matching";
import { FACTOR_ORDER } from "@/lib/domain/matching";
import { MATCH_API_MAX_BYTES, MATCH_API_MAX_CANDIDATES, MATCH_API_RATE_PER_MINUTE } from "@/lib/server/services/matching-api";

// The OpenAPI 3.1 description of the matching API, served at /api/v1/openapi.json. The request schema is generated
// from the zod schema that validates requests (lib/schemas/matching.ts), so the document cannot drift from what
// the server accepts; the answer's schema is written here from the contract (/work/shared/matching-format.md).

const errorSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string", examples: ["INVALID"] },
        message: { type: "string", description: "One line naming the field and the row, e.g. `invalid input: candidates[3].frenchLevel: must be between 1 and 12`." },
      },
    },
  },
} as const;

const factorSchema = {
  type: "object",
  required: ["key", "weight", "score", "detail"],
  properties: {
    key: { type: "string", enum: [...FACTOR_ORDER] },
    weight: { type: "number", minimum: 0, maximum: 1, description: "Share of the total; the weights of one result sum to 1." },
    score: { type: "number", minimum: 0, maximum: 1 },
    detail: { type: "string", description: "For a person, in the requested language." },
  },
} as const;

const resultSchema = {
  type: "object",
  required: ["candidateId", "rank", "score", "eligible", "factors", "gaps"],
  properties: {
    candidateId: { type: "string" },
    rank: { type: "integer", minimum: 1, description: "1 = best. Eligible candidates first, then score, then id." },
    score: { type: "number", minimum: 0, maximum: 100, description: "100 × the sum of weight × score over the factors, to 0.1." },
    eligible: { type: "boolean", description: "False when a hard requirement (French, or English when required) is not met." },
    factors: { type: "array", items: factorSchema },
    gaps: { type: "array", items: { type: "string" }, description: "What is missing, for a person." },
  },
} as const;

const example = {
  vacancy: {
    id: "v-1", nocCode: "72106", title: "Soudeur / soudeuse", regionCode: "04", municipalityCode: "37067",
    requiredSkills: ["Soudage MIG", "Lecture de plans"], assetSkills: ["Soudage TIG"], minFrenchLevel: 5, minEnglishLevel: null,
    minExperienceYears: 2, minEducation: "vocational", startDate: "2027-03-01",
  },
  candidates: [
    {
      id: "c-1", occupations: [{ nocCode: "72106", years: 6 }], skills: ["soudage mig", "Lecture de plans", "Soudage à l'arc"], frenchLevel: 6, englishLevel: 4,
      education: "vocational", preferredRegionCodes: ["04", "17"], openToAnyRegionOutsideCmm: false, availableFrom: "2027-01-15",
    },
  ],
  limit: 50,
};

/** The OpenAPI document; `origin` is the server's address (e.g. https://passerelle.example). */
export function matchingOpenApiDocument(origin: string) {
  const input = z.toJSONSchema(ZMatchBatchInput, { io: "input", target: "draft-2020-12", unrepresentable: "any" });
  const { $schema: _dialect, ...matchInput } = input as Record<string, unknown>;
  return {
    openapi: "3.1.0",
    info: {
      title: "Passerelle Régions — matching API",
      version: "1.0.0",
      description:
        "Ranks candidates for a job vacancy with the portal's matching engine: the same engine, body and answer as the command line " +
        "(`npm run --silent match -- input.json`). Every score is explained factor by factor, with the gaps. The engine never reads " +
        "nationality, country, birth date, sex, name, e-mail, marital status or photo: such fields are accepted and ignored. " +
        "A ranking is an aid: a person makes every decision.",
    },
    servers: [{ url: origin }],
    security: [{ apiKey: [] }, { advisorSession: [] }],
    paths: {
      "/api/v1/match": {
        post: {
          operationId: "rankCandidates",
          summary: "Rank candidates for a vacancy",
          description:
            `At most ${MATCH_API_MAX_CANDIDATES} candidates and ${MATCH_API_MAX_BYTES / 1024 / 1024} MB per request, ` +
            `${MATCH_API_RATE_PER_MINUTE} requests a minute per key or account. Nothing sent is kept.`,
          parameters: [
            { name: "locale", in: "query", required: false, schema: { type: "string", enum: ["fr", "en"], default: "fr" }, description: "Language of details and gaps." },
            { name: "today", in: "query", required: false, schema: { type: "string", format: "date" }, description: "Start date of a vacancy without one (default: today in Québec)." },
          ],
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/MatchInput" }, example } } },
          responses: {
            "200": {
              description: "The best `limit` candidates, best first.",
              content: {
                "application/json": {
                  schema: { type: "object", required: ["vacancyId", "results"], properties: { vacancyId: { type: "string" }, results: { type: "array", items: { $ref: "#/components/schemas/MatchResult" } } } },
                },
              },
            },
            "400": { description: "Invalid input (which field, which row).", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
            "401": { description: "No API key or session, or an unknown or revoked key.", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
            "403": { description: "A session of an account that may not use the API (only advisors and administrators).", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
            "413": { description: "Body or candidate list too large.", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
            "415": { description: "The body is not application/json.", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
            "429": { description: "Too many requests; see Retry-After.", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
          },
        },
      },
    },
    components: {
      securitySchemes: {
        apiKey: { type: "http", scheme: "bearer", description: "An API key of a verified employer (Employer space › API keys), as `Authorization: Bearer pr_…`." },
        advisorSession: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "The session of a signed-in advisor or administrator (`__Secure-next-auth.session-token` over https)." },
      },
      schemas: { MatchInput: matchInput, MatchResult: resultSchema, Error: errorSchema },
    },
  };
}

/** The document as a response: the configured public address (NEXTAUTH_URL), else the request's. */
export function openApiResponse(request: Request): Response {
  const origin = (env().NEXTAUTH_URL ?? new URL(request.url).origin).replace(/\/+$/, "");
  return Response.json(matchingOpenApiDocument(origin), { headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" } });
}
