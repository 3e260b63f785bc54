import { DEMO_ACCOUNTS } from "./generate";
import { stableId } from "./prng";
import { inTransaction, sqlOf, type SeedClient } from "./sql";
import { addDaysIso, localToUtc } from "../../lib/domain/events/time";

// A demo Journées Québec event (issue 7): Paris, open for applications, three approved demo organisations from
// Mauricie, Abitibi-Témiscamingue and Côte-Nord, each with one of its published vacancies. Deterministic: ids come
// from stableId, dates from the seed's day. Created once (nothing is done when a demo event exists).

const ORGANISATIONS = ["metallurgie-st-maurice", "services-miniers-harricana", "metaux-baie-comeau"] as const;

export interface DemoEventResult {
  skipped: boolean;
  eventId: string | null;
  vacancies: number;
}

export async function seedDemoEvent(client: SeedClient, opts: { now?: Date } = {}): Promise<DemoEventResult> {
  const sql = sqlOf(client);
  const [present] = await sql.query<{ present: boolean }>(`SELECT EXISTS (SELECT 1 FROM "Event" WHERE "isDemo") AS present`);
  if (present.present) return { skipped: true, eventId: null, vacancies: 0 };
  const [advisor] = await sql.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [DEMO_ACCOUNTS.advisor]);
  if (!advisor) return { skipped: true, eventId: null, vacancies: 0 };
  const today = (opts.now ?? new Date()).toISOString().slice(0, 10);
  const start = addDaysIso(today, 45);
  const eventId = stableId("demo", "event", "paris");
  const year = start.slice(0, 4);
  return inTransaction(client, async (tx) => {
    await tx.query(
      `INSERT INTO "Event" ("id", "nameFr", "nameEn", "descriptionFr", "descriptionEn", "format", "city", "countryCode", "timeZone", "startDate", "endDate",
         "applicationDeadline", "sectorCodes", "regionCodes", "status", "createdById", "isDemo", "createdAt", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, 'IN_PERSON', 'Paris', 'FR', 'Europe/Paris', $6::date, $7::date, $8, $9::text[], $10::text[], 'OPEN_CANDIDATES', $11, true, $12, $12)`,
      [
        eventId,
        `Journées Québec Paris ${year}`,
        `Journées Québec Paris ${year}`,
        "Employeurs des régions du Québec à la rencontre de candidates et de candidats à Paris : entrevues sur place pendant trois jours.",
        "Employers from Québec's regions meet candidates in Paris: on-site interviews over three days.",
        start,
        addDaysIso(start, 2),
        localToUtc(addDaysIso(start, -5), "23:59", "Europe/Paris").toISOString(),
        ["31", "21"],
        ["04", "08", "09"],
        advisor.id,
        `${today}T12:00:00.000Z`,
      ],
    );
    let vacancies = 0;
    for (const key of ORGANISATIONS) {
      const employerId = stableId("demo", "employer", key);
      const [owner] = await tx.query<{ userId: string }>(`SELECT "userId" FROM "EmployerMember" WHERE "employerId" = $1 ORDER BY "createdAt" LIMIT 1`, [employerId]);
      const [posting] = await tx.query<{ id: string }>(`SELECT id FROM "JobPosting" WHERE "employerId" = $1 AND status = 'PUBLISHED' ORDER BY id LIMIT 1`, [employerId]);
      if (!owner || !posting) continue;
      const participationId = stableId("demo", "event", "paris", "participation", key);
      await tx.query(
        `INSERT INTO "EventParticipation" ("id", "eventId", "employerId", "status", "registeredById", "decidedById", "decidedAt", "createdAt")
         VALUES ($1, $2, $3, 'APPROVED', $4, $5, $6, $6)`,
        [participationId, eventId, employerId, owner.userId, advisor.id, `${today}T12:00:00.000Z`],
      );
      await tx.query(`INSERT INTO "EventVacancy" ("id", "eventId", "participationId", "employerId", "jobPostingId", "createdAt") VALUES ($1, $2, $3, $4, $5, $6)`, [
        stableId("demo", "event", "paris", "vacancy", key),
        eventId,
        participationId,
        employerId,
        posting.id,
        `${today}T12:00:00.000Z`,
      ]);
      vacancies++;
    }
    return { skipped: false, eventId, vacancies };
  });
}

export function formatDemoEventResult(r: DemoEventResult): string {
  return r.skipped ? "Demo event: already present (or no demo advisor), nothing done." : `Demo event: Journées Québec Paris with ${r.vacancies} vacancies.`;
}
