import "server-only";
import { db } from "@/lib/server/db";
import { oncePerSubmission } from "@/lib/server/idempotency";
import { audit } from "@/lib/server/audit";
import type { SessionUser } from "@/lib/server/auth";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/server/errors";
import { getEmployerMembershipOrThrow, getVerifiedMembershipOrThrow } from "@/lib/server/dal/employers";
import { getMunicipalityFacts } from "@/lib/server/dal/municipalities";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PostingStatus } from "@/lib/generated/prisma/enums";
import { canonicalSkillKey } from "@/lib/domain/skills-vocabulary";
import { normalizeText, tidyLabel } from "@/lib/domain/text";
import { applyLifecycle, availableActions, canEdit, displayStatus, EXPIRING_SOON_DAYS, addDays, type LifecycleAction } from "@/lib/domain/vacancy/lifecycle";
import { dollarsToCents, centsToDollars } from "@/lib/domain/vacancy/wage";
import { quebecDate, toIsoDate } from "@/lib/domain/vacancy/dates";
import { PUBLIC_PAGE_SIZE, type TEmployerVacancyFilters, type TPublicSearch, type TUpdateVacancy, type TVacancyInput } from "@/lib/schemas/vacancy";
import type { TableSort } from "@/components/ui/data-table-params";

// Vacancies: an employer's own (every query scoped by the actor's organisation) and the public board (published,
// not expired, verified employers only). Region and CMM status come from the municipality directory, skill keys
// from the skills vocabulary: derived on every write, never taken from the input.

type Tx = Prisma.TransactionClient;
type DbLike = typeof db | Tx;

// ---------- derived columns ----------

/** Skill labels tidied and de-duplicated by canonical key (first label wins); asset skills that are required are dropped. */
export function tidySkills(required: readonly string[], assets: readonly string[]) {
  const seen = new Set<string>();
  const pick = (labels: readonly string[]) => {
    const out: { label: string; key: string }[] = [];
    for (const raw of labels) {
      const label = tidyLabel(raw);
      const key = canonicalSkillKey(label);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      out.push({ label, key });
    }
    return out;
  };
  const req = pick(required);
  const asset = pick(assets);
  return { requiredSkills: req.map((s) => s.label), requiredSkillKeys: req.map((s) => s.key), assetSkills: asset.map((s) => s.label), assetSkillKeys: asset.map((s) => s.key) };
}

export type VacancyReferences = {
  municipalities: Map<string, { regionCode: string; inCmm: boolean; name: string }>;
  nocTitles: Map<string, { titleFr: string; titleEn: string }>;
};

/** The directory rows a set of inputs refers to, in two queries whatever the number of inputs. */
export async function loadVacancyReferences(inputs: readonly { nocCode: string; municipalityCode: string }[], client: DbLike = db): Promise<VacancyReferences> {
  const nocCodes = [...new Set(inputs.map((i) => i.nocCode))];
  const [municipalities, nocs] = await Promise.all([
    getMunicipalityFacts(null, inputs.map((i) => i.municipalityCode)),
    nocCodes.length ? client.nocUnitGroup.findMany({ where: { code: { in: nocCodes } }, select: { code: true, titleFr: true, titleEn: true } }) : Promise.resolve([]),
  ]);
  return { municipalities, nocTitles: new Map(nocs.map((n) => [n.code, { titleFr: n.titleFr, titleEn: n.titleEn }])) };
}

/** Field errors (i18n keys) for codes that are not in the directory. */
export function referenceErrors(input: { nocCode: string; municipalityCode: string }, refs: VacancyReferences): Record<string, string> | null {
  const errors: Record<string, string> = {};
  if (!refs.municipalities.has(input.municipalityCode)) errors.municipalityCode = "vacancy.errors.municipalityUnknown";
  if (!refs.nocTitles.has(input.nocCode)) errors.nocCode = "vacancy.errors.nocUnknown";
  return Object.keys(errors).length ? errors : null;
}

