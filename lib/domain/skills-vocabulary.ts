// A compact bilingual vocabulary of skills common in job vacancies of Québec's regions (trades, manufacturing,
// construction, transport, agriculture, health, care, food, retail, office, IT). It lets the matching engine see
// that "welding" and "soudage", or "forklift" and "chariot élévateur", are the same skill, and gives skill
// suggestions a French and an English label for each entry.
//
// Each entry has a stable `key` (kebab-case, never shown to people), a French and an English label and optional
// synonyms (either language, abbreviations such as "SIMDUT", "PAB", "GMAW"). `broader` names a more general
// entry: holding the narrower skill (MIG welding) means holding the broader one (welding).
// Labels are compared through labelKey (lib/domain/text.ts): case, accents, punctuation and word order ignored.

import { labelKey } from "./text";

export type SkillDomain =
  | "trades"
  | "construction"
  | "manufacturing"
  | "transport"
  | "agriculture"
  | "health"
  | "care"
  | "food"
  | "retail"
  | "office"
  | "it"
  | "general";

export interface SkillVocabularyEntry {
  readonly key: string;
  readonly fr: string;
  readonly en: string;
  readonly domain: SkillDomain;
  readonly synonyms: readonly string[];
  /** Key of a more general entry that this skill implies. */
  readonly broader?: string;
}

function entry(
  key: string,
  fr: string,
  en: string,
  domain: SkillDomain,
  synonyms: readonly string[] = [],
  broader?: string,
): SkillVocabularyEntry {
  return Object.freeze({ key, fr, en, domain, synonyms: Object.freeze([...synonyms]), ...(broader ? { broader } : {}) });
}

