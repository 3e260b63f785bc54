import type { ProfileSection } from "@/lib/domain/candidate/options";

/** The anchor of each section on the profile page (French in both languages, like the paths). Plain module: used by server and client components. */
export const SECTION_ANCHORS: Record<ProfileSection, string> = {
  identity: "identite",
  location: "situation",
  occupations: "professions",
  skills: "competences",
  education: "formation",
  languages: "langues",
  mobility: "regions",
  availability: "disponibilite",
};
