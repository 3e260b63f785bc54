import "server-only";
import { logger } from "@/lib/server/logger";

// Outgoing e-mail. No mailer is wired yet (sending arrives with a later issue): the default transport writes a line
// to the log (recipient domain and subject only, never the body, which may hold a single-use link) so that callers
// already go through the one interface they will keep. Replace `transport` with an SMTP one when SMTP_URL is used.

export type Mail = { to: string; subject: string; text: string };
export interface MailTransport {
  send(mail: Mail): Promise<void>;
}

const logTransport: MailTransport = {
  async send(mail) {
    logger.info({ toDomain: mail.to.split("@")[1] ?? "?", subject: mail.subject }, "e-mail not sent (no mailer configured yet): logged only");
  },
};

let transport: MailTransport = logTransport;

/** For tests: swap the transport (returns the previous one). */
export function setMailTransport(next: MailTransport): MailTransport {
  const prev = transport;
  transport = next;
  return prev;
}

/** Sends, or logs when no mailer exists. Never throws: an e-mail that cannot leave must not undo the action that sent it. */
export async function sendMail(mail: Mail): Promise<{ sent: boolean }> {
  try {
    await transport.send(mail);
    return { sent: transport !== logTransport };
  } catch (err) {
    logger.error({ err, subject: mail.subject }, "e-mail sending failed");
    return { sent: false };
  }
}