export const SKILL_VOCABULARY: readonly SkillVocabularyEntry[] = Object.freeze([
  // Welding, metalwork, machining
  entry("welding", "Soudage", "Welding", "trades", ["soudure", "souder", "weld", "welder", "soudeur"]),
  entry("mig-welding", "Soudage MIG", "MIG welding", "trades", ["GMAW", "soudage semi-automatique", "gas metal arc welding", "soudure MIG"], "welding"),
  entry("tig-welding", "Soudage TIG", "TIG welding", "trades", ["GTAW", "gas tungsten arc welding", "soudure TIG"], "welding"),
  entry("stick-welding", "Soudage à l'arc (électrode enrobée)", "Stick welding (SMAW)", "trades", ["soudage à l'arc", "SMAW", "arc welding", "shielded metal arc welding", "soudage à l'électrode enrobée", "stick welding"], "welding"),
  entry("flux-cored-welding", "Soudage avec fil fourré", "Flux-cored arc welding", "trades", ["FCAW", "fil fourré", "flux core welding"], "welding"),
  entry("oxy-fuel-cutting", "Oxycoupage", "Oxy-fuel cutting", "trades", ["coupage oxyacétylénique", "oxyacetylene cutting", "torch cutting", "coupage au chalumeau"]),
  entry("blueprint-reading", "Lecture de plans", "Blueprint reading", "trades", ["lecture de plans et devis", "reading blueprints", "plan reading", "interprétation de plans", "technical drawing reading", "lecture de dessins techniques"]),
  entry("metal-fabrication", "Fabrication métallique", "Metal fabrication", "trades", ["assemblage de structures métalliques", "steel fabrication", "fabrication de structures métalliques"]),
  entry("machining", "Usinage", "Machining", "manufacturing", ["machiniste", "machinist", "techniques d'usinage"]),
  entry("cnc-machining", "Usinage CNC", "CNC machining", "manufacturing", ["commande numérique", "usinage sur machines à commande numérique", "CNC", "CNC programming", "programmation CNC"], "machining"),
  entry("industrial-mechanics", "Mécanique industrielle", "Industrial mechanics", "trades", ["millwright", "millwrighting", "mécanicien industriel", "mécanique de machines fixes"]),
  entry("electromechanics", "Électromécanique", "Electromechanics", "trades", ["électromécanicien", "electromechanical maintenance", "électromécanique de systèmes automatisés"]),
  entry("preventive-maintenance", "Entretien préventif", "Preventive maintenance", "trades", ["maintenance préventive", "preventative maintenance"]),
  entry("troubleshooting", "Dépannage", "Troubleshooting", "trades", ["résolution de pannes", "diagnostic de pannes", "fault finding"]),
  entry("hydraulics", "Hydraulique", "Hydraulics", "trades", ["systèmes hydrauliques", "hydraulic systems"]),
  entry("pneumatics", "Pneumatique", "Pneumatics", "trades", ["systèmes pneumatiques", "pneumatic systems"]),
  entry("plc-programming", "Programmation d'automates", "PLC programming", "trades", ["automates programmables", "programmable logic controllers", "PLC", "API automate"]),
  entry("instrumentation", "Instrumentation et contrôle", "Instrumentation and control", "trades", ["instrumentation", "régulation", "process control"]),
  entry("industrial-electricity", "Électricité industrielle", "Industrial electrical work", "trades", ["électricien industriel", "industrial electrician"]),
  entry("electrical-wiring", "Installation électrique", "Electrical wiring", "construction", ["câblage électrique", "filage électrique", "électricité du bâtiment", "building electrical work", "électricien", "electrician"]),
  entry("auto-mechanics", "Mécanique automobile", "Automotive mechanics", "trades", ["mécanicien automobile", "auto mechanic", "car repair", "automotive repair", "réparation automobile"]),
  entry("heavy-vehicle-mechanics", "Mécanique de véhicules lourds", "Heavy-duty vehicle mechanics", "trades", ["mécanique d'engins de chantier", "heavy equipment mechanics", "heavy duty mechanics", "heavy-duty mechanic", "mécanique de véhicules lourds routiers"]),
  entry("diesel-mechanics", "Mécanique diesel", "Diesel mechanics", "trades", ["moteurs diesel", "diesel engines", "diesel mechanic"]),
  entry("auto-body-repair", "Carrosserie", "Auto body repair", "trades", ["débosselage", "body work", "auto body", "carrossier"]),
  entry("aircraft-maintenance", "Entretien d'aéronefs", "Aircraft maintenance", "trades", ["mécanique d'aéronefs", "aircraft mechanic", "AME"]),
  // Construction
  entry("carpentry", "Charpenterie-menuiserie", "Carpentry", "construction", ["charpenterie", "menuiserie", "charpentier menuisier", "carpenter", "framing", "coffrage"]),
  entry("cabinetmaking", "Ébénisterie", "Cabinetmaking", "construction", ["ébéniste", "cabinet maker", "fine woodworking"]),
  entry("plumbing", "Plomberie", "Plumbing", "construction", ["plombier", "plumber"]),
  entry("pipefitting", "Tuyauterie", "Pipefitting", "construction", ["tuyauteur", "pipefitter", "steamfitting"]),
  entry("hvac", "Chauffage, ventilation et climatisation", "HVAC", "construction", ["CVC", "CVCA", "heating ventilation and air conditioning", "ventilation", "climatisation"]),
  entry("refrigeration", "Réfrigération", "Refrigeration", "construction", ["frigoriste", "refrigeration mechanic", "mécanique de réfrigération"]),
  entry("masonry", "Maçonnerie", "Masonry", "construction", ["briquetage", "briqueteur-maçon", "bricklaying", "mason"]),
  entry("concrete-work", "Travail du béton", "Concrete work", "construction", ["finition de béton", "cimentier-applicateur", "concrete finishing", "bétonnage"]),
  entry("drywall", "Pose de gypse", "Drywall installation", "construction", ["plâtrage", "cloisons sèches", "tirage de joints", "drywall", "gypse"]),
  entry("painting", "Peinture en bâtiment", "Building painting", "construction", ["peintre en bâtiment", "painter", "house painting"]),
  entry("roofing", "Couverture", "Roofing", "construction", ["toiture", "couvreur", "roofer"]),
  entry("heavy-equipment-operation", "Conduite d'engins de chantier", "Heavy equipment operation", "construction", ["opération de machinerie lourde", "machinerie lourde", "heavy equipment operator", "operating heavy machinery", "conduite de pelle hydraulique", "excavator operation"]),
  entry("crane-operation", "Grutage", "Crane operation", "construction", ["conduite de grue", "opérateur de grue", "crane operator"]),
  entry("construction-safety", "Santé et sécurité sur les chantiers (ASP Construction)", "Construction site safety", "construction", ["ASP Construction", "santé et sécurité générale sur les chantiers de construction", "construction safety"]),
  entry("snow-removal", "Déneigement", "Snow removal", "construction", ["snow plowing", "déblaiement de neige"]),
  entry("landscaping", "Aménagement paysager", "Landscaping", "construction", ["entretien paysager", "horticulture ornementale", "landscape maintenance", "paysagiste"]),
  entry("hand-power-tools", "Utilisation d'outils manuels et électriques", "Hand and power tools", "construction", ["outils électriques", "power tools", "outillage"]),
  // Manufacturing, plants, forestry, food processing
  entry("forklift", "Conduite de chariot élévateur", "Forklift operation", "manufacturing", ["chariot élévateur", "forklift", "lift truck", "cariste", "chariot élévateur à fourche", "forklift driver", "conducteur de chariot élévateur"]),
  entry("workplace-safety", "Santé et sécurité au travail", "Occupational health and safety", "general", ["SST", "OHS", "santé sécurité", "health and safety", "occupational safety"]),
  entry("whmis", "SIMDUT", "WHMIS", "general", ["système d'information sur les matières dangereuses utilisées au travail", "workplace hazardous materials information system"]),
  entry("quality-control", "Contrôle de la qualité", "Quality control", "manufacturing", ["contrôle qualité", "QC", "inspection de la qualité", "quality assurance", "assurance qualité", "inspection qualité"]),
  entry("production-line", "Travail sur chaîne de production", "Production line work", "manufacturing", ["chaîne de montage", "assembly line", "ligne de production", "production line", "opérateur de production", "production worker"]),
  entry("assembly", "Assemblage", "Assembly", "manufacturing", ["assembleur", "assembler", "montage mécanique", "mechanical assembly"]),
  entry("machine-operation", "Conduite de machines de production", "Machine operation", "manufacturing", ["opération de machines", "machine operator", "opérateur de machines", "conduite de machines industrielles"]),
  entry("lean-manufacturing", "Production à valeur ajoutée (Lean)", "Lean manufacturing", "manufacturing", ["lean", "amélioration continue", "continuous improvement", "5S", "kaizen"]),
  entry("sawmill", "Opération de scierie", "Sawmill operation", "manufacturing", ["sciage", "scierie", "sawmill", "sawyer"]),
  entry("forestry-work", "Travaux forestiers", "Forestry work", "agriculture", ["foresterie", "sylviculture", "débroussaillage", "silviculture", "forestry", "abattage manuel"]),
  entry("chainsaw", "Utilisation de scie à chaîne", "Chainsaw operation", "agriculture", ["scie à chaîne", "tronçonneuse", "scie mécanique", "chainsaw"]),
  entry("harvester-operation", "Conduite d'abatteuse multifonctionnelle", "Forest harvester operation", "agriculture", ["abatteuse", "opérateur d'abatteuse", "harvester operator", "débusqueuse", "skidder"]),
  entry("butchery", "Boucherie", "Butchery", "food", ["boucher", "découpe de viande", "meat cutting", "butcher", "coupe de viande"]),
  entry("meat-processing", "Transformation des viandes", "Meat processing", "food", ["abattoir", "slaughterhouse", "transformation de la viande", "meat packing", "désossage", "deboning"]),
  entry("seafood-processing", "Transformation des produits marins", "Seafood processing", "food", ["transformation du poisson", "fish processing", "usine de poisson", "fish plant", "transformation des produits de la mer", "crab processing"]),
  entry("food-processing", "Transformation alimentaire", "Food processing", "food", ["production alimentaire", "food production", "food manufacturing", "usine alimentaire"]),
  entry("sewing", "Couture industrielle", "Industrial sewing", "manufacturing", ["couture", "confection", "sewing", "machine à coudre", "sewing machine operator"]),
  // Agriculture
  entry("farm-work", "Travail agricole", "Farm work", "agriculture", ["ouvrier agricole", "agriculture", "farm labour", "farm labor", "farmhand", "travaux agricoles"]),
  entry("dairy-farming", "Production laitière", "Dairy farming", "agriculture", ["traite des vaches", "traite", "milking", "dairy", "ferme laitière", "robot de traite"]),
  entry("livestock", "Élevage", "Livestock husbandry", "agriculture", ["soins aux animaux d'élevage", "animal husbandry", "livestock care", "élevage porcin", "élevage bovin"]),
  entry("greenhouse", "Production en serre", "Greenhouse production", "agriculture", ["serriculture", "greenhouse work", "greenhouse", "travail en serre"]),
  entry("harvesting", "Récolte de fruits et légumes", "Fruit and vegetable harvesting", "agriculture", ["cueillette", "récolte", "harvesting", "fruit picking", "picking fruit", "vegetable harvest"]),
  entry("tractor-operation", "Conduite de tracteur", "Tractor operation", "agriculture", ["tracteur", "tractor driving", "machinerie agricole", "farm machinery"]),
  entry("animal-care", "Soins aux animaux", "Animal care", "agriculture", ["animal care", "soigneur animalier", "soins animaliers"]),
  // Transport and logistics
  entry("truck-driving", "Conduite de camion", "Truck driving", "transport", ["camionnage", "transport routier", "trucking", "truck driver", "camionneur", "chauffeur de camion"]),
  entry("class-1-licence", "Permis de conduire classe 1", "Class 1 driver's licence", "transport", ["classe 1", "class 1 licence", "class 1 license", "permis classe 1", "AZ licence", "semi-remorque", "tractor trailer"], "truck-driving"),
  entry("class-3-licence", "Permis de conduire classe 3", "Class 3 driver's licence", "transport", ["classe 3", "class 3 licence", "class 3 license", "permis classe 3", "camion porteur", "straight truck"], "truck-driving"),
  entry("driver-licence", "Permis de conduire (classe 5)", "Driver's licence (class 5)", "transport", ["permis de conduire", "permis classe 5", "driver's licence", "driver's license", "driving licence", "driving license", "classe 5", "class 5 licence"]),
  entry("bus-driving", "Conduite d'autobus", "Bus driving", "transport", ["chauffeur d'autobus", "bus driver", "autobus scolaire", "school bus driving", "permis classe 2", "class 2 licence"]),
  entry("delivery", "Livraison", "Delivery", "transport", ["livreur", "delivery driver", "courier", "messagerie"]),
  entry("dangerous-goods", "Transport des matières dangereuses (TMD)", "Transportation of dangerous goods (TDG)", "transport", ["TMD", "TDG", "matières dangereuses", "dangerous goods"]),
  entry("warehousing", "Entreposage", "Warehousing", "transport", ["magasinage", "gestion d'entrepôt", "warehouse work", "warehouse", "commis d'entrepôt", "manutention", "material handling"]),
  entry("shipping-receiving", "Expédition et réception", "Shipping and receiving", "transport", ["expédition", "réception de marchandises", "shipping", "receiving"]),
  entry("order-picking", "Préparation de commandes", "Order picking", "transport", ["picking", "order preparation", "préparateur de commandes", "order picker"]),
  entry("inventory-management", "Gestion des stocks", "Inventory management", "transport", ["inventaire", "inventory", "inventory control", "gestion d'inventaire", "contrôle des stocks"]),
  // Health
  entry("nursing-care", "Soins infirmiers", "Nursing care", "health", ["nursing", "soins infirmiers généraux", "infirmier", "infirmière", "nurse"]),
  entry("patient-care", "Soins aux bénéficiaires", "Patient care", "health", ["préposé aux bénéficiaires", "PAB", "personal support worker", "PSW", "soins de base", "patient care attendant", "assistance aux patients"]),
  entry("personal-hygiene-care", "Soins d'hygiène", "Personal hygiene care", "health", ["hygiène des bénéficiaires", "bathing assistance", "aide au bain", "soins d'hygiène corporelle"], "patient-care"),
  entry("patient-handling", "Déplacement sécuritaire des bénéficiaires (PDSB)", "Safe patient handling", "health", ["PDSB", "transferts de patients", "patient transfers", "safe patient handling", "mobilisation des patients"]),
  entry("medication-administration", "Administration des médicaments", "Medication administration", "health", ["distribution des médicaments", "administration de médicaments", "medication management", "medication distribution"]),
  entry("vital-signs", "Prise des signes vitaux", "Vital signs monitoring", "health", ["signes vitaux", "vital signs", "prise de tension artérielle"]),
  entry("clinical-assessment", "Évaluation clinique", "Clinical assessment", "health", ["évaluation de l'état de santé", "health assessment", "examen clinique", "patient assessment"]),
  entry("infection-control", "Prévention et contrôle des infections", "Infection prevention and control", "health", ["PCI", "IPAC", "contrôle des infections", "infection control", "asepsie", "aseptic technique"]),
  entry("first-aid", "Secourisme", "First aid", "health", ["premiers soins", "premiers secours", "secourisme en milieu de travail", "first aid certificate"]),
  entry("cpr", "Réanimation cardiorespiratoire (RCR)", "Cardiopulmonary resuscitation (CPR)", "health", ["RCR", "CPR", "réanimation", "BLS", "DEA", "AED"]),
  entry("blood-sampling", "Prélèvements sanguins", "Blood sampling", "health", ["phlébotomie", "phlebotomy", "ponction veineuse", "venipuncture", "prise de sang"]),
  entry("pharmacy-assistance", "Assistance technique en pharmacie", "Pharmacy assistance", "health", ["assistant technique en pharmacie", "ATP", "pharmacy technician", "pharmacy assistant"]),
  entry("medical-terminology", "Terminologie médicale", "Medical terminology", "health", ["vocabulaire médical", "medical vocabulary"]),
  // Care and community services
  entry("elderly-care", "Soins aux aînés", "Elderly care", "care", ["gériatrie", "soins gériatriques", "geriatric care", "seniors care", "soins aux personnes âgées", "CHSLD", "RPA", "résidence pour aînés", "long-term care"]),
  entry("home-care", "Soutien à domicile", "Home care", "care", ["aide à domicile", "home support", "soins à domicile", "home care aide", "auxiliaire familiale et sociale", "aide familiale"]),
  entry("childcare", "Éducation à l'enfance", "Early childhood education", "care", ["garde d'enfants", "childcare", "child care", "service de garde", "éducatrice à l'enfance", "CPE", "early childhood educator", "petite enfance"]),
  entry("disability-support", "Intervention auprès des personnes handicapées", "Disability support", "care", ["déficience intellectuelle", "disability support", "accompagnement de personnes handicapées", "trouble du spectre de l'autisme", "TSA", "special needs support"]),
  entry("mental-health-support", "Intervention en santé mentale", "Mental health support", "care", ["santé mentale", "mental health", "relation d'aide", "counselling", "intervention psychosociale"]),
  entry("housekeeping", "Entretien ménager", "Housekeeping", "care", ["préposé à l'entretien ménager", "cleaning", "nettoyage", "janitorial", "conciergerie", "commercial cleaning", "ménage"]),
  entry("security-guarding", "Gardiennage", "Security guarding", "general", ["agent de sécurité", "security guard", "surveillance", "permis BSP"]),
  entry("hairdressing", "Coiffure", "Hairdressing", "general", ["coiffeur", "coiffeuse", "hairdresser", "hairstylist", "barbier", "barber"]),
  // Food and hospitality
  entry("cooking", "Cuisine", "Cooking", "food", ["cuisinier", "cook", "culinary arts", "préparation culinaire", "cuisine d'établissement", "chef"]),
  entry("line-cooking", "Cuisine à la ligne", "Line cooking", "food", ["cuisinier à la ligne", "line cook", "grill", "cuisson sur gril"], "cooking"),
  entry("food-preparation", "Préparation des aliments", "Food preparation", "food", ["aide-cuisinier", "prep cook", "mise en place", "commis de cuisine", "kitchen helper", "préparation alimentaire"]),
  entry("baking", "Boulangerie", "Baking", "food", ["boulanger", "baker", "bread making", "fabrication du pain"]),
  entry("pastry", "Pâtisserie", "Pastry", "food", ["pâtissier", "pastry chef", "pastry making"]),
  entry("food-safety", "Hygiène et salubrité alimentaires", "Food safety and hygiene", "food", ["hygiène et salubrité", "MAPAQ", "manipulateur d'aliments", "food handler", "food handling", "food hygiene", "HACCP", "salubrité alimentaire", "food safety"]),
  entry("dishwashing", "Plonge", "Dishwashing", "food", ["plongeur", "dishwasher", "lavage de vaisselle", "dish washing"]),
  entry("table-service", "Service aux tables", "Table service", "food", ["serveur", "serveuse", "waiter", "waitress", "waiting tables", "service en salle", "food service"]),
  entry("bartending", "Service de bar", "Bartending", "food", ["barman", "barmaid", "bartender", "mixologie", "mixology"]),
  entry("barista", "Préparation de cafés", "Barista skills", "food", ["barista", "espresso", "café espresso"]),
  entry("hotel-front-desk", "Réception hôtelière", "Hotel front desk", "food", ["front desk", "accueil hôtelier", "réceptionniste d'hôtel", "hotel reception", "préposé à l'accueil"]),
  // Retail and customer service
  entry("customer-service", "Service à la clientèle", "Customer service", "retail", ["service client", "relation client", "customer care", "customer support", "service aux clients", "soutien à la clientèle", "relations avec la clientèle"]),
  entry("cashier", "Caisse", "Cashiering", "retail", ["caissier", "caissière", "cashier", "cash handling", "point de vente", "point of sale", "manipulation d'argent", "caisse enregistreuse"]),
  entry("sales", "Vente", "Sales", "retail", ["vente conseil", "retail sales", "vente au détail", "conseiller aux ventes", "sales associate", "salesperson", "représentation commerciale"]),
  entry("merchandising", "Marchandisage", "Merchandising", "retail", ["mise en marché", "stocking shelves", "placement de marchandises", "mise en tablette", "commis d'épicerie", "shelf stocking"]),
  entry("telephone-reception", "Accueil et réception d'appels", "Reception and switchboard", "office", ["réceptionniste", "receptionist", "standard téléphonique", "switchboard", "prise d'appels", "call handling"]),
  // Office and management
  entry("office-administration", "Travail de bureau", "Office administration", "office", ["secrétariat", "administrative support", "soutien administratif", "clerical work", "commis de bureau", "agent administratif", "adjoint administratif", "administrative assistant"]),
  entry("bookkeeping", "Tenue de livres", "Bookkeeping", "office", ["bookkeeper", "commis comptable", "teneur de livres", "accounts payable", "comptes fournisseurs", "comptes clients", "accounts receivable"]),
  entry("accounting", "Comptabilité", "Accounting", "office", ["comptable", "accountant", "états financiers", "financial statements"]),
  entry("payroll", "Paie", "Payroll", "office", ["traitement de la paie", "payroll processing", "commis à la paie", "payroll clerk"]),
  entry("data-entry", "Saisie de données", "Data entry", "office", ["saisie", "data entry clerk", "entrée de données"]),
  entry("ms-office", "Suite Microsoft Office", "Microsoft Office", "office", ["MS Office", "Office 365", "Microsoft 365", "Word Excel", "suite bureautique", "bureautique", "office software"]),
  entry("excel", "Excel", "Excel", "office", ["Microsoft Excel", "tableur", "spreadsheets", "chiffrier"], "ms-office"),
  entry("translation", "Traduction", "Translation", "office", ["traducteur", "translator", "translating"]),
  entry("project-management", "Gestion de projet", "Project management", "office", ["gestion de projets", "chargé de projet", "project manager", "PMP"]),
  entry("team-supervision", "Supervision d'équipe", "Team supervision", "general", ["gestion d'équipe", "leadership", "team leadership", "supervision", "encadrement", "chef d'équipe", "team lead", "supervision du personnel"]),
  entry("scheduling", "Planification des horaires", "Scheduling", "office", ["horaires", "planification", "planning", "schedule management"]),
  entry("purchasing", "Approvisionnement", "Purchasing", "office", ["achats", "procurement", "acheteur", "buyer"]),
  entry("logistics-planning", "Planification logistique", "Logistics planning", "transport", ["logistique", "logistics", "répartition", "dispatching", "répartiteur", "dispatcher"]),
  // Information technology
  entry("programming", "Programmation", "Programming", "it", ["développement logiciel", "software development", "coding", "programmeur", "programmer", "software developer", "développeur"]),
  entry("javascript", "JavaScript", "JavaScript", "it", ["JS", "ECMAScript"], "programming"),
  entry("typescript", "TypeScript", "TypeScript", "it", ["TS"], "programming"),
  entry("python", "Python", "Python", "it", ["python programming", "programmation Python"], "programming"),
  entry("java", "Java", "Java", "it", ["java programming", "programmation Java"], "programming"),
  entry("csharp", "C#", "C#", "it", ["C sharp", ".NET", "dotnet", "ASP.NET"], "programming"),
  entry("cplusplus", "C++", "C++", "it", ["C plus plus", "cpp"], "programming"),
  entry("sql", "SQL", "SQL", "it", ["langage SQL", "requêtes SQL", "SQL queries", "PostgreSQL", "MySQL", "SQL Server"]),
  entry("web-development", "Développement Web", "Web development", "it", ["développeur web", "web developer", "HTML CSS", "front-end", "back-end", "développement front-end"], "programming"),
  entry("networking", "Réseautique", "Computer networking", "it", ["réseaux informatiques", "computer networks", "administration réseau", "network administration", "TCP/IP", "Cisco"]),
  entry("it-support", "Soutien technique informatique", "IT support", "it", ["support technique", "help desk", "centre d'assistance", "technical support", "soutien informatique", "helpdesk", "technicien informatique", "service desk"]),
  entry("cybersecurity", "Cybersécurité", "Cybersecurity", "it", ["sécurité informatique", "information security", "sécurité de l'information", "infosec"]),
  entry("cloud-computing", "Infonuagique", "Cloud computing", "it", ["cloud", "AWS", "Azure", "Google Cloud", "nuage"]),
  entry("linux", "Linux", "Linux", "it", ["administration Linux", "Linux administration", "Unix"]),
  entry("data-analysis", "Analyse de données", "Data analysis", "it", ["analytique", "data analytics", "analyse des données", "Power BI", "business intelligence", "intelligence d'affaires"]),
  entry("erp-systems", "Progiciel de gestion intégré (ERP)", "ERP systems", "office", ["PGI", "ERP", "SAP", "Dynamics 365"]),
  entry("cad", "Dessin assisté par ordinateur (DAO)", "Computer-aided design (CAD)", "it", ["DAO", "CAO", "CAD", "conception assistée par ordinateur", "dessin technique", "technical drawing", "drafting"]),
  entry("autocad", "AutoCAD", "AutoCAD", "it", ["Autodesk AutoCAD"], "cad"),
  entry("solidworks", "SolidWorks", "SolidWorks", "it", ["Solid Works"], "cad"),
  // Transversal
  entry("teamwork", "Travail d'équipe", "Teamwork", "general", ["esprit d'équipe", "team player", "collaboration", "travailler en équipe"]),
  entry("communication", "Communication", "Communication", "general", ["communication orale", "oral communication", "communication skills", "habiletés de communication", "communication interpersonnelle"]),
  entry("problem-solving", "Résolution de problèmes", "Problem solving", "general", ["résolution des problèmes", "problem-solving skills", "solving problems"]),
  entry("time-management", "Gestion du temps", "Time management", "general", ["gestion des priorités", "organisation du travail", "prioritization"]),
  entry("physical-endurance", "Endurance physique", "Physical endurance", "general", ["travail physique", "physical work", "manual labour", "manual labor", "travail manuel", "port de charges lourdes", "heavy lifting"]),
]);

