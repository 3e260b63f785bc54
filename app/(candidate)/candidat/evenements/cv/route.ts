import { uploadCv } from "@/lib/server/services/events-files";

// POST: a CV for Journées Québec applications (raw PDF body). See lib/server/services/events-files.ts.
export const POST = (request: Request) => uploadCv(request);
