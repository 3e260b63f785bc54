"use server";
import { z } from "zod";
import { action } from "@/lib/server/actions/safe-action";
import { ZSecondFactorCode, ZTotpCode } from "@/lib/schemas/mfa";
import { requireSessionWithId } from "@/lib/server/auth";
import { confirmEnrolment, regenerateRecoveryCodes, verifySecondFactor } from "@/lib/server/dal/mfa";

// The second factor's actions work on a session that passed the password but may not have passed the second factor
// yet (requireSessionWithId); success marks that session row verified on the server. The browser then simply
// navigates: its cookie is unchanged, the database answers differently.

export const confirmMfaEnrolmentAction = action(ZTotpCode, async (input) => confirmEnrolment(await requireSessionWithId(), input));

export const verifySecondFactorAction = action(ZSecondFactorCode, async (input) => {
  const r = await verifySecondFactor(await requireSessionWithId(), input);
  return { recoveryCodesLeft: r.recoveryCodesLeft };
});

export const regenerateRecoveryCodesAction = action(z.object({}), async () => regenerateRecoveryCodes(await requireSessionWithId()));
