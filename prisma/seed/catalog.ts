import { skillLabel, SKILL_VOCABULARY_BY_KEY } from "../../lib/domain/skills-vocabulary";

// Hand-written material for the demo data: occupations regions really recruit for (NOC 2021 codes checked against
// the reference file at seed time), fictional employers in real municipalities, names from the countries
// Québec's newcomers come from. Everything here is invented except codes and place names.

type Education = "none" | "secondary" | "vocational" | "college" | "bachelor" | "master" | "doctorate";

/** The French label of a skill of the shared vocabulary (throws if the vocabulary lost the key). */
function v(key: string): string {
  if (!SKILL_VOCABULARY_BY_KEY.has(key)) throw new Error(`demo catalog: skill "${key}" is not in lib/domain/skills-vocabulary.ts`);
  return skillLabel(key, "fr");
}

export interface OccupationSpec {
  noc: string;
  /** French job titles (épicène where usual), the first is the most common. */
  titles: string[];
  /** Skills, most typical first (French labels; most from the shared vocabulary, a few specific ones). */
  skills: string[];
  /** Typical hourly wage range, dollars. */
  wage: [number, number];
  education: [Education, number][];
  educationField: string;
  /** Typical minimum French level of a vacancy (Échelle 1..12), null = often none. */
  minFrench: [number, number] | null;
  /** Share of vacancies that are seasonal / temporary. */
  seasonal?: number;
  /** Relative number of vacancies and of candidates. */
  vacancyWeight: number;
  candidateWeight: number;
  /** Regulated profession: candidates trained abroad need the order's permit. */
  regulated?: boolean;
}

const TRADE_EDU: [Education, number][] = [["vocational", 6], ["secondary", 2], ["college", 1]];
const LOW_EDU: [Education, number][] = [["none", 2], ["secondary", 6], ["vocational", 1]];

