import { z } from "zod";
import { ZId } from "./fields";

// API keys of employers for the HTTP matching API (messages are i18n keys of "matching").

export const ZCreateApiKey = z.object({
  label: z.string({ error: "matching.apiKeys.errors.label" }).trim().min(2, "matching.apiKeys.errors.label").max(80, "matching.apiKeys.errors.label"),
});
export type TCreateApiKey = z.infer<typeof ZCreateApiKey>;

export const ZRevokeApiKey = z.object({ id: ZId });
export type TRevokeApiKey = z.infer<typeof ZRevokeApiKey>;
