// Occupations regulated in Québec: a professional order (ordre professionnel) or, for construction trades, a
// competency certificate of the Commission de la construction du Québec. Shown next to the credential recognition
// status with a link to the body's site. Not exhaustive: the Office des professions lists every order. Pure.

export type RegulatingBody = { name: string; url: string };

const OIQ: RegulatingBody = { name: "Ordre des ingénieurs du Québec (OIQ)", url: "https://www.oiq.qc.ca" };
const CMQ: RegulatingBody = { name: "Collège des médecins du Québec", url: "https://www.cmq.org" };
const CCQ: RegulatingBody = { name: "Commission de la construction du Québec (CCQ)", url: "https://www.ccq.org" };

export const REGULATED_OCCUPATIONS: Readonly<Record<string, RegulatingBody>> = Object.freeze({
  "11100": { name: "Ordre des comptables professionnels agréés du Québec (CPA)", url: "https://cpaquebec.ca" },
  "21200": { name: "Ordre des architectes du Québec", url: "https://www.oaq.com" },
  "21300": OIQ,
  "21301": OIQ,
  "21310": OIQ,
  "21311": OIQ,
  "21320": OIQ,
  "21321": OIQ,
  "21322": OIQ,
  "21330": OIQ,
  "21331": OIQ,
  "21332": OIQ,
  "21390": OIQ,
  "21399": OIQ,
  "31100": CMQ,
  "31101": CMQ,
  "31102": CMQ,
  "31103": { name: "Ordre des médecins vétérinaires du Québec", url: "https://www.omvq.qc.ca" },
  "31110": { name: "Ordre des dentistes du Québec", url: "https://www.odq.qc.ca" },
  "31120": { name: "Ordre des pharmaciens du Québec", url: "https://www.opq.org" },
  "31121": { name: "Ordre des diététistes-nutritionnistes du Québec", url: "https://opdq.org" },
  "31200": { name: "Ordre des psychologues du Québec", url: "https://www.ordrepsy.qc.ca" },
  "31202": { name: "Ordre professionnel de la physiothérapie du Québec", url: "https://oppq.qc.ca" },
  "31203": { name: "Ordre des ergothérapeutes du Québec", url: "https://www.oeq.org" },
  "31301": { name: "Ordre des infirmières et infirmiers du Québec (OIIQ)", url: "https://www.oiiq.org" },
  "31302": { name: "Ordre des infirmières et infirmiers du Québec (OIIQ)", url: "https://www.oiiq.org" },
  "32101": { name: "Ordre des infirmières et infirmiers auxiliaires du Québec (OIIAQ)", url: "https://www.oiiaq.org" },
  "41101": { name: "Barreau du Québec / Chambre des notaires du Québec", url: "https://www.barreau.qc.ca" },
  "41300": { name: "Ordre des travailleurs sociaux et des thérapeutes conjugaux et familiaux du Québec", url: "https://www.otstcfq.org" },
  "72200": CCQ,
  "72300": CCQ,
  "72302": CCQ,
  "72310": CCQ,
  "72320": CCQ,
  "72402": CCQ,
  "72500": CCQ,
  "73100": CCQ,
  "73110": CCQ,
  "73112": CCQ,
});

/** Where to read about the recognition of one's credentials in general (the Office des professions' list of orders). */
export const ALL_PROFESSIONAL_ORDERS_URL = "https://www.opq.gouv.qc.ca/ordres-professionnels";

/** The regulating bodies of the given occupations, one entry per (code, body), in the order of the codes. */
export function regulatedOccupations(nocCodes: readonly string[]): { nocCode: string; body: RegulatingBody }[] {
  return nocCodes.flatMap((nocCode) => (REGULATED_OCCUPATIONS[nocCode] ? [{ nocCode, body: REGULATED_OCCUPATIONS[nocCode] }] : []));
}
