// Consents of Loi 25: one per purpose, each off by default, given and withdrawn separately. Every change is stored
// (ConsentEvent) with the version of the wording the person saw; changing a text means a new version here, and a
// person who saw an older text is asked to read the new one before their choice is recorded. Pure.

export const CONSENT_PURPOSES = ["visible_to_employers", "included_in_matching", "shared_with_advisors"] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/** The current wording version of each purpose (candidate.consent.<purpose>.text in the messages). */
export const CONSENT_WORDING_VERSIONS: Readonly<Record<ConsentPurpose, string>> = Object.freeze({
  visible_to_employers: "2026-01",
  included_in_matching: "2026-01",
  shared_with_advisors: "2026-01",
});

/** The profile column holding each consent's current state. */
export const CONSENT_FIELDS = {
  visible_to_employers: "visibleToEmployers",
  included_in_matching: "includedInMatching",
  shared_with_advisors: "sharedWithAdvisors",
} as const satisfies Record<ConsentPurpose, string>;
