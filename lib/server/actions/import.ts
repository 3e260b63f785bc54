"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/server/actions/safe-action";
import { requireUser } from "@/lib/server/auth";
import { confirmVacancyImport } from "@/lib/server/services/vacancy-import";
import { discardImport } from "@/lib/server/dal/imports";

// The upload itself is a route handler (POST /api/v1/imports): a file of several megabytes is over the body size
// of server actions, and its size must be refused before it is read.

const ZImportId = z.string().min(1).max(64);

export const confirmImportAction = action(z.object({ importId: ZImportId, publish: z.boolean().default(false) }), async (input) => {
  const r = await confirmVacancyImport(await requireUser(), input);
  revalidatePath("/employeur", "layout");
  revalidatePath("/emplois", "layout");
  return { status: r.status };
});

export const discardImportAction = action(z.object({ importId: ZImportId }), async ({ importId }) => {
  await discardImport(await requireUser(), importId);
  revalidatePath("/employeur/postes/import");
  return {};
});
