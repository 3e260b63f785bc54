import "server-only";
import { db } from "@/lib/server/db";
import { env } from "@/lib/env";
import { sendMail } from "@/lib/server/services/mailer";
import { createTranslator, type Vars } from "@/lib/i18n/translate";
import { toLocale } from "@/lib/i18n/config";

// E-mails of Journées Québec to candidates, in each person's language (their account's), through the one mailer
// interface. Called after the transaction that decided the thing has committed, so nobody is told about something
// that was rolled back; sending never throws (sendMail logs a failure), so a mail problem never undoes a decision.

export type CandidateNotice = "preselected" | "notRetained" | "offerMade" | "invitedToApply" | "bookingCancelled" | "applied";

/** Tells the candidate of each profile (subject and body from events.mail.<notice>.*, with vars). */
export async function tellCandidates(candidateProfileIds: readonly string[], notice: CandidateNotice, vars: (profileId: string, locale: "fr" | "en") => Vars) {
  if (candidateProfileIds.length === 0) return;
  const people = await db.candidateProfile.findMany({
    where: { id: { in: [...new Set(candidateProfileIds)] } },
    select: { id: true, firstName: true, user: { select: { email: true, locale: true } } },
  });
  const base = env().NEXTAUTH_URL ?? "";
  for (const p of people) {
    const locale = toLocale(p.user.locale);
    const t = createTranslator(locale);
    const v = { name: p.firstName ?? "", site: base, ...vars(p.id, locale) };
    await sendMail({ to: p.user.email, subject: t(`events.mail.${notice}.subject`, v), text: `${t("events.mail.greeting", v)}\n\n${t(`events.mail.${notice}.body`, v)}\n\n${t("events.mail.signature")}` });
  }
}
