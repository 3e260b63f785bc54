import "server-only";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import { logger } from "@/lib/server/logger";

// Outgoing e-mail over SMTP (nodemailer), configured by SMTP_URL (smtp://user:pass@host:port, smtps:// for TLS).
// Without SMTP_URL (a developer's machine with no mail server) the transport writes a line to the log instead
// (recipient domain and subject only, never the body, which may hold a single-use link). In tests and e2e runs
// SMTP_URL points at a local SMTP capture (tests/fixtures/smtp-capture.ts): the real transport, a real server.
//
// Two ways to send:
//  - queueMail(): through pg-boss (queue "email-send", retried), for notifications (invitations, answers, digests).
//    The job holds the rendered message (no secret ever goes this way) until pg-boss's retention removes it.
//  - sendMail(): at once, for what the person is waiting for and what must not sit in a queue table (a password
//    reset link).

export type Mail = { to: string; subject: string; text: string; html?: string };
export interface MailTransport {
  send(mail: Mail): Promise<void>;
}

/** The sender of every message (replies go nowhere: conversations happen in the portal). */
export const MAIL_FROM = '"Passerelle Régions" <ne-pas-repondre@passerelle-regions.quebec>';

const logTransport: MailTransport = {
  async send(mail) {
    logger.info({ toDomain: mail.to.split("@")[1] ?? "?", subject: mail.subject }, "e-mail not sent (SMTP_URL not set): logged only");
  },
};

/** An SMTP transport for `url` (exported for tests that point it at the local capture). */
export function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    async send(mail) {
      await transporter.sendMail({ from: MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text, ...(mail.html ? { html: mail.html } : {}) });
    },
  };
}

let transport: MailTransport | undefined;
function currentTransport(): MailTransport {
  if (!transport) {
    const url = env().SMTP_URL;
    transport = url ? smtpTransport(url) : logTransport;
  }
  return transport;
}

/** For tests: swap the transport (returns the previous one). */
export function setMailTransport(next: MailTransport): MailTransport {
  const prev = currentTransport();
  transport = next;
  return prev;
}

/** Sends now, or logs when no mailer exists. Never throws: an e-mail that cannot leave must not undo the action that sent it. */
export async function sendMail(mail: Mail): Promise<{ sent: boolean }> {
  try {
    const t = currentTransport();
    await t.send(mail);
    return { sent: t !== logTransport };
  } catch (err) {
    logger.error({ err, subject: mail.subject }, "e-mail sending failed");
    return { sent: false };
  }
}

/** For the queue's worker: sends now and throws on failure, so that pg-boss retries. */
export async function deliverMail(mail: Mail): Promise<void> {
  await currentTransport().send(mail);
}

/**
 * Puts a message in the e-mail queue (sent by the worker, retried on failure). Never throws: when the queue itself is
 * unavailable the message is sent at once instead.
 */
export async function queueMail(mail: Mail): Promise<void> {
  try {
    const { enqueue, QUEUES } = await import("@/lib/server/jobs/boss");
    const id = await enqueue(QUEUES.emailSend, mail, { retryLimit: 5, retryDelay: 60, retryBackoff: true });
    if (id) return;
  } catch (err) {
    logger.error({ err }, "e-mail queue unavailable: sending at once");
  }
  await sendMail(mail);
}

/** An absolute link to a page of the portal, for e-mails. */
export function absoluteUrl(path: string): string {
  const e = env();
  const base = (e.NEXTAUTH_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, "");
  return `${base}${path.startsWith("/") ? path : `/${path}`}`;
}