export const OCCUPATIONS: readonly OccupationSpec[] = [
  {
    noc: "72106",
    titles: ["Soudeur / soudeuse", "Soudeur-assembleur / soudeuse-assembleuse", "Soudeur / soudeuse MIG"],
    skills: [v("mig-welding"), v("blueprint-reading"), v("flux-cored-welding"), v("tig-welding"), v("stick-welding"), v("oxy-fuel-cutting"), v("metal-fabrication"), "Certification CWB", "Meulage et finition"],
    wage: [24, 34], education: TRADE_EDU, educationField: "Soudage-montage", minFrench: [4, 6], vacancyWeight: 14, candidateWeight: 9,
  },
  {
    noc: "72400",
    titles: ["Mécanicien industriel / mécanicienne industrielle", "Mécanicien / mécanicienne de chantier (millwright)"],
    skills: [v("industrial-mechanics"), v("preventive-maintenance"), v("troubleshooting"), v("hydraulics"), v("pneumatics"), v("blueprint-reading"), v("welding"), "Alignement de machinerie", "Cadenassage"],
    wage: [30, 42], education: TRADE_EDU, educationField: "Mécanique industrielle de construction et d'entretien", minFrench: [5, 7], vacancyWeight: 9, candidateWeight: 5,
  },
  {
    noc: "72401",
    titles: ["Mécanicien / mécanicienne d'équipement lourd", "Mécanicien / mécanicienne d'engins de chantier"],
    skills: [v("heavy-vehicle-mechanics"), v("diesel-mechanics"), v("hydraulics"), v("troubleshooting"), v("preventive-maintenance"), v("welding"), "Freins pneumatiques", "Électronique embarquée"],
    wage: [32, 45], education: TRADE_EDU, educationField: "Mécanique d'engins de chantier", minFrench: [5, 6], vacancyWeight: 9, candidateWeight: 4,
  },
  {
    noc: "72410",
    titles: ["Mécanicien / mécanicienne de véhicules lourds routiers", "Mécanicien / mécanicienne automobile"],
    skills: [v("auto-mechanics"), v("diesel-mechanics"), v("troubleshooting"), v("preventive-maintenance"), "Freins pneumatiques", "Diagnostic électronique"],
    wage: [25, 36], education: TRADE_EDU, educationField: "Mécanique automobile", minFrench: [5, 6], vacancyWeight: 6, candidateWeight: 5,
  },
  {
    noc: "72201",
    titles: ["Électricien industriel / électricienne industrielle", "Électromécanicien / électromécanicienne"],
    skills: [v("industrial-electricity"), v("plc-programming"), v("troubleshooting"), v("instrumentation"), v("electromechanics"), "Lecture de schémas électriques", "Cadenassage"],
    wage: [32, 45], education: [["vocational", 5], ["college", 3]], educationField: "Électricité industrielle", minFrench: [6, 7], vacancyWeight: 6, candidateWeight: 4,
  },
  {
    noc: "73300",
    titles: ["Camionneur / camionneuse classe 1", "Chauffeur / chauffeuse de camion"],
    skills: [v("class-1-licence"), v("truck-driving"), v("dangerous-goods"), "Arrimage des charges", "Ronde de sécurité", "Conduite hivernale", "Heures de service (registre électronique)"],
    wage: [24, 32], education: [["secondary", 4], ["vocational", 5]], educationField: "Transport par camion", minFrench: [4, 6], vacancyWeight: 12, candidateWeight: 7,
  },
  {
    noc: "73400",
    titles: ["Opérateur / opératrice d'équipement lourd", "Conducteur / conductrice de pelle hydraulique"],
    skills: [v("heavy-equipment-operation"), v("construction-safety"), "Conduite de chargeuse", "Conduite de niveleuse", "Travaux de terrassement"],
    wage: [26, 36], education: TRADE_EDU, educationField: "Conduite d'engins de chantier", minFrench: [4, 5], vacancyWeight: 5, candidateWeight: 3,
  },
  {
    noc: "33102",
    titles: ["Préposé / préposée aux bénéficiaires", "Préposé / préposée aux soins en résidence"],
    skills: [v("patient-care"), v("personal-hygiene-care"), v("patient-handling"), v("elderly-care"), v("vital-signs"), v("cpr"), v("infection-control"), "Aide à l'alimentation"],
    wage: [21, 27], education: [["vocational", 5], ["secondary", 3], ["college", 1]], educationField: "Assistance à la personne en établissement et à domicile", minFrench: [6, 7],
    vacancyWeight: 14, candidateWeight: 10,
  },
  {
    noc: "31301",
    titles: ["Infirmier / infirmière", "Infirmier clinicien / infirmière clinicienne"],
    skills: [v("nursing-care"), v("clinical-assessment"), v("medication-administration"), v("infection-control"), "Soins de plaies", "Permis de l'OIIQ", v("medical-terminology")],
    wage: [33, 52], education: [["bachelor", 6], ["college", 4]], educationField: "Sciences infirmières", minFrench: [7, 8], vacancyWeight: 8, candidateWeight: 7, regulated: true,
  },
  {
    noc: "32101",
    titles: ["Infirmier auxiliaire / infirmière auxiliaire"],
    skills: [v("medication-administration"), v("vital-signs"), v("nursing-care"), "Soins de plaies", "Permis de l'OIIAQ", v("infection-control")],
    wage: [27, 35], education: [["vocational", 6], ["college", 2]], educationField: "Santé, assistance et soins infirmiers", minFrench: [7, 7], vacancyWeight: 5, candidateWeight: 4, regulated: true,
  },
  {
    noc: "44101",
    titles: ["Aide familial / aide familiale", "Préposé / préposée au soutien à domicile"],
    skills: [v("home-care"), v("elderly-care"), v("personal-hygiene-care"), v("housekeeping"), "Préparation des repas"],
    wage: [18, 24], education: LOW_EDU, educationField: "Soins à domicile", minFrench: [5, 6], vacancyWeight: 3, candidateWeight: 5,
  },
  {
    noc: "42202",
    titles: ["Éducateur / éducatrice à la petite enfance"],
    skills: [v("childcare"), v("first-aid"), "Programme éducatif Accueillir la petite enfance", "Observation et planification d'activités", "Communication avec les parents"],
    wage: [20, 30], education: [["college", 7], ["bachelor", 2], ["vocational", 1]], educationField: "Techniques d'éducation à l'enfance", minFrench: [7, 8], vacancyWeight: 6, candidateWeight: 5,
  },
  {
    noc: "63200",
    titles: ["Cuisinier / cuisinière", "Cuisinier / cuisinière à la ligne"],
    skills: [v("cooking"), v("food-safety"), v("line-cooking"), v("food-preparation"), "Planification de menus", v("inventory-management")],
    wage: [17.5, 24], education: [["vocational", 5], ["secondary", 3], ["college", 1]], educationField: "Cuisine", minFrench: [3, 5], vacancyWeight: 10, candidateWeight: 7,
  },
  {
    noc: "65201",
    titles: ["Aide-cuisinier / aide-cuisinière", "Préposé / préposée au comptoir alimentaire", "Plongeur / plongeuse"],
    skills: [v("food-preparation"), v("dishwashing"), v("food-safety"), v("customer-service"), v("cashier")],
    wage: [16.1, 18.5], education: LOW_EDU, educationField: "Services alimentaires", minFrench: [2, 4], seasonal: 0.2, vacancyWeight: 9, candidateWeight: 4,
  },
  {
    noc: "65200",
    titles: ["Serveur / serveuse"],
    skills: [v("table-service"), v("customer-service"), v("cashier"), v("bartending")],
    wage: [16.1, 18], education: LOW_EDU, educationField: "Service de la restauration", minFrench: [5, 6], seasonal: 0.3, vacancyWeight: 3, candidateWeight: 3,
  },
  {
    noc: "65310",
    titles: ["Préposé / préposée à l'entretien ménager"],
    skills: [v("housekeeping"), v("whmis"), "Buanderie", v("physical-endurance")],
    wage: [17, 21], education: LOW_EDU, educationField: "Entretien", minFrench: [2, 4], vacancyWeight: 4, candidateWeight: 3,
  },
  {
    noc: "94141",
    titles: ["Boucher industriel / bouchère industrielle", "Opérateur / opératrice à la découpe de viande"],
    skills: [v("butchery"), v("meat-processing"), v("food-safety"), "Maniement du couteau", "Travail au froid", v("production-line")],
    wage: [19, 26], education: [["none", 2], ["secondary", 4], ["vocational", 3]], educationField: "Boucherie", minFrench: [2, 4], vacancyWeight: 8, candidateWeight: 4,
  },
  {
    noc: "94142",
    titles: ["Ouvrier / ouvrière d'usine de transformation des produits marins", "Trancheur / trancheuse de poisson"],
    skills: [v("seafood-processing"), v("food-safety"), v("production-line"), "Travail au froid", "Filetage du poisson", v("quality-control")],
    wage: [17, 21], education: LOW_EDU, educationField: "Transformation des produits de la mer", minFrench: [1, 3], seasonal: 0.8, vacancyWeight: 7, candidateWeight: 2,
  },
  {
    noc: "94140",
    titles: ["Opérateur / opératrice de production alimentaire"],
    skills: [v("machine-operation"), v("food-processing"), v("food-safety"), v("quality-control"), "Bonnes pratiques de fabrication (BPF)"],
    wage: [19, 25], education: [["secondary", 5], ["vocational", 3]], educationField: "Transformation alimentaire", minFrench: [3, 5], vacancyWeight: 5, candidateWeight: 2,
  },
  {
    noc: "95106",
    titles: ["Manoeuvre en transformation alimentaire", "Emballeur / emballeuse"],
    skills: [v("production-line"), v("food-safety"), "Emballage", v("physical-endurance")],
    wage: [17, 20], education: LOW_EDU, educationField: "Aucun domaine particulier", minFrench: [1, 3], seasonal: 0.3, vacancyWeight: 5, candidateWeight: 2,
  },
  {
    noc: "94100",
    titles: ["Opérateur / opératrice de procédés en métallurgie"],
    skills: [v("machine-operation"), v("workplace-safety"), v("quality-control"), "Travail à haute température", "Cadenassage"],
    wage: [28, 38], education: [["secondary", 4], ["vocational", 4], ["college", 1]], educationField: "Conduite de procédés", minFrench: [5, 6], vacancyWeight: 3, candidateWeight: 2,
  },
  {
    noc: "94111",
    titles: ["Opérateur / opératrice de presse à injection"],
    skills: [v("machine-operation"), v("quality-control"), "Moulage par injection", v("lean-manufacturing")],
    wage: [19, 25], education: [["secondary", 5], ["vocational", 3]], educationField: "Plasturgie", minFrench: [3, 5], vacancyWeight: 2, candidateWeight: 1,
  },
  {
    noc: "94120",
    titles: ["Opérateur / opératrice de scierie"],
    skills: [v("sawmill"), v("machine-operation"), v("quality-control"), v("workplace-safety")],
    wage: [22, 30], education: [["secondary", 5], ["vocational", 3]], educationField: "Sciage", minFrench: [4, 5], vacancyWeight: 3, candidateWeight: 1,
  },
  {
    noc: "85100",
    titles: ["Ouvrier / ouvrière de ferme laitière", "Ouvrier / ouvrière agricole en production animale"],
    skills: [v("dairy-farming"), v("livestock"), v("animal-care"), v("tractor-operation"), "Nettoyage des bâtiments d'élevage"],
    wage: [16.1, 20], education: LOW_EDU, educationField: "Production animale", minFrench: null, vacancyWeight: 6, candidateWeight: 4,
  },
  {
    noc: "85101",
    titles: ["Ouvrier / ouvrière agricole (récolte)", "Cueilleur / cueilleuse de petits fruits"],
    skills: [v("harvesting"), v("greenhouse"), v("tractor-operation"), v("physical-endurance"), "Plantation et désherbage"],
    wage: [16.1, 18], education: LOW_EDU, educationField: "Production horticole", minFrench: null, seasonal: 0.9, vacancyWeight: 6, candidateWeight: 4,
  },
  {
    noc: "75110",
    titles: ["Manoeuvre en construction", "Aide-charpentier / aide-charpentière"],
    skills: [v("hand-power-tools"), v("construction-safety"), v("physical-endurance"), "Manutention de matériaux", "Travail en hauteur"],
    wage: [22, 28], education: LOW_EDU, educationField: "Construction", minFrench: [3, 4], seasonal: 0.3, vacancyWeight: 3, candidateWeight: 3,
  },
  {
    noc: "72310",
    titles: ["Charpentier-menuisier / charpentière-menuisière"],
    skills: [v("carpentry"), v("blueprint-reading"), v("construction-safety"), v("hand-power-tools"), "Coffrage", "Finition intérieure"],
    wage: [30, 40], education: TRADE_EDU, educationField: "Charpenterie-menuiserie", minFrench: [4, 6], vacancyWeight: 3, candidateWeight: 3,
  },
  {
    noc: "75101",
    titles: ["Manutentionnaire", "Préparateur / préparatrice de commandes"],
    skills: [v("forklift"), v("order-picking"), v("shipping-receiving"), v("warehousing"), v("physical-endurance")],
    wage: [18, 23], education: LOW_EDU, educationField: "Logistique", minFrench: [2, 4], vacancyWeight: 5, candidateWeight: 4,
  },
  {
    noc: "64100",
    titles: ["Conseiller / conseillère à la vente", "Vendeur / vendeuse"],
    skills: [v("sales"), v("customer-service"), v("cashier"), v("merchandising"), v("inventory-management")],
    wage: [16.1, 19], education: [["secondary", 6], ["college", 2]], educationField: "Vente-conseil", minFrench: [6, 7], vacancyWeight: 4, candidateWeight: 4,
  },
  {
    noc: "63202",
    titles: ["Boulanger-pâtissier / boulangère-pâtissière"],
    skills: [v("baking"), v("pastry"), v("food-safety"), "Fermentation et façonnage"],
    wage: [18, 24], education: TRADE_EDU, educationField: "Boulangerie", minFrench: [3, 5], vacancyWeight: 2, candidateWeight: 2,
  },
  // Occupations many candidates have but few regional vacancies ask for: the gap the portal tries to bridge.
  {
    noc: "21232",
    titles: ["Développeur / développeuse de logiciels", "Programmeur / programmeuse"],
    skills: [v("programming"), v("javascript"), v("python"), v("sql"), v("web-development"), v("java"), v("cloud-computing")],
    wage: [32, 55], education: [["bachelor", 6], ["master", 2], ["college", 2]], educationField: "Informatique", minFrench: [6, 7], vacancyWeight: 1, candidateWeight: 9,
  },
  {
    noc: "11100",
    titles: ["Comptable"],
    skills: [v("accounting"), v("bookkeeping"), v("excel"), v("payroll"), v("erp-systems")],
    wage: [28, 45], education: [["bachelor", 6], ["master", 3]], educationField: "Comptabilité", minFrench: [7, 8], vacancyWeight: 1, candidateWeight: 6, regulated: true,
  },
  {
    noc: "13110",
    titles: ["Adjoint administratif / adjointe administrative"],
    skills: [v("office-administration"), v("ms-office"), v("customer-service"), v("data-entry"), v("scheduling")],
    wage: [21, 28], education: [["college", 5], ["bachelor", 3], ["secondary", 2]], educationField: "Bureautique", minFrench: [8, 9], vacancyWeight: 1, candidateWeight: 6,
  },
  {
    noc: "21300",
    titles: ["Ingénieur civil / ingénieure civile"],
    skills: [v("project-management"), v("autocad"), "Calcul de structures", "Gestion de chantier", v("cad")],
    wage: [35, 55], education: [["bachelor", 5], ["master", 4]], educationField: "Génie civil", minFrench: [8, 9], vacancyWeight: 1, candidateWeight: 4, regulated: true,
  },
];

