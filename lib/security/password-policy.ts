import { isCommonPassword } from "./common-passwords";

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

export type PasswordProblem = "tooShort" | "tooLong" | "common";

/** The policy: 10 to 128 characters (counted as characters, not bytes), not one of the most common passwords. */
export function checkPasswordPolicy(password: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return "tooShort";
  if (length > PASSWORD_MAX) return "tooLong";
  if (isCommonPassword(password)) return "common";
  return null;
}