/** Entries by key. */
export const SKILL_VOCABULARY_BY_KEY: ReadonlyMap<string, SkillVocabularyEntry> = new Map(
  SKILL_VOCABULARY.map((e) => [e.key, e]),
);

// labelKey of every label and synonym -> entry key. Built once; a label claimed by two entries is a defect of the
// table (tests/unit/skills-vocabulary.test.ts checks there is none), the first entry wins.
const KEY_BY_LABEL: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const e of SKILL_VOCABULARY) {
    for (const label of [e.fr, e.en, ...e.synonyms]) {
      const k = labelKey(label);
      if (k.length > 0 && !map.has(k)) map.set(k, e.key);
    }
  }
  return map;
})();

/** Every label of the table (fr, en, synonyms) with the entry key it maps to, for checks and suggestions. */
export function vocabularyLabelIndex(): ReadonlyMap<string, string> {
  return KEY_BY_LABEL;
}

/**
 * The canonical key of a skill label: the entry key when the label (or a synonym, in either language) is in the
 * vocabulary, for example "soudage mig", "MIG welding" and "GMAW" all give "mig-welding"; otherwise the label's
 * normalised comparison key (labelKey), so that two unknown labels still match when they are the same words.
 * Entry keys are kebab-case and label keys are space-separated, so the two never collide. "" for a blank label.
 */
