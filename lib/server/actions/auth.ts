"use server";
import { action } from "@/lib/server/actions/safe-action";
import { ZRegisterCandidate, ZRegisterEmployer } from "@/lib/schemas/auth";
import { registerCandidate, registerEmployer, signOutEverywhere } from "@/lib/server/dal/users";
import { requireUser } from "@/lib/server/auth";
import { z } from "zod";

export const registerCandidateAction = action(ZRegisterCandidate, async (input) => {
  await registerCandidate(input);
  return { email: input.email };
});

export const registerEmployerAction = action(ZRegisterEmployer, async (input) => {
  await registerEmployer(input);
  return { email: input.email };
});

export const signOutEverywhereAction = action(z.object({}), async () => {
  await signOutEverywhere(await requireUser());
  return {};
});
