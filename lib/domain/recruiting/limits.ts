// Abuse limits of recruiting: how many profile views, searches, invitations and messages an organisation (and, on
// top of it, one network address) may make in a window. A person working normally never meets them; a script
// copying the pool does. Counted in PostgreSQL (lib/server/rate-limit.ts), answered with the translated 429 page
// or message.

export type RecruitingLimitKind = "profileView" | "search" | "invitation" | "message" | "passwordReset";

export type LimitRule = { perOrganisation: number; perAddress: number; windowSeconds: number };

const HOUR = 3600;

export const RECRUITING_LIMITS: Readonly<Record<RecruitingLimitKind, LimitRule>> = Object.freeze({
  profileView: { perOrganisation: 300, perAddress: 300, windowSeconds: HOUR },
  search: { perOrganisation: 600, perAddress: 600, windowSeconds: HOUR },
  invitation: { perOrganisation: 100, perAddress: 100, windowSeconds: 24 * HOUR },
  // Candidates write messages too: "organisation" is then the candidate's own profile.
  message: { perOrganisation: 200, perAddress: 300, windowSeconds: HOUR },
  // Per e-mail address asked for and per network address.
  passwordReset: { perOrganisation: 5, perAddress: 20, windowSeconds: HOUR },
});

/** The rate-limit keys of one hit: the organisation's (or account's) and the network address's. */
export function limitKeys(kind: RecruitingLimitKind, subject: string, ip: string | null): { subjectKey: string; addressKey: string | null } {
  return { subjectKey: `rc:${kind}:s:${subject}`, addressKey: ip ? `rc:${kind}:ip:${ip}` : null };
}
