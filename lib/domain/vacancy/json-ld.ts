// schema.org JobPosting for a public vacancy page (what job boards and search engines read). Pure: a plain vacancy
// in, a JSON-serialisable object out. https://schema.org/JobPosting

export type JobPostingSource = {
  id: string;
  url: string;
  title: string;
  description: string;
  datePosted: Date | null;
  validThrough: Date | null;
  employmentType: string; // permanent | temporary | seasonal
  hoursPerWeek: number | null;
  positions: number;
  wageMinCents: number | null;
  wageMaxCents: number | null;
  startDate: string | null;
  nocCode: string;
  nocTitle: string;
  municipalityName: string;
  regionName: string;
  employerName: string;
  employerWebsite: string | null;
  requiredSkills: readonly string[];
  minExperienceYears: number | null;
  educationLabel: string | null;
  language: "fr" | "en";
  frenchLevel: number | null;
};

/** schema.org employmentType values: full time from 30 hours a week, plus TEMPORARY for temporary and seasonal jobs. */
export function schemaEmploymentTypes(employmentType: string, hoursPerWeek: number | null): string[] {
  const out = [hoursPerWeek !== null && hoursPerWeek < 30 ? "PART_TIME" : "FULL_TIME"];
  if (employmentType === "temporary" || employmentType === "seasonal") out.push("TEMPORARY");
  return out;
}

export function jobPostingJsonLd(v: JobPostingSource): Record<string, unknown> {
  const salary =
    v.wageMinCents === null
      ? undefined
      : {
          "@type": "MonetaryAmount",
          currency: "CAD",
          value: {
            "@type": "QuantitativeValue",
            unitText: "HOUR",
            ...(v.wageMaxCents !== null && v.wageMaxCents !== v.wageMinCents ? { minValue: v.wageMinCents / 100, maxValue: v.wageMaxCents / 100 } : { value: v.wageMinCents / 100 }),
          },
        };
  const doc: Record<string, unknown> = {
    "@context": "https://schema.org/",
    "@type": "JobPosting",
    title: v.title,
    description: v.description,
    identifier: { "@type": "PropertyValue", name: v.employerName, value: v.id },
    url: v.url,
    datePosted: v.datePosted?.toISOString().slice(0, 10),
    validThrough: v.validThrough?.toISOString(),
    employmentType: schemaEmploymentTypes(v.employmentType, v.hoursPerWeek),
    hiringOrganization: { "@type": "Organization", name: v.employerName, ...(v.employerWebsite ? { sameAs: v.employerWebsite } : {}) },
    jobLocation: {
      "@type": "Place",
      address: { "@type": "PostalAddress", addressLocality: v.municipalityName, addressRegion: "QC", addressCountry: "CA" },
    },
    occupationalCategory: `${v.nocCode} ${v.nocTitle}`,
    totalJobOpenings: v.positions,
    inLanguage: v.language,
    directApply: false,
    ...(salary ? { baseSalary: salary } : {}),
    ...(v.startDate ? { jobStartDate: v.startDate } : {}),
    ...(v.requiredSkills.length ? { skills: v.requiredSkills.join(", ") } : {}),
    ...(v.educationLabel ? { educationRequirements: v.educationLabel } : {}),
    ...(v.minExperienceYears ? { experienceRequirements: { "@type": "OccupationalExperienceRequirements", monthsOfExperience: Math.round(v.minExperienceYears * 12) } } : {}),
    ...(v.hoursPerWeek !== null ? { workHours: `${v.hoursPerWeek} h/${v.language === "fr" ? "semaine" : "week"}` } : {}),
  };
  return Object.fromEntries(Object.entries(doc).filter(([, value]) => value !== undefined));
}

/** JSON for a <script type="application/ld+json">: "<" escaped so that no text in it can close the script element. */
export function serializeJsonLd(doc: unknown): string {
  return JSON.stringify(doc).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
