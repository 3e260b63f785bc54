"use server";
import { action } from "@/lib/server/actions/safe-action";
import { requestPasswordReset, resetPassword } from "@/lib/server/dal/password-reset";
import { ZRequestPasswordReset, ZResetPassword } from "@/lib/schemas/recruiting";

// Nobody is signed in here. The request answers the same whether or not the address has an account.

export const requestPasswordResetAction = action(ZRequestPasswordReset, async (input) => {
  await requestPasswordReset(input);
  return {};
});

export const resetPasswordAction = action(ZResetPassword, async (input) => {
  await resetPassword(input);
  return {};
});
