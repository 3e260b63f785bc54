import { describe, expect, it } from "vitest";
import { checkPasswordPolicy } from "@/lib/security/password-policy";
import { ZPassword, ZRegisterEmployer } from "@/lib/schemas/auth";

describe("password policy", () => {
  it.each([
    ["short", "tooShort"],
    ["123456789", "tooShort"],
    ["x".repeat(129), "tooLong"],
    ["1234567890", "common"],
    ["Password123", "common"],
    ["MOTDEPASSE123", "common"],
    ["aaaaaaaaaaaa", "common"],
    ["un cheval bleu mange", null],
    ["Tr0mbone-Matane", null],
    ["x".repeat(128).replace(/x/g, (_, i) => String.fromCharCode(97 + (i % 26))), null],
  ])("%s → %s", (pw, problem) => {
    expect(checkPasswordPolicy(pw)).toBe(problem);
  });
  it("counts characters, not bytes (accents and emoji)", () => {
    expect(checkPasswordPolicy("éàèùçéàèùç")).toBeNull();
    expect(checkPasswordPolicy("🍁".repeat(9))).toBe("tooShort");
  });
  it("the zod schema carries the i18n key of the problem", () => {
    const r = ZPassword.safeParse("motdepasse");
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toBe("auth.errors.password.common");
  });
  it("an employer registration needs a 10-digit NEQ", () => {
    const ok = { name: "A", email: "a@b.ca", password: "Tr0mbone-Matane", acceptTerms: true, organisationName: "Scierie", neq: "1234567890" };
    expect(ZRegisterEmployer.safeParse(ok).success).toBe(true);
    const bad = ZRegisterEmployer.safeParse({ ...ok, neq: "123456789" });
    expect(bad.error?.issues.map((i) => i.message)).toEqual(["auth.errors.neq"]);
  });
});
