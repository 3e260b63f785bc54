"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/server/actions/safe-action";
import { requireUser } from "@/lib/server/auth";
import { hitRateLimit } from "@/lib/server/rate-limit";
import { RateLimitedError } from "@/lib/server/errors";
import { ZCreateApiKey, ZRevokeApiKey } from "@/lib/schemas/api-keys";
import { createApiKey, revokeApiKey } from "@/lib/server/dal/api-keys";

const API_KEYS_PATH = "/employeur/cles-api";

/** Creates a key and returns it once (the page shows it and never again). Owners of a verified organisation. */
export const createApiKeyAction = action(ZCreateApiKey, async (input) => {
  const actor = await requireUser();
  if (!(await hitRateLimit(`api-key:${actor.id}`, 20, 3600)).allowed) throw new RateLimitedError();
  const created = await createApiKey(actor, input);
  revalidatePath(API_KEYS_PATH);
  return created;
});

export const revokeApiKeyAction = action(ZRevokeApiKey, async (input) => {
  const actor = await requireUser();
  const revoked = await revokeApiKey(actor, input);
  revalidatePath(API_KEYS_PATH);
  return revoked;
});
