import { z } from "zod";

// Query strings of the recommendation pages (filters live in the URL). Unknown or malformed values fall back to
// the defaults rather than failing: a shared link with a stale parameter still opens the page.

// `.optional()` before the transform: zod 4 refuses an absent key whose output is not optional.
const flag = z.unknown().optional().transform((v) => v === "1" || v === "on" || v === "true");
const page = z.coerce.number().int().min(1).max(100).catch(1);

/** /employeur/postes/[id]/recommandations?page=2&admissibles=1&region=1&meme-cnp=1 */
export const ZCandidateRecommendationQuery = z.object({ page, admissibles: flag, region: flag, "meme-cnp": flag });
export type TCandidateRecommendationQuery = z.infer<typeof ZCandidateRecommendationQuery>;

/** /candidat/offres?hors-cmm=1&admissibles=1 */
export const ZVacancyRecommendationQuery = z.object({ "hors-cmm": flag, admissibles: flag });
export type TVacancyRecommendationQuery = z.infer<typeof ZVacancyRecommendationQuery>;