/** The columns stored for a validated input (refs must hold its codes: check referenceErrors first). */
export function vacancyColumns(input: TVacancyInput, refs: VacancyReferences) {
  const m = refs.municipalities.get(input.municipalityCode)!;
  const noc = refs.nocTitles.get(input.nocCode)!;
  const skills = tidySkills(input.requiredSkills, input.assetSkills);
  return {
    externalRef: input.externalRef,
    title: input.title,
    nocCode: input.nocCode,
    municipalityCode: input.municipalityCode,
    regionCode: m.regionCode,
    inCmm: m.inCmm,
    positions: input.positions!,
    employmentType: input.employmentType,
    hoursPerWeek: input.hoursPerWeek,
    wageMinCents: input.wageMin === null ? null : dollarsToCents(input.wageMin),
    wageMaxCents: input.wageMax === null ? null : dollarsToCents(input.wageMax),
    ...skills,
    minFrenchLevel: input.minFrenchLevel,
    minEnglishLevel: input.minEnglishLevel,
    minExperienceYears: input.minExperienceYears,
    minEducation: input.minEducation,
    startDate: input.startDate ? new Date(`${input.startDate}T00:00:00Z`) : null,
    description: input.description,
    offersHousingHelp: input.offersHousingHelp,
    offersRelocation: input.offersRelocation,
    offersFrancisation: input.offersFrancisation,
    offersImmigrationHelp: input.offersImmigrationHelp,
    lmiaStatus: input.lmiaStatus,
    searchText: normalizeText([input.title, noc.titleFr, noc.titleEn, m.name, ...skills.requiredSkills, ...skills.assetSkills, input.description].join(" ")).slice(0, 20_000),
  };
}

function uniqueViolation(e: unknown) {
  return e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";
}
const refTaken = () => new ConflictError("vacancy.errors.externalRefTaken", { externalRef: "vacancy.errors.externalRefTaken" });

// ---------- employer side ----------

/**
 * Creates a vacancy as a draft, or publishes it at once when asked (which needs a verified organisation).
 * Unknown NOC or municipality codes are refused field by field; nothing is written.
 */
export async function createVacancy(actor: SessionUser, input: TVacancyInput, now = new Date()) {
  const { employerId } = input.publish ? await getVerifiedMembershipOrThrow(actor) : await getEmployerMembershipOrThrow(actor);
  const refs = await loadVacancyReferences([input]);
  const errors = referenceErrors(input, refs);
  if (errors) throw new InvalidError("errors.invalidInput", errors);
  const published = input.publish ? applyLifecycle({ status: "DRAFT", firstPublishedAt: null, expiresAt: null }, "publish", now) : null;
  try {
    return await oncePerSubmission(actor.id, "vacancy.create", input.submissionId, async (tx) => {
      const v = await tx.jobPosting.create({
        data: {
          employerId,
          ...vacancyColumns(input, refs),
          ...(published?.ok ? { status: "PUBLISHED", publishedAt: now, firstPublishedAt: published.firstPublishedAt, expiresAt: published.expiresAt } : {}),
        },
        select: { id: true, version: true, status: true },
      });
      await audit({ actorId: actor.id, actorRole: actor.role, action: "vacancy.create", subject: `vacancy:${v.id}`, details: { employerId, status: v.status } }, tx);
      return v;
    });
  } catch (e) {
    if (uniqueViolation(e)) throw refTaken();
    throw e;
  }
}

/** Why an update or a lifecycle step matched no row: the vacancy is not the actor's, or someone saved first. */
async function explainMiss(tx: Tx, id: string, employerId: string): Promise<never> {
  const current = await tx.jobPosting.findFirst({ where: { id, employerId }, select: { status: true } });
  if (!current) throw new NotFoundError("vacancy.errors.notFound");
  if (!canEdit(current.status)) throw new InvalidError("vacancy.errors.filledReadOnly");
  throw new ConflictError("vacancy.errors.conflict");
}

/**
 * Saves an edit made from the version the person read. Two recruiters saving the same version: the first wins,
 * the second gets a conflict and nothing of theirs is written. A filled vacancy is read-only.
 */
