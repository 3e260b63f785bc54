// The life of a vacancy: which status changes are allowed, and how long a publication lasts.
// Pure rules (no I/O): the data layer asks these functions and refuses what they refuse.

export const POSTING_STATUSES = ["DRAFT", "PUBLISHED", "CLOSED", "FILLED"] as const;
export type PostingStatus = (typeof POSTING_STATUSES)[number];

/** What a person sees: a published vacancy past its expiry date is "expired" (still PUBLISHED in the database). */
export type DisplayStatus = "draft" | "published" | "expired" | "closed" | "filled";

export type LifecycleAction = "publish" | "close" | "fill" | "reopen" | "renew";

const DAY_MS = 24 * 60 * 60 * 1000;
/** A publication runs 60 days; renewals extend it, never beyond 180 days after the first publication. */
export const PUBLICATION_DAYS = 60;
export const MAX_PUBLICATION_DAYS = 180;
/** "Expiring soon" in lists and filters. */
export const EXPIRING_SOON_DAYS = 7;

export type LifecycleState = {
  status: PostingStatus;
  firstPublishedAt: Date | null;
  expiresAt: Date | null;
};

export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * DAY_MS);
}

/** The latest expiry a publication that started at `firstPublishedAt` can ever have. */
export function publicationCap(firstPublishedAt: Date): Date {
  return addDays(firstPublishedAt, MAX_PUBLICATION_DAYS);
}

export function isExpired(p: Pick<LifecycleState, "status" | "expiresAt">, now: Date): boolean {
  return p.status === "PUBLISHED" && !!p.expiresAt && p.expiresAt.getTime() <= now.getTime();
}

/** Published, not yet expired, and expiring within EXPIRING_SOON_DAYS. */
export function isExpiringSoon(p: Pick<LifecycleState, "status" | "expiresAt">, now: Date, days = EXPIRING_SOON_DAYS): boolean {
  if (p.status !== "PUBLISHED" || !p.expiresAt || isExpired(p, now)) return false;
  return p.expiresAt.getTime() - now.getTime() <= days * DAY_MS;
}

export function displayStatus(p: Pick<LifecycleState, "status" | "expiresAt">, now: Date): DisplayStatus {
  if (isExpired(p, now)) return "expired";
  return p.status.toLowerCase() as DisplayStatus;
}

/** Edits are refused once a vacancy is filled (it is a record of a hire, not an offer any more). */
export function canEdit(status: PostingStatus): boolean {
  return status !== "FILLED";
}

/** A lifecycle step refused by the rules, with the i18n key that explains why. */
export type LifecycleRefusal = { ok: false; reason: string };
export type LifecycleChange = { ok: true; status: PostingStatus; firstPublishedAt: Date | null; expiresAt: Date | null };

const refuse = (reason: string): LifecycleRefusal => ({ ok: false, reason });

/**
 * The state after `action`, or why it is refused. `now` is passed in so that the rules are deterministic.
 *  - publish: a draft starts a 60-day publication (firstPublishedAt = now).
 *  - renew: a published vacancy (even expired) gets 60 more days from now, capped at 180 days after its first
 *    publication; refused once the cap is reached.
 *  - close / fill: a published (or, for fill, closed) vacancy leaves the board.
 *  - reopen: a closed vacancy goes back on the board for what is left of its 180 days (duplicate it after that).
 */
export function applyLifecycle(p: LifecycleState, action: LifecycleAction, now: Date): LifecycleChange | LifecycleRefusal {
  const windowFrom = (first: Date): LifecycleChange | LifecycleRefusal => {
    const cap = publicationCap(first);
    if (cap.getTime() <= now.getTime()) return refuse("vacancy.errors.publicationLimitReached");
    const expiresAt = new Date(Math.min(addDays(now, PUBLICATION_DAYS).getTime(), cap.getTime()));
    return { ok: true, status: "PUBLISHED", firstPublishedAt: first, expiresAt };
  };
  switch (action) {
    case "publish":
      if (p.status !== "DRAFT") return refuse("vacancy.errors.notDraft");
      return { ok: true, status: "PUBLISHED", firstPublishedAt: now, expiresAt: addDays(now, PUBLICATION_DAYS) };
    case "renew": {
      if (p.status !== "PUBLISHED" || !p.firstPublishedAt) return refuse("vacancy.errors.notPublished");
      const next = windowFrom(p.firstPublishedAt);
      if (next.ok && p.expiresAt && next.expiresAt!.getTime() <= p.expiresAt.getTime()) return refuse("vacancy.errors.publicationLimitReached");
      return next;
    }
    case "close":
      if (p.status !== "PUBLISHED") return refuse("vacancy.errors.notPublished");
      return { ok: true, status: "CLOSED", firstPublishedAt: p.firstPublishedAt, expiresAt: p.expiresAt };
    case "fill":
      if (p.status !== "PUBLISHED" && p.status !== "CLOSED") return refuse("vacancy.errors.cannotFill");
      return { ok: true, status: "FILLED", firstPublishedAt: p.firstPublishedAt, expiresAt: p.expiresAt };
    case "reopen":
      if (p.status !== "CLOSED" || !p.firstPublishedAt) return refuse("vacancy.errors.notClosed");
      return windowFrom(p.firstPublishedAt);
  }
}

/** Lifecycle actions offered for a vacancy in this state (the buttons shown), in a stable order. */
export function availableActions(p: LifecycleState, now: Date): LifecycleAction[] {
  const all: LifecycleAction[] = ["publish", "renew", "reopen", "close", "fill"];
  return all.filter((a) => applyLifecycle(p, a, now).ok);
}