export const TRANSVERSAL_SKILLS: readonly string[] = [
  v("teamwork"), v("workplace-safety"), v("communication"), v("problem-solving"), v("driver-licence"), v("time-management"), v("first-aid"), v("ms-office"),
];

export const OCCUPATION_BY_NOC: ReadonlyMap<string, OccupationSpec> = new Map(OCCUPATIONS.map((o) => [o.noc, o]));

// ---------------------------------------------------------------------------------------------------------------
// Employers: fictional names, real municipalities (code + name checked against the reference data at seed time).

export interface EmployerSpec {
  key: string;
  legalName: string;
  sector: string; // SCIAN/NAICS top-level sector (2 digits; 31-33 as "31", 44-45 as "44", 48-49 as "48")
  municipality: [code: string, name: string];
  size: "1-9" | "10-49" | "50-199" | "200-499" | "500+";
  nocs: string[];
  status?: "PENDING" | "VERIFIED";
  description: string;
}

export const EMPLOYERS: readonly EmployerSpec[] = [
  // Mauricie (04)
  { key: "metallurgie-st-maurice", legalName: "Métallurgie Saint-Maurice inc.", sector: "31", municipality: ["37067", "Trois-Rivières"], size: "50-199", nocs: ["72106", "72400", "72201", "94100"], description: "Fabrication de structures d'acier et de composantes pour l'industrie lourde." },
  { key: "transport-mekinac", legalName: "Transport Mékinac ltée", sector: "48", municipality: ["36033", "Shawinigan"], size: "50-199", nocs: ["73300", "72410"], description: "Transport de marchandises générales et forestières au Québec et en Ontario." },
  { key: "berges-st-maurice", legalName: "Résidence Les Berges du Saint-Maurice", sector: "62", municipality: ["36033", "Shawinigan"], size: "50-199", nocs: ["33102", "32101", "63200", "65310"], description: "Résidence privée pour aînés de 180 unités avec soins." },
  { key: "scierie-haute-mauricie", legalName: "Scierie Haute-Mauricie inc.", sector: "31", municipality: ["90012", "La Tuque"], size: "200-499", nocs: ["94120", "72400", "73400", "75101"], description: "Sciage de résineux et rabotage." },
  { key: "aliments-louiseville", legalName: "Aliments Lac-Saint-Pierre inc.", sector: "31", municipality: ["51015", "Louiseville"], size: "50-199", nocs: ["94140", "95106", "94141"], description: "Transformation de viandes et plats cuisinés." },
  // Saguenay–Lac-Saint-Jean (02)
  { key: "fonderie-fjord", legalName: "Fonderie du Fjord inc.", sector: "31", municipality: ["94068", "Saguenay"], size: "200-499", nocs: ["94100", "72400", "72201", "72106"], description: "Fonderie d'aluminium et usinage de pièces." },
  { key: "fromagerie-lac", legalName: "Fromagerie du Lac inc.", sector: "31", municipality: ["91042", "Saint-Félicien"], size: "10-49", nocs: ["94140", "95106", "85100"], description: "Fromagerie artisanale et ferme laitière." },
  { key: "entretien-minier-boreal", legalName: "Entretien minier Boréal inc.", sector: "81", municipality: ["93042", "Alma"], size: "50-199", nocs: ["72401", "72106", "72410"], description: "Réparation d'équipement minier et forestier." },
  { key: "bistro-chicoutimi", legalName: "Bistro du Vieux-Port de Chicoutimi inc.", sector: "72", municipality: ["94068", "Saguenay"], size: "10-49", nocs: ["63200", "65201", "65200"], description: "Restaurant de 120 places, cuisine régionale." },
  { key: "transport-roberval", legalName: "Transport Roberval-Lac inc.", sector: "48", municipality: ["91025", "Roberval"], size: "10-49", nocs: ["73300"], description: "Transport de copeaux et de bois en longueur." },
  // Capitale-Nationale (03)
  { key: "boulangerie-charlevoix", legalName: "Boulangerie Charlevoix inc.", sector: "31", municipality: ["16013", "Baie-Saint-Paul"], size: "10-49", nocs: ["63202", "64100", "65201"], description: "Boulangerie artisanale et comptoir de vente." },
  { key: "auberge-cap-aux-oies", legalName: "Auberge du Cap-aux-Oies inc.", sector: "72", municipality: ["16013", "Baie-Saint-Paul"], size: "50-199", nocs: ["63200", "65201", "65310", "65200"], description: "Auberge de 60 chambres avec restaurant, ouverte à l'année." },
  { key: "construction-portneuf", legalName: "Construction Portneuf inc.", sector: "23", municipality: ["34128", "Saint-Raymond"], size: "10-49", nocs: ["72310", "75110", "73400"], description: "Construction résidentielle et commerciale." },
  { key: "cpe-petits-explorateurs", legalName: "CPE Les Petits Explorateurs", sector: "62", municipality: ["23027", "Québec"], size: "10-49", nocs: ["42202"], description: "Centre de la petite enfance de 80 places." },
  // Bas-Saint-Laurent (01)
  { key: "usinage-rimouski", legalName: "Usinage Rimouski inc.", sector: "31", municipality: ["10043", "Rimouski"], size: "50-199", nocs: ["72106", "72400", "94111"], description: "Usinage et fabrication de pièces pour le secteur maritime." },
  { key: "ferme-beaulieu", legalName: "Ferme laitière Beaulieu et fils S.E.N.C.", sector: "11", municipality: ["14082", "La Pocatière"], size: "1-9", nocs: ["85100"], description: "Ferme laitière de 250 vaches, robots de traite." },
  { key: "transport-fleuve-nord", legalName: "Transport Fleuve-Nord inc.", sector: "48", municipality: ["12072", "Rivière-du-Loup"], size: "50-199", nocs: ["73300", "72410"], description: "Transport longue distance Québec–Maritimes." },
  { key: "crevettes-matane", legalName: "Crevettes nordiques de Matane inc.", sector: "31", municipality: ["08053", "Matane"], size: "50-199", nocs: ["94142", "95106"], description: "Transformation de crevettes nordiques, saison d'avril à octobre." },
  // Estrie (05)
  { key: "meubles-megantic", legalName: "Meubles Mégantic inc.", sector: "31", municipality: ["30030", "Lac-Mégantic"], size: "50-199", nocs: ["72106", "75101", "72400"], description: "Fabrication de meubles de bureau en acier et en bois." },
  { key: "chsld-cantons", legalName: "Centre d'hébergement Les Cantons", sector: "62", municipality: ["43027", "Sherbrooke"], size: "200-499", nocs: ["33102", "32101", "31301"], description: "Centre d'hébergement privé conventionné de 150 lits." },
  { key: "plasturgie-magog", legalName: "Plasturgie Magog inc.", sector: "31", municipality: ["45072", "Magog"], size: "50-199", nocs: ["94111", "72400"], description: "Moulage par injection de pièces techniques." },
  { key: "charcuteries-granby", legalName: "Charcuteries de Granby inc.", sector: "31", municipality: ["47017", "Granby"], size: "50-199", nocs: ["94141", "95106", "94140"], description: "Charcuteries et viandes fumées." },
  // Outaouais (07)
  { key: "foresterie-maniwaki", legalName: "Travaux forestiers Haute-Gatineau inc.", sector: "11", municipality: ["83065", "Maniwaki"], size: "10-49", nocs: ["73400", "72401", "75110"], description: "Voirie forestière et récolte." },
  { key: "residence-gatineau", legalName: "Résidence Les Jardins de la Gatineau", sector: "62", municipality: ["81017", "Gatineau"], size: "50-199", nocs: ["33102", "44101", "65310"], description: "Résidence pour aînés autonomes et semi-autonomes." },
  // Abitibi-Témiscamingue (08)
  { key: "services-miniers-harricana", legalName: "Services miniers Harricana inc.", sector: "21", municipality: ["88057", "Amos"], size: "200-499", nocs: ["72401", "73400", "72106", "72201"], description: "Entrepreneur minier : développement, entretien, transport." },
  { key: "garage-diesel-rouyn", legalName: "Garage Diesel Rouyn inc.", sector: "81", municipality: ["86042", "Rouyn-Noranda"], size: "10-49", nocs: ["72410", "72401"], description: "Entretien de camions lourds et d'autobus." },
  { key: "epicerie-val-dor", legalName: "Marché Centre-Ville de Val-d'Or inc.", sector: "44", municipality: ["89008", "Val-d'Or"], size: "50-199", nocs: ["64100", "94141", "65201"], description: "Épicerie indépendante avec boucherie et comptoir de prêt-à-manger." },
  { key: "ferme-temis", legalName: "Ferme Témis Bio S.E.N.C.", sector: "11", municipality: ["85025", "Ville-Marie"], size: "1-9", nocs: ["85100", "85101"], description: "Élevage bovin biologique et maraîchage." },
  // Côte-Nord (09)
  { key: "metaux-baie-comeau", legalName: "Métaux nordiques de Baie-Comeau inc.", sector: "31", municipality: ["96020", "Baie-Comeau"], size: "200-499", nocs: ["94100", "72201", "72400"], description: "Première transformation de l'aluminium." },
  { key: "transport-minier-sept-iles", legalName: "Transport minier Sept-Îles inc.", sector: "48", municipality: ["97007", "Sept-Îles"], size: "50-199", nocs: ["73300", "73400", "72401"], description: "Transport de minerai et de matériel vers les sites miniers." },
  { key: "residence-minganie", legalName: "Résidence La Minganie", sector: "62", municipality: ["98040", "Havre-Saint-Pierre"], size: "10-49", nocs: ["33102", "32101", "63200"], description: "Résidence pour aînés, 45 unités." },
  { key: "pecheries-haute-cote", legalName: "Pêcheries de la Haute-Côte ltée", sector: "31", municipality: ["95045", "Forestville"], size: "50-199", nocs: ["94142"], description: "Transformation du crabe des neiges et du buccin." },
  // Nord-du-Québec (10)
  { key: "entretien-chibougamau", legalName: "Entretien industriel Chibougamau inc.", sector: "21", municipality: ["99025", "Chibougamau"], size: "50-199", nocs: ["72401", "73400", "72106"], description: "Services aux mines et aux scieries du Nord." },
  { key: "hotellerie-jamesie", legalName: "Hôtellerie Jamésie inc.", sector: "72", municipality: ["99025", "Chibougamau"], size: "10-49", nocs: ["63200", "65201", "65310"], description: "Hôtel et restaurant, clientèle de travailleurs miniers." },
  // Gaspésie–Îles-de-la-Madeleine (11)
  { key: "fruits-de-mer-chaleurs", legalName: "Fruits de mer Baie-des-Chaleurs ltée", sector: "31", municipality: ["06013", "Carleton-sur-Mer"], size: "50-199", nocs: ["94142", "95106"], description: "Transformation du homard et du crabe, d'avril à septembre." },
  { key: "homarderie-iles", legalName: "Homarderie des Îles inc.", sector: "31", municipality: ["01023", "Les Îles-de-la-Madeleine"], size: "10-49", nocs: ["94142"], description: "Transformation et expédition de homard." },
  { key: "composites-gaspe", legalName: "Composites éoliens de Gaspé inc.", sector: "31", municipality: ["03005", "Gaspé"], size: "200-499", nocs: ["72201", "72400", "72106", "94111"], description: "Fabrication de pales d'éoliennes." },
  { key: "auberge-sainte-anne", legalName: "Auberge du Mont-Albert inc.", sector: "72", municipality: ["04037", "Sainte-Anne-des-Monts"], size: "10-49", nocs: ["63200", "65200", "65201"], description: "Auberge et restaurant, forte saison l'été." },
  // Chaudière-Appalaches (12)
  { key: "soudure-beauce", legalName: "Soudure Beauce inc.", sector: "31", municipality: ["29073", "Saint-Georges"], size: "50-199", nocs: ["72106", "72400", "75101"], description: "Fabrication de remorques et de bennes." },
  { key: "decoupes-nouvelle-beauce", legalName: "Découpes Nouvelle-Beauce inc.", sector: "31", municipality: ["26030", "Sainte-Marie"], size: "200-499", nocs: ["94141", "95106", "94140"], description: "Abattage et découpe de porc." },
  { key: "fermes-appalaches", legalName: "Fermes des Appalaches S.E.N.C.", sector: "11", municipality: ["31084", "Thetford Mines"], size: "10-49", nocs: ["85100", "85101"], description: "Production laitière et acéricole." },
  { key: "transport-cote-du-sud", legalName: "Transport Côte-du-Sud inc.", sector: "48", municipality: ["18050", "Montmagny"], size: "10-49", nocs: ["73300"], description: "Transport réfrigéré." },
  { key: "levis-construction", legalName: "Coffrages Lévis inc.", sector: "23", municipality: ["25213", "Lévis"], size: "50-199", nocs: ["72310", "75110"], description: "Coffrage et béton pour bâtiments commerciaux." },
  // Centre-du-Québec (17)
  { key: "structures-drummond", legalName: "Structures métalliques Drummond inc.", sector: "31", municipality: ["49058", "Drummondville"], size: "200-499", nocs: ["72106", "72400", "75110"], description: "Charpentes d'acier pour bâtiments industriels." },
  { key: "laiterie-victoriaville", legalName: "Laiterie des Bois-Francs inc.", sector: "31", municipality: ["39062", "Victoriaville"], size: "50-199", nocs: ["94140", "95106", "73300"], description: "Transformation laitière." },
  { key: "serres-nicolet", legalName: "Serres Nicolet inc.", sector: "11", municipality: ["50072", "Nicolet"], size: "50-199", nocs: ["85101"], description: "Culture de tomates et de concombres en serre, à l'année." },
  // Montérégie, Lanaudière, Laurentides outside the CMM
  { key: "aliments-maskoutains", legalName: "Aliments maskoutains inc.", sector: "31", municipality: ["54048", "Saint-Hyacinthe"], size: "200-499", nocs: ["94140", "94141", "95106"], description: "Transformation alimentaire." },
  { key: "maraichers-napierville", legalName: "Maraîchers des Jardins-de-Napierville S.E.N.C.", sector: "11", municipality: ["68055", "Saint-Rémi"], size: "50-199", nocs: ["85101"], description: "Culture maraîchère, de mai à octobre." },
  { key: "transport-joliette", legalName: "Transport Joliette inc.", sector: "48", municipality: ["61025", "Joliette"], size: "50-199", nocs: ["73300", "72410"], description: "Transport de vrac et de conteneurs." },
  { key: "residence-mont-laurier", legalName: "Résidence Hautes-Laurentides", sector: "62", municipality: ["79088", "Mont-Laurier"], size: "10-49", nocs: ["33102", "63200"], description: "Résidence pour aînés." },
  // Inside the CMM
  { key: "logistique-laval", legalName: "Logistique Laval inc.", sector: "48", municipality: ["65005", "Laval"], size: "200-499", nocs: ["75101", "73300"], description: "Centre de distribution." },
  { key: "techno-montreal", legalName: "Solutions numériques Mont-Royal inc.", sector: "54", municipality: ["66023", "Montréal"], size: "50-199", nocs: ["21232"], description: "Développement de logiciels de gestion." },
  { key: "cuisine-longueuil", legalName: "Traiteur Rive-Sud inc.", sector: "72", municipality: ["58227", "Longueuil"], size: "10-49", nocs: ["63200", "65201"], description: "Traiteur pour entreprises." },
  { key: "entrepots-boucherville", legalName: "Entrepôts Boucherville inc.", sector: "41", municipality: ["58033", "Boucherville"], size: "50-199", nocs: ["75101"], description: "Distribution de produits alimentaires en gros." },
  // Pending verification
  { key: "soudure-becancour", legalName: "Soudure et montage Bécancour inc.", sector: "31", municipality: ["38010", "Bécancour"], size: "10-49", nocs: ["72106", "72400"], status: "PENDING", description: "Atelier de soudure et montage industriel, en démarrage." },
  { key: "pecheries-chandler", legalName: "Pêcheries Chandler inc.", sector: "31", municipality: ["02028", "Chandler"], size: "10-49", nocs: ["94142"], status: "PENDING", description: "Transformation de poissons de fond." },
  { key: "resto-phare-rimouski", legalName: "Restaurant Le Phare de Rimouski inc.", sector: "72", municipality: ["10043", "Rimouski"], size: "10-49", nocs: ["63200", "65200"], status: "PENDING", description: "Restaurant de fruits de mer." },
  { key: "clinique-cowansville", legalName: "Soins à domicile Brome-Missisquoi inc.", sector: "62", municipality: ["46080", "Cowansville"], size: "10-49", nocs: ["44101", "33102"], status: "PENDING", description: "Soins et soutien à domicile." },
];