export async function updateVacancy(actor: SessionUser, input: TUpdateVacancy, now = new Date()) {
  const { employerId } = input.publish ? await getVerifiedMembershipOrThrow(actor) : await getEmployerMembershipOrThrow(actor);
  const refs = await loadVacancyReferences([input]);
  const errors = referenceErrors(input, refs);
  if (errors) throw new InvalidError("errors.invalidInput", errors);
  try {
    return await db.$transaction(async (tx) => {
      const { count } = await tx.jobPosting.updateMany({
        where: { id: input.id, employerId, version: input.version, status: { not: "FILLED" } },
        data: { ...vacancyColumns(input, refs), version: { increment: 1 } },
      });
      if (count === 0) await explainMiss(tx, input.id, employerId);
      let version = input.version + 1;
      let status: PostingStatus = (await tx.jobPosting.findUniqueOrThrow({ where: { id: input.id }, select: { status: true } })).status;
      if (input.publish && status === "DRAFT") {
        const step = applyLifecycle({ status, firstPublishedAt: null, expiresAt: null }, "publish", now);
        if (step.ok) {
          await tx.jobPosting.update({ where: { id: input.id }, data: { status: "PUBLISHED", publishedAt: now, firstPublishedAt: step.firstPublishedAt, expiresAt: step.expiresAt, version: { increment: 1 } } });
          version++;
          status = "PUBLISHED";
        }
      }
      await audit({ actorId: actor.id, actorRole: actor.role, action: "vacancy.update", subject: `vacancy:${input.id}`, details: { employerId } }, tx);
      return { id: input.id, version, status };
    });
  } catch (e) {
    if (uniqueViolation(e)) throw refTaken();
    throw e;
  }
}

const lifecycleSelect = { id: true, status: true, firstPublishedAt: true, expiresAt: true, version: true } as const;

function lifecycleData(step: { status: PostingStatus; firstPublishedAt: Date | null; expiresAt: Date | null }, from: PostingStatus, action: LifecycleAction, now: Date) {
  return {
    status: step.status,
    firstPublishedAt: step.firstPublishedAt,
    expiresAt: step.expiresAt,
    ...(action === "publish" || action === "reopen" || action === "renew" ? { publishedAt: now } : {}),
    ...(step.status === "CLOSED" || step.status === "FILLED" ? { closedAt: now } : from === "CLOSED" ? { closedAt: null } : {}),
  };
}

/**
 * One lifecycle step (publish, renew, reopen, close, fill) on the version the person read. Publishing, renewing and
 * reopening put the vacancy in front of candidates, so they need a verified organisation.
 */