export function canonicalSkillKey(label: string): string {
  let key = CANONICAL_CACHE.get(label);
  if (key === undefined) {
    const k = labelKey(label);
    key = k.length === 0 ? "" : (KEY_BY_LABEL.get(k) ?? k);
    // Labels repeat a lot across candidates; a bounded memo keeps preparing 100,000 candidates fast.
    if (CANONICAL_CACHE.size >= CANONICAL_CACHE_MAX) CANONICAL_CACHE.clear();
    CANONICAL_CACHE.set(label, key);
  }
  return key;
}
const CANONICAL_CACHE = new Map<string, string>();
const CANONICAL_CACHE_MAX = 100_000;

/** The vocabulary entry a label maps to, or undefined for a label outside the vocabulary. */
export function findSkillEntry(label: string): SkillVocabularyEntry | undefined {
  const k = labelKey(label);
  const key = KEY_BY_LABEL.get(k);
  return key === undefined ? undefined : SKILL_VOCABULARY_BY_KEY.get(key);
}

/** The key followed by the keys of its broader entries (MIG welding -> ["mig-welding", "welding"]). */
export function skillKeyWithBroader(key: string): string[] {
  const keys = [key];
  let current = SKILL_VOCABULARY_BY_KEY.get(key);
  // The chain is short and acyclic (checked by the tests); the bound only guards against a future table error.
  while (current?.broader && keys.length < 8) {
    keys.push(current.broader);
    current = SKILL_VOCABULARY_BY_KEY.get(current.broader);
  }
  return keys;
}

/** The label of an entry in the requested language; the key itself for a key outside the vocabulary. */
export function skillLabel(key: string, locale: "fr" | "en" = "fr"): string {
  const e = SKILL_VOCABULARY_BY_KEY.get(key);
  return e ? e[locale] : key;
}