// ---------------------------------------------------------------------------------------------------------------
// Candidates' countries: names, cities, how French and English usually are, which occupations are common.

export type FrenchProfile = "native" | "high" | "low";

export interface CountrySpec {
  code: string;
  weight: number;
  french: FrenchProfile;
  english: [number, number];
  cities: string[];
  dial: string;
  male: string[];
  female: string[];
  last: string[];
  /** Occupations more common among candidates from this country (weight multiplier 3). */
  common: string[];
  en?: boolean;
}

const MAGHREB_M = ["Mohamed", "Youssef", "Karim", "Amine", "Mehdi", "Hamza", "Omar", "Rachid", "Nabil", "Sofiane", "Walid", "Yassine", "Bilal", "Anis"];
const MAGHREB_F = ["Fatima", "Amina", "Sara", "Imane", "Nadia", "Leila", "Khadija", "Yasmine", "Salma", "Meriem", "Asma", "Rim", "Ines", "Houda"];

export const COUNTRIES: readonly CountrySpec[] = [
  {
    code: "FR", weight: 12, french: "native", english: [3, 7], cities: ["Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Lille", "Bordeaux", "Rennes", "Brest", "Clermont-Ferrand"], dial: "+33",
    male: ["Julien", "Thomas", "Nicolas", "Maxime", "Antoine", "Romain", "Guillaume", "Kevin", "Florian", "Mathieu", "Pierre", "Baptiste"],
    female: ["Camille", "Julie", "Marine", "Laura", "Pauline", "Émilie", "Claire", "Manon", "Sophie", "Chloé", "Océane", "Mathilde"],
    last: ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "Fournier", "Girard", "Bonnet"],
    common: ["72106", "63200", "31301", "42202", "72410"],
  },
  {
    code: "BE", weight: 3, french: "native", english: [4, 8], cities: ["Bruxelles", "Liège", "Namur", "Charleroi", "Mons"], dial: "+32",
    male: ["Arnaud", "Cédric", "Olivier", "Sébastien", "Jérôme", "Benoît", "Quentin", "Lucas"],
    female: ["Aurélie", "Céline", "Justine", "Élodie", "Charlotte", "Noémie", "Amandine", "Léa"],
    last: ["Peeters", "Janssens", "Dupont", "Lambert", "Dubois", "Renard", "Lemaire", "Collin", "Jacobs", "Mertens", "Willems", "Claes"],
    common: ["72400", "33102", "63202"],
  },
  {
    code: "MA", weight: 10, french: "high", english: [2, 6], cities: ["Casablanca", "Rabat", "Fès", "Marrakech", "Tanger", "Agadir", "Meknès", "Oujda"], dial: "+212",
    male: MAGHREB_M, female: MAGHREB_F,
    last: ["El Amrani", "Benali", "Alaoui", "Idrissi", "Bennani", "Tazi", "Chraibi", "Berrada", "El Fassi", "Ouazzani", "Lahlou", "Saidi", "Benjelloun", "Mansouri"],
    common: ["21232", "11100", "72106", "72201", "31301", "13110"],
  },
  {
    code: "DZ", weight: 7, french: "high", english: [2, 5], cities: ["Alger", "Oran", "Constantine", "Annaba", "Blida", "Sétif", "Tizi Ouzou"], dial: "+213",
    male: MAGHREB_M, female: MAGHREB_F,
    last: ["Boudiaf", "Benmansour", "Hamidi", "Belkacem", "Mebarki", "Haddad", "Khelifi", "Zerrouki", "Cherif", "Bouzid", "Rahmani", "Saadi", "Ait Ahmed"],
    common: ["21232", "21300", "11100", "72201", "31301"],
  },
  {
    code: "TN", weight: 6, french: "high", english: [2, 6], cities: ["Tunis", "Sfax", "Sousse", "Monastir", "Bizerte", "Gabès", "Nabeul"], dial: "+216",
    male: MAGHREB_M, female: MAGHREB_F,
    last: ["Ben Salah", "Trabelsi", "Gharbi", "Jebali", "Ben Ali", "Hammami", "Chaabane", "Bouazizi", "Mejri", "Dridi", "Ayari", "Khemiri"],
    common: ["72106", "21232", "31301", "72400", "11100"],
  },
  {
    code: "SN", weight: 5, french: "high", english: [2, 5], cities: ["Dakar", "Thiès", "Saint-Louis", "Kaolack", "Ziguinchor", "Mbour"], dial: "+221",
    male: ["Mamadou", "Ousmane", "Abdoulaye", "Ibrahima", "Cheikh", "Moussa", "Modou", "Pape", "Aliou", "Serigne"],
    female: ["Aminata", "Fatou", "Awa", "Mariama", "Khady", "Ndeye", "Aïssatou", "Coumba", "Rokhaya", "Astou"],
    last: ["Diop", "Ndiaye", "Fall", "Sow", "Diallo", "Ba", "Faye", "Sarr", "Gueye", "Mbaye", "Seck", "Thiam", "Cissé", "Kane"],
    common: ["11100", "13110", "33102", "73300", "21232"],
  },
  {
    code: "CI", weight: 5, french: "high", english: [2, 5], cities: ["Abidjan", "Bouaké", "Yamoussoukro", "San-Pédro", "Daloa", "Korhogo"], dial: "+225",
    male: ["Kouadio", "Yao", "Koffi", "Konan", "Jean-Marc", "Serge", "Didier", "Hervé", "Arsène", "Wilfried"],
    female: ["Adjoua", "Aya", "Affoué", "Mariam", "Christelle", "Grâce", "Prisca", "Estelle", "Larissa", "Nadège"],
    last: ["Kouassi", "Koné", "Traoré", "Ouattara", "Yao", "N'Guessan", "Kouamé", "Bamba", "Coulibaly", "Touré", "Aka", "Gnagne"],
    common: ["33102", "11100", "13110", "42202", "73300"],
  },
  {
    code: "CM", weight: 5, french: "high", english: [3, 7], cities: ["Yaoundé", "Douala", "Bafoussam", "Garoua", "Bamenda", "Ngaoundéré"], dial: "+237",
    male: ["Jean-Paul", "Patrick", "Armand", "Boris", "Franck", "Christian", "Rodrigue", "Landry", "Steve", "Cyrille"],
    female: ["Brigitte", "Carine", "Sandrine", "Joëlle", "Blandine", "Murielle", "Ornella", "Vanessa", "Chantal", "Flore"],
    last: ["Mbarga", "Nkoulou", "Fotso", "Tchoupo", "Ngono", "Kamga", "Essomba", "Nana", "Tchatchoua", "Abena", "Njoya", "Owona"],
    common: ["31301", "33102", "21232", "11100", "42202"],
  },
  {
    code: "CD", weight: 2, french: "high", english: [2, 5], cities: ["Kinshasa", "Lubumbashi", "Goma", "Bukavu", "Kisangani"], dial: "+243",
    male: ["Patrice", "Jonathan", "Fiston", "Glody", "Christian", "Héritier", "Dieudonné", "Trésor"],
    female: ["Nathalie", "Grâce", "Merveille", "Divine", "Esther", "Ruth", "Clarisse", "Benedicte"],
    last: ["Mukendi", "Kabongo", "Tshibangu", "Ilunga", "Mbuyi", "Kalala", "Lukusa", "Mutombo", "Kasongo", "Ngoy"],
    common: ["33102", "73300", "11100"],
  },
  {
    code: "HT", weight: 5, french: "high", english: [2, 5], cities: ["Port-au-Prince", "Cap-Haïtien", "Les Cayes", "Jacmel", "Gonaïves", "Pétion-Ville"], dial: "+509",
    male: ["Jean-Baptiste", "Wilner", "Jean-Robert", "Fritznel", "Ricardo", "Wisly", "Stanley", "Frantz", "Jacky", "Peterson"],
    female: ["Marie-Carmelle", "Nadège", "Rose-Marie", "Widline", "Guerline", "Fabiola", "Stéphanie", "Mirlande", "Roseline", "Darline"],
    last: ["Jean-Louis", "Pierre", "Joseph", "Charles", "Louis", "Saint-Fleur", "Dorvil", "Étienne", "Jean-Baptiste", "Desrosiers", "Augustin", "Célestin"],
    common: ["33102", "44101", "73300", "65310", "42202"],
  },
  {
    code: "LB", weight: 3, french: "high", english: [5, 9], cities: ["Beyrouth", "Tripoli", "Saïda", "Jounieh", "Zahlé"], dial: "+961",
    male: ["Georges", "Elie", "Charbel", "Rami", "Karim", "Fadi", "Joseph", "Tony", "Nadim", "Ziad"],
    female: ["Rita", "Nour", "Maya", "Rania", "Carla", "Joëlle", "Lara", "Tania", "Mireille", "Dima"],
    last: ["Khoury", "Haddad", "Nassar", "Saade", "Aoun", "Gemayel", "Frangieh", "Salameh", "Hajj", "Karam", "Abi Nader", "Chami"],
    common: ["11100", "21232", "31301", "21300"],
  },
  {
    code: "CO", weight: 6, french: "low", english: [2, 6], cities: ["Bogotá", "Medellín", "Cali", "Barranquilla", "Bucaramanga", "Pereira"], dial: "+57",
    male: ["Andrés", "Juan Carlos", "Santiago", "Felipe", "Camilo", "Diego", "Sebastián", "Julián", "Alejandro", "Óscar"],
    female: ["María José", "Valentina", "Daniela", "Carolina", "Natalia", "Paola", "Laura", "Juliana", "Catalina", "Ana María"],
    last: ["García", "Rodríguez", "Martínez", "López", "González", "Hernández", "Ramírez", "Gómez", "Díaz", "Torres", "Vargas", "Moreno", "Rojas", "Castro"],
    common: ["94141", "72106", "31301", "85101", "63200"],
  },
  {
    code: "MX", weight: 5, french: "low", english: [2, 6], cities: ["Ciudad de México", "Guadalajara", "Monterrey", "Puebla", "Querétaro", "León", "Morelia"], dial: "+52",
    male: ["José Luis", "Miguel Ángel", "Jesús", "Francisco", "Alejandro", "Ricardo", "Eduardo", "Arturo", "Jorge", "Luis Fernando"],
    female: ["Guadalupe", "María Fernanda", "Ximena", "Alejandra", "Verónica", "Adriana", "Mariana", "Gabriela", "Rocío", "Karla"],
    last: ["Hernández", "García", "Martínez", "López", "Pérez", "Sánchez", "Ramírez", "Flores", "Cruz", "Morales", "Reyes", "Jiménez", "Ortiz", "Mendoza"],
    common: ["85101", "85100", "94141", "72106", "73300"],
  },
  {
    code: "GT", weight: 3, french: "low", english: [1, 4], cities: ["Ciudad de Guatemala", "Quetzaltenango", "Escuintla", "Chimaltenango", "Huehuetenango"], dial: "+502",
    male: ["Juan", "Carlos", "Pedro", "Mario", "Byron", "Edgar", "Selvin", "Wilmer"],
    female: ["María", "Ana", "Rosa", "Sandra", "Glenda", "Heidy", "Lesbia", "Yesenia"],
    last: ["López", "García", "Pérez", "Ajú", "Chávez", "Tzoc", "Xicará", "Morales", "Cux", "Ixcoy", "Sic", "Hernández"],
    common: ["85101", "85100", "94141", "95106"],
  },
  {
    code: "BR", weight: 4, french: "low", english: [3, 7], cities: ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba", "Porto Alegre", "Recife", "Fortaleza"], dial: "+55",
    male: ["João", "Lucas", "Gabriel", "Rafael", "Thiago", "Bruno", "Felipe", "Gustavo", "Leonardo", "Matheus"],
    female: ["Ana Clara", "Beatriz", "Fernanda", "Juliana", "Larissa", "Camila", "Mariana", "Letícia", "Aline", "Patrícia"],
    last: ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Ferreira", "Almeida", "Rodrigues", "Lima", "Carvalho", "Gomes", "Ribeiro", "Araújo"],
    common: ["21232", "72106", "72401", "31301"],
  },
  {
    code: "PH", weight: 7, french: "low", english: [7, 10], cities: ["Manille", "Quezon City", "Cebu", "Davao", "Iloilo", "Baguio", "Cavite"], dial: "+63", en: true,
    male: ["John Paul", "Mark Anthony", "Jerome", "Christian", "Ramon", "Joel", "Rey", "Arnel", "Jayson", "Michael"],
    female: ["Maricel", "Jocelyn", "Rowena", "Grace", "Kristine", "Mary Joy", "Liza", "Rhea", "Angelica", "Jennifer"],
    last: ["Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Villanueva", "Dela Cruz", "Ramos", "Aquino", "Castillo", "Navarro", "Tolentino"],
    common: ["33102", "44101", "72106", "31301", "63200", "73300"],
  },
  {
    code: "IN", weight: 6, french: "low", english: [6, 10], cities: ["Mumbai", "Delhi", "Bangalore", "Chennai", "Hyderabad", "Pune", "Ludhiana", "Ahmedabad"], dial: "+91", en: true,
    male: ["Rahul", "Amit", "Gurpreet", "Harpreet", "Vikram", "Arjun", "Rohan", "Sandeep", "Manpreet", "Karan"],
    female: ["Priya", "Anjali", "Simranjeet", "Neha", "Pooja", "Kavya", "Divya", "Sneha", "Harleen", "Ritu"],
    last: ["Sharma", "Singh", "Patel", "Kumar", "Gill", "Sandhu", "Reddy", "Iyer", "Nair", "Gupta", "Mehta", "Dhillon", "Joshi", "Rao"],
    common: ["21232", "73300", "63200", "11100", "31301"],
  },
  {
    code: "UA", weight: 4, french: "low", english: [3, 7], cities: ["Kyiv", "Lviv", "Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia"], dial: "+380",
    male: ["Oleksandr", "Andriy", "Dmytro", "Serhiy", "Volodymyr", "Mykola", "Yuriy", "Taras", "Ivan", "Bohdan"],
    female: ["Olena", "Iryna", "Nataliya", "Oksana", "Tetiana", "Yuliia", "Kateryna", "Svitlana", "Anastasiia", "Mariia"],
    last: ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boyko", "Koval", "Oliynyk", "Lysenko", "Marchenko", "Savchenko"],
    common: ["72106", "73300", "72401", "21232", "72400"],
  },
];

export const QUEBEC_CITIES: readonly (readonly [string, number])[] = [
  ["Montréal", 50], ["Laval", 8], ["Longueuil", 6], ["Québec", 8], ["Gatineau", 5], ["Sherbrooke", 5], ["Trois-Rivières", 3],
  ["Saguenay", 2], ["Drummondville", 2], ["Saint-Hyacinthe", 2], ["Granby", 1], ["Rimouski", 1], ["Terrebonne", 2], ["Brossard", 3],
];

/** Regions of the CMM (06, 13) and those partly in it (14, 15, 16): where most newcomers want to live. */
export const CMM_REGION_CHOICES: readonly (readonly [string, number])[] = [["06", 10], ["13", 2.5], ["16", 2.5], ["15", 1.2], ["14", 1]];
/** Regions outside the CMM, weighted by how often candidates name them. */
export const OUTSIDE_REGION_CHOICES: readonly (readonly [string, number])[] = [
  ["03", 10], ["05", 6], ["07", 5], ["12", 3], ["17", 3], ["04", 3], ["02", 2.5], ["01", 2], ["08", 1.5], ["09", 1], ["11", 1], ["10", 0.5],
];
