import { describe, expect, it } from "vitest";
import { jobPostingJsonLd, schemaEmploymentTypes, serializeJsonLd, type JobPostingSource } from "@/lib/domain/vacancy/json-ld";

const base: JobPostingSource = {
  id: "v1", url: "https://passerelle.example/emplois/v1", title: "Soudeur ou soudeuse", description: "Soudure de pièces d'acier.",
  datePosted: new Date("2027-01-10T15:00:00Z"), validThrough: new Date("2027-03-11T15:00:00Z"), employmentType: "seasonal", hoursPerWeek: 40,
  positions: 2, wageMinCents: 2750, wageMaxCents: 3200, startDate: "2027-02-01", nocCode: "72106", nocTitle: "Soudeurs/soudeuses",
  municipalityName: "Saguenay", regionName: "Saguenay–Lac-Saint-Jean", employerName: "Scierie du Nord inc.", employerWebsite: "https://scierie.example",
  requiredSkills: ["Soudage MIG"], minExperienceYears: 2, educationLabel: "DEP", language: "fr", frenchLevel: 6,
};

describe("schema.org JobPosting", () => {
  it("describes the vacancy as job boards read it", () => {
    const doc = jobPostingJsonLd(base);
    expect(doc).toMatchObject({
      "@context": "https://schema.org/",
      "@type": "JobPosting",
      title: "Soudeur ou soudeuse",
      datePosted: "2027-01-10",
      validThrough: "2027-03-11T15:00:00.000Z",
      employmentType: ["FULL_TIME", "TEMPORARY"],
      hiringOrganization: { "@type": "Organization", name: "Scierie du Nord inc.", sameAs: "https://scierie.example" },
      jobLocation: { "@type": "Place", address: { "@type": "PostalAddress", addressLocality: "Saguenay", addressRegion: "QC", addressCountry: "CA" } },
      baseSalary: { "@type": "MonetaryAmount", currency: "CAD", value: { "@type": "QuantitativeValue", minValue: 27.5, maxValue: 32, unitText: "HOUR" } },
      occupationalCategory: "72106 Soudeurs/soudeuses",
      experienceRequirements: { monthsOfExperience: 24 },
      jobStartDate: "2027-02-01",
    });
  });

  it("gives a single salary value when there is no range, and leaves out what is unknown", () => {
    const doc = jobPostingJsonLd({ ...base, wageMaxCents: null, startDate: null, employerWebsite: null, minExperienceYears: null, educationLabel: null, requiredSkills: [] });
    expect(doc.baseSalary).toEqual({ "@type": "MonetaryAmount", currency: "CAD", value: { "@type": "QuantitativeValue", unitText: "HOUR", value: 27.5 } });
    for (const k of ["jobStartDate", "experienceRequirements", "educationRequirements", "skills"]) expect(doc).not.toHaveProperty(k);
    expect(doc.hiringOrganization).toEqual({ "@type": "Organization", name: "Scierie du Nord inc." });
  });

  it("part time under 30 hours; permanent jobs are not TEMPORARY", () => {
    expect(schemaEmploymentTypes("permanent", 20)).toEqual(["PART_TIME"]);
    expect(schemaEmploymentTypes("permanent", 37.5)).toEqual(["FULL_TIME"]);
    expect(schemaEmploymentTypes("temporary", null)).toEqual(["FULL_TIME", "TEMPORARY"]);
  });

  it("cannot be broken out of its script element by a description", () => {
    const json = serializeJsonLd(jobPostingJsonLd({ ...base, description: "</script><script>alert(1)</script>" }));
    expect(json).not.toContain("</script>");
    expect(JSON.parse(json).description).toBe("</script><script>alert(1)</script>");
  });
});
