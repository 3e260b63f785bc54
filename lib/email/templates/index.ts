// French and English e-mails of the portal (messages in lib/i18n/messages/{fr,en}/email.json). Each template takes
// the recipient's language and plain values, and returns subject, text and HTML. Pure: the caller sends.

import { createTranslator } from "@/lib/i18n/translate";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import { renderMail, type RenderedMail } from "./layout";

export type { RenderedMail } from "./layout";

function base(locale: Locale) {
  const t = createTranslator(locale);
  return { t, footer: t("email.footer") };
}

/** To a candidate: an organisation invites them to apply for a vacancy. */
export function invitationMail(locale: Locale, v: { organisation: string; vacancyTitle: string; place: string; message: string; url: string }): RenderedMail {
  const { t, footer } = base(locale);
  return renderMail(
    {
      subject: t("email.invitation.subject", { organisation: v.organisation }),
      title: t("email.invitation.title", { vacancy: v.vacancyTitle }),
      paragraphs: [t("email.invitation.intro", { organisation: v.organisation, vacancy: v.vacancyTitle, place: v.place }), t("email.invitation.messageIntro")],
      quote: v.message,
      action: { label: t("email.invitation.action"), url: v.url },
      footer: `${t("email.invitation.privacy")} ${footer}`,
    },
    locale,
  );
}

/** To each member of an organisation: an advisor verified it, or rejected its request (with the reason given). */
export function verificationMail(locale: Locale, v: { organisation: string; verified: boolean; reason: string | null; url: string }): RenderedMail {
  const { t, footer } = base(locale);
  const vars = { organisation: v.organisation };
  return renderMail(
    v.verified
      ? { subject: t("email.verification.subjectVerified", vars), title: t("email.verification.titleVerified"), paragraphs: [t("email.verification.introVerified", vars)], action: { label: t("email.verification.action"), url: v.url }, footer }
      : {
          subject: t("email.verification.subjectRejected", vars),
          title: t("email.verification.titleRejected"),
          paragraphs: [t("email.verification.introRejected", vars)],
          quote: v.reason,
          action: { label: t("email.verification.action"), url: v.url },
          footer: `${t("email.verification.nextRejected")} ${footer}`,
        },
    locale,
  );
}

/**
 * To the other side of a conversation: a message is waiting (the first one unread; never its text, which stays in
 * the portal). `organisation` names the writer for a candidate; an organisation is told "the person you invited".
 */
export function messageMail(locale: Locale, v: { organisation: string | null; vacancyTitle: string; url: string }): RenderedMail {
  const { t, footer } = base(locale);
  const vars = { organisation: v.organisation ?? "", vacancy: v.vacancyTitle };
  return renderMail(
    {
      subject: t("email.message.subject", vars),
      title: t("email.message.title"),
      paragraphs: [t(v.organisation ? "email.message.fromOrganisation" : "email.message.fromCandidate", vars), t("email.message.read")],
      action: { label: t("email.message.action"), url: v.url },
      footer,
    },
    locale,
  );
}

/**
 * To each integration advisor of a region: a person waits for a first meeting (a hire's hand-over or their own
 * request). Nothing about the person: the file is in the portal.
 */
export function handOverMail(locale: Locale, v: { region: string; source: "HIRE" | "REQUEST"; dueOn: string; url: string }): RenderedMail {
  const { t, footer } = base(locale);
  const vars = { region: v.region, due: formatDate(locale, v.dueOn, { dateStyle: "long" }) };
  return renderMail(
    {
      subject: t("email.handOver.subject", vars),
      title: t("email.handOver.title"),
      paragraphs: [t(v.source === "HIRE" ? "email.handOver.fromHire" : "email.handOver.fromRequest", vars), t("email.handOver.due", vars)],
      action: { label: t("email.handOver.action"), url: v.url },
      footer,
    },
    locale,
  );
}

/** To the member who invited: the candidate accepted (no name or contact in the e-mail: they are in the portal). */
export function acceptanceMail(locale: Locale, v: { vacancyTitle: string; url: string }): RenderedMail {
  const { t, footer } = base(locale);
  return renderMail(
    {
      subject: t("email.acceptance.subject", { vacancy: v.vacancyTitle }),
      title: t("email.acceptance.title"),
      paragraphs: [t("email.acceptance.intro", { vacancy: v.vacancyTitle }), t("email.acceptance.next")],
      action: { label: t("email.acceptance.action"), url: v.url },
      footer,
    },
    locale,
  );
}

/** To the member who saved searches: new or newly confirmed profiles since the last digest (at most one a day). */
export function alertDigestMail(locale: Locale, v: { searches: { name: string; count: number }[]; url: string }): RenderedMail {
  const { t, footer } = base(locale);
  const total = v.searches.reduce((n, s) => n + s.count, 0);
  return renderMail(
    {
      subject: t("email.digest.subject", { count: total }),
      title: t("email.digest.title"),
      paragraphs: [t("email.digest.intro", { count: total }), ...v.searches.map((s) => t("email.digest.line", { name: s.name, count: s.count }))],
      action: { label: t("email.digest.action"), url: v.url },
      footer: `${t("email.digest.unsubscribe")} ${footer}`,
    },
    locale,
  );
}

/** To a person who asked to reset their password: a single-use link, valid `minutes` minutes. */
export function passwordResetMail(locale: Locale, v: { url: string; minutes: number }): RenderedMail {
  const { t, footer } = base(locale);
  return renderMail(
    {
      subject: t("email.passwordReset.subject"),
      title: t("email.passwordReset.title"),
      paragraphs: [t("email.passwordReset.intro"), t("email.passwordReset.validity", { minutes: v.minutes }), t("email.passwordReset.ignore")],
      action: { label: t("email.passwordReset.action"), url: v.url },
      footer,
    },
    locale,
  );
}