export async function changeVacancyStatus(actor: SessionUser, input: { id: string; version: number; action: LifecycleAction }, now = new Date()) {
  const goesLive = input.action === "publish" || input.action === "renew" || input.action === "reopen";
  const { employerId } = goesLive ? await getVerifiedMembershipOrThrow(actor) : await getEmployerMembershipOrThrow(actor);
  return db.$transaction(async (tx) => {
    const current = await tx.jobPosting.findFirst({ where: { id: input.id, employerId }, select: lifecycleSelect });
    if (!current) throw new NotFoundError("vacancy.errors.notFound");
    if (current.version !== input.version) throw new ConflictError("vacancy.errors.conflict");
    const step = applyLifecycle(current, input.action, now);
    if (!step.ok) throw new InvalidError(step.reason);
    const { count } = await tx.jobPosting.updateMany({
      where: { id: input.id, employerId, version: input.version },
      data: { ...lifecycleData(step, current.status, input.action, now), version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("vacancy.errors.conflict");
    await audit({ actorId: actor.id, actorRole: actor.role, action: `vacancy.${input.action}`, subject: `vacancy:${input.id}`, details: { employerId } }, tx);
    return { id: input.id, version: input.version + 1, status: step.status, expiresAt: step.expiresAt };
  });
}

/**
 * Closes or renews several vacancies of the actor's organisation in one transaction. Vacancies for which the step
 * does not apply (a draft cannot be closed, a vacancy at its 180 days cannot be renewed) are skipped and counted.
 */
export async function bulkChangeVacancies(actor: SessionUser, input: { ids: string[]; action: "close" | "renew" }, now = new Date()) {
  const { employerId } = input.action === "renew" ? await getVerifiedMembershipOrThrow(actor) : await getEmployerMembershipOrThrow(actor);
  return db.$transaction(async (tx) => {
    const rows = await tx.jobPosting.findMany({ where: { id: { in: input.ids }, employerId }, select: lifecycleSelect });
    // An id that is not one of the organisation's vacancies is a refusal, not a "skipped" line: nothing is written.
    if (rows.length !== new Set(input.ids).size) throw new NotFoundError("vacancy.errors.notFound");
    let changed = 0;
    for (const row of rows) {
      const step = applyLifecycle(row, input.action, now);
      if (!step.ok) continue;
      const { count } = await tx.jobPosting.updateMany({ where: { id: row.id, employerId, version: row.version }, data: { ...lifecycleData(step, row.status, input.action, now), version: { increment: 1 } } });
      changed += count;
    }
    await audit({ actorId: actor.id, actorRole: actor.role, action: `vacancy.bulk_${input.action}`, details: { employerId, requested: input.ids.length, changed } }, tx);
    return { changed, skipped: input.ids.length - changed };
  });
}

/** A new draft with the same content (no employer reference, no publication dates; a past start date is cleared). */
export async function duplicateVacancy(actor: SessionUser, id: string, now = new Date()) {
  const { employerId } = await getEmployerMembershipOrThrow(actor);
  const src = await db.jobPosting.findFirst({ where: { id, employerId } });
  if (!src) throw new NotFoundError("vacancy.errors.notFound");
  const today = quebecDate(now);
  return db.$transaction(async (tx) => {
    const copy = await tx.jobPosting.create({
      data: {
        employerId, externalRef: null, title: src.title, nocCode: src.nocCode, municipalityCode: src.municipalityCode, regionCode: src.regionCode, inCmm: src.inCmm,
        positions: src.positions, employmentType: src.employmentType, hoursPerWeek: src.hoursPerWeek, wageMinCents: src.wageMinCents, wageMaxCents: src.wageMaxCents,
        requiredSkills: src.requiredSkills, assetSkills: src.assetSkills, requiredSkillKeys: src.requiredSkillKeys, assetSkillKeys: src.assetSkillKeys,
        minFrenchLevel: src.minFrenchLevel, minEnglishLevel: src.minEnglishLevel, minExperienceYears: src.minExperienceYears, minEducation: src.minEducation,
        startDate: src.startDate && toIsoDate(src.startDate) >= today ? src.startDate : null,
        description: src.description, offersHousingHelp: src.offersHousingHelp, offersRelocation: src.offersRelocation, offersFrancisation: src.offersFrancisation,
        offersImmigrationHelp: src.offersImmigrationHelp, lmiaStatus: src.lmiaStatus, searchText: src.searchText,
      },
      select: { id: true },
    });
    await audit({ actorId: actor.id, actorRole: actor.role, action: "vacancy.duplicate", subject: `vacancy:${copy.id}`, details: { employerId, from: id } }, tx);
    return copy;
  });
}

/** Deletes a draft (published vacancies are closed, not deleted: candidates may have seen them). */
export async function deleteDraftVacancy(actor: SessionUser, input: { id: string; version: number }) {
  const { employerId } = await getEmployerMembershipOrThrow(actor);
  await db.$transaction(async (tx) => {
    const { count } = await tx.jobPosting.deleteMany({ where: { id: input.id, employerId, version: input.version, status: "DRAFT" } });
    if (count === 0) {
      const current = await tx.jobPosting.findFirst({ where: { id: input.id, employerId }, select: { status: true, version: true } });
      if (!current) throw new NotFoundError("vacancy.errors.notFound");
      if (current.status !== "DRAFT") throw new InvalidError("vacancy.errors.onlyDraftsDeleted");
      throw new ConflictError("vacancy.errors.conflict");
    }
    await audit({ actorId: actor.id, actorRole: actor.role, action: "vacancy.delete", subject: `vacancy:${input.id}`, details: { employerId } }, tx);
  });
}

/** A vacancy of the actor's organisation, as the edit form and the detail page need it. */
export async function getVacancyForEdit(actor: SessionUser, id: string, now = new Date()) {
  const { employerId } = await getEmployerMembershipOrThrow(actor);
  const v = await db.jobPosting.findFirst({
    where: { id, employerId },
    select: {
      id: true, version: true, status: true, externalRef: true, title: true, nocCode: true, municipalityCode: true, positions: true, employmentType: true,
      hoursPerWeek: true, wageMinCents: true, wageMaxCents: true, requiredSkills: true, assetSkills: true, minFrenchLevel: true, minEnglishLevel: true,
      minExperienceYears: true, minEducation: true, startDate: true, description: true, offersHousingHelp: true, offersRelocation: true,
      offersFrancisation: true, offersImmigrationHelp: true, lmiaStatus: true, publishedAt: true, firstPublishedAt: true, expiresAt: true,
      createdAt: true, updatedAt: true, regionCode: true, inCmm: true,
      municipality: { select: { name: true, mrcName: true, region: { select: { nameFr: true, nameEn: true } } } },
    },
  });
  if (!v) throw new NotFoundError("vacancy.errors.notFound");
  const noc = await db.nocUnitGroup.findUnique({ where: { code: v.nocCode }, select: { titleFr: true, titleEn: true } });
  const { municipality, wageMinCents, wageMaxCents, startDate, ...rest } = v;
  return {
    ...rest,
    wageMin: wageMinCents === null ? null : centsToDollars(wageMinCents),
    wageMax: wageMaxCents === null ? null : centsToDollars(wageMaxCents),
    startDate: startDate ? toIsoDate(startDate) : null,
    municipality: { code: v.municipalityCode, name: municipality.name, regionCode: v.regionCode, regionNameFr: municipality.region.nameFr, regionNameEn: municipality.region.nameEn, mrcName: municipality.mrcName, inCmm: v.inCmm },
    noc: { code: v.nocCode, titleFr: noc?.titleFr ?? v.nocCode, titleEn: noc?.titleEn ?? v.nocCode },
    displayStatus: displayStatus(v, now),
    actions: availableActions(v, now),
    editable: canEdit(v.status),
  };
}
export type VacancyForEdit = Awaited<ReturnType<typeof getVacancyForEdit>>;

function statusWhere(status: TEmployerVacancyFilters["statut"], now: Date): Prisma.JobPostingWhereInput {
  switch (status) {
    case "draft": return { status: "DRAFT" };
    case "published": return { status: "PUBLISHED", expiresAt: { gt: now } };
    case "expired": return { status: "PUBLISHED", expiresAt: { lte: now } };
    case "closed": return { status: "CLOSED" };
    case "filled": return { status: "FILLED" };
    default: return {};
  }
}

const EMPLOYER_SORT_COLUMNS: Record<string, (dir: "asc" | "desc") => Prisma.JobPostingOrderByWithRelationInput> = {
  updatedAt: (dir) => ({ updatedAt: dir }),
  title: (dir) => ({ title: dir }),
  status: (dir) => ({ status: dir }),
  expiresAt: (dir) => ({ expiresAt: { sort: dir, nulls: "last" } }),
  region: (dir) => ({ regionCode: dir }),
};

/** One page of the organisation's vacancies, filtered and ordered by the server (the URL holds the state). */
export async function listEmployerVacancies(actor: SessionUser, query: { filters: TEmployerVacancyFilters; page: number; pageSize: number; sort: TableSort | null }, now = new Date()) {
  const { employerId } = await getEmployerMembershipOrThrow(actor);
  const f = query.filters;
  const and: Prisma.JobPostingWhereInput[] = [{ employerId }, statusWhere(f.statut, now)];
  if (f.region) and.push({ regionCode: f.region });
  if (f.cnp) and.push({ nocCode: { startsWith: f.cnp } });
  if (f.expire) and.push({ status: "PUBLISHED", expiresAt: { gt: now, lte: addDays(now, EXPIRING_SOON_DAYS) } });
  if (f.q) and.push({ OR: [{ title: { contains: f.q, mode: "insensitive" } }, { externalRef: { contains: f.q, mode: "insensitive" } }] });
  const where: Prisma.JobPostingWhereInput = { AND: and };
  const sort = query.sort ?? { id: "updatedAt", desc: true };
  const orderBy = [(EMPLOYER_SORT_COLUMNS[sort.id] ?? EMPLOYER_SORT_COLUMNS.updatedAt)(sort.desc ? "desc" : "asc"), { id: "asc" as const }];
  const [total, rows] = await Promise.all([
    db.jobPosting.count({ where }),
    db.jobPosting.findMany({
      where, orderBy, skip: (query.page - 1) * query.pageSize, take: query.pageSize,
      select: { id: true, version: true, title: true, externalRef: true, nocCode: true, regionCode: true, status: true, expiresAt: true, firstPublishedAt: true, positions: true, updatedAt: true, municipality: { select: { name: true } } },
    }),
  ]);
  const nocs = await nocTitleMap(rows.map((r) => r.nocCode));
  return {
    total,
    rows: rows.map(({ municipality, ...r }) => ({
      ...r,
      municipalityName: municipality.name,
      nocTitleFr: nocs.get(r.nocCode)?.titleFr ?? r.nocCode,
      nocTitleEn: nocs.get(r.nocCode)?.titleEn ?? r.nocCode,
      displayStatus: displayStatus(r, now),
      actions: availableActions(r, now),
    })),
  };
}
export type EmployerVacancyRow = Awaited<ReturnType<typeof listEmployerVacancies>>["rows"][number];

async function nocTitleMap(codes: string[]) {
  const unique = [...new Set(codes)];
  if (!unique.length) return new Map<string, { titleFr: string; titleEn: string }>();
  const rows = await db.nocUnitGroup.findMany({ where: { code: { in: unique } }, select: { code: true, titleFr: true, titleEn: true } });
  return new Map(rows.map((r) => [r.code, { titleFr: r.titleFr, titleEn: r.titleEn }]));
}

// ---------- public board (no sign-in; no personal data) ----------

/** What every public query starts from: published, not expired, by a verified organisation. */
export function publicVacancyWhere(now: Date): Prisma.JobPostingWhereInput {
  return { status: "PUBLISHED", expiresAt: { gt: now }, employer: { verificationStatus: "VERIFIED" } };
}
/** publicVacancyWhere in SQL, for `"JobPosting" j` (an integration test holds the two to the same rows). */
export function publicVacancySql(now: Date): Prisma.Sql {
  return Prisma.sql`j."status" = 'PUBLISHED' AND j."expiresAt" > ${now}
    AND EXISTS (SELECT 1 FROM "Employer" e WHERE e."id" = j."employerId" AND e."verificationStatus" = 'VERIFIED')`;
}

async function keywordWhere(q: string | undefined): Promise<Prisma.JobPostingWhereInput[]> {
  if (!q) return [];
  const words = normalizeText(q).split(" ").filter((w) => w.length > 0).slice(0, 8);
  if (!words.length) return [];
  // Every word must appear (in the title, occupation, municipality, skills or description), or the whole query in
  // the employer's name. The employers are looked up first (a few hundred rows) so that the vacancies' condition is
  // "search text matches OR employer among these": PostgreSQL then combines the trigram index and the employer
  // index, where a join filter on the employer's name made it read every published vacancy (40 ms -> 2 ms).
  const employers = await db.employer.findMany({ where: { legalName: { contains: q, mode: "insensitive" } }, select: { id: true } });
  const text: Prisma.JobPostingWhereInput = { AND: words.map((w) => ({ searchText: { contains: w } })) };
  return [employers.length ? { OR: [text, { employerId: { in: employers.map((e) => e.id) } }] } : text];
}

const publicListSelect = {
  id: true, title: true, nocCode: true, regionCode: true, inCmm: true, positions: true, employmentType: true, hoursPerWeek: true,
  wageMinCents: true, wageMaxCents: true, minFrenchLevel: true, minEnglishLevel: true, startDate: true,
  offersHousingHelp: true, offersRelocation: true, offersFrancisation: true, offersImmigrationHelp: true, publishedAt: true, expiresAt: true,
  municipalityCode: true,
  municipality: { select: { name: true } },
  employer: { select: { legalName: true, verificationStatus: true } },
} as const;

/** One page of the public board, newest first. Public: no actor. */
export async function listPublicVacancies(query: TPublicSearch, now = new Date(), pageSize = PUBLIC_PAGE_SIZE) {
  const and: Prisma.JobPostingWhereInput[] = [publicVacancyWhere(now)];
  if (query.regions?.length) and.push({ regionCode: { in: query.regions } });
  if (query.noc) and.push({ nocCode: { startsWith: query.noc } });
  and.push(...(await keywordWhere(query.q)));
  const where: Prisma.JobPostingWhereInput = { AND: and };
  const [total, rows] = await Promise.all([
    db.jobPosting.count({ where }),
    db.jobPosting.findMany({ where, select: publicListSelect, orderBy: [{ publishedAt: "desc" }, { id: "asc" }], skip: (query.page - 1) * pageSize, take: pageSize }),
  ]);
  const nocs = await nocTitleMap(rows.map((r) => r.nocCode));
  return { total, page: query.page, pageSize, items: rows.map((r) => toPublicSummary(r, nocs)) };
}

type PublicRow = Prisma.JobPostingGetPayload<{ select: typeof publicListSelect }>;
function toPublicSummary(r: PublicRow, nocs: Map<string, { titleFr: string; titleEn: string }>) {
  return {
    id: r.id, title: r.title, nocCode: r.nocCode, nocTitleFr: nocs.get(r.nocCode)?.titleFr ?? r.nocCode, nocTitleEn: nocs.get(r.nocCode)?.titleEn ?? r.nocCode,
    employerName: r.employer.legalName, employerVerified: r.employer.verificationStatus === "VERIFIED",
    municipalityCode: r.municipalityCode, municipalityName: r.municipality.name, regionCode: r.regionCode, inCmm: r.inCmm,
    positions: r.positions, employmentType: r.employmentType, hoursPerWeek: r.hoursPerWeek, wageMinCents: r.wageMinCents, wageMaxCents: r.wageMaxCents,
    minFrenchLevel: r.minFrenchLevel, minEnglishLevel: r.minEnglishLevel, startDate: r.startDate ? toIsoDate(r.startDate) : null,
    offersHousingHelp: r.offersHousingHelp, offersRelocation: r.offersRelocation, offersFrancisation: r.offersFrancisation, offersImmigrationHelp: r.offersImmigrationHelp,
    publishedAt: r.publishedAt, expiresAt: r.expiresAt,
  };
}
export type PublicVacancySummary = ReturnType<typeof toPublicSummary>;

/** A public vacancy page, or null when it is not (or no longer) on the board. */
export async function getPublicVacancy(id: string, now = new Date()) {
  const v = await db.jobPosting.findFirst({
    where: { AND: [{ id }, publicVacancyWhere(now)] },
    select: {
      ...publicListSelect,
      description: true, requiredSkills: true, assetSkills: true, minExperienceYears: true, minEducation: true, lmiaStatus: true,
      municipality: { select: { name: true, mrcName: true, region: { select: { nameFr: true, nameEn: true } } } },
      employer: { select: { legalName: true, verificationStatus: true, website: true, sectorCode: true, description: true, municipality: { select: { name: true } } } },
    },
  });
  if (!v) return null;
  const nocs = await nocTitleMap([v.nocCode]);
  return {
    ...toPublicSummary(v, nocs),
    description: v.description, requiredSkills: v.requiredSkills, assetSkills: v.assetSkills, minExperienceYears: v.minExperienceYears,
    minEducation: v.minEducation, lmiaStatus: v.lmiaStatus, mrcName: v.municipality.mrcName, regionNameFr: v.municipality.region.nameFr, regionNameEn: v.municipality.region.nameEn,
    employer: { name: v.employer.legalName, verified: v.employer.verificationStatus === "VERIFIED", website: v.employer.website, sectorCode: v.employer.sectorCode, description: v.employer.description, municipalityName: v.employer.municipality?.name ?? null },
  };
}
export type PublicVacancy = NonNullable<Awaited<ReturnType<typeof getPublicVacancy>>>;

/** Published vacancies per region (for the map's counts), same rules as the board. */
export async function countPublicVacanciesByRegion(now = new Date()) {
  const rows = await db.jobPosting.groupBy({ by: ["regionCode"], where: publicVacancyWhere(now), _count: { _all: true } });
  return Object.fromEntries(rows.map((r) => [r.regionCode, r._count._all])) as Record<string, number>;
}
