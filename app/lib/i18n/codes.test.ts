import { describe, expect, it } from "vitest";
import { code, isMessageCode, t, words } from "./index";

describe("message codes", () => {
  it("turn into the same words as the catalogue, with their values", () => {
    expect(words(code("auth.error.passwordTooShort", { min: 10 }))).toBe(t("auth.error.passwordTooShort", { min: 10 }));
    expect(words(code("auth.error.emailRequired"))).toBe(t("auth.error.emailRequired"));
  });

  it("are told apart from text that is not a code, which is shown as it is", () => {
    expect(isMessageCode(code("auth.error.emailRequired"))).toBe(true);
    expect(isMessageCode("Enter your email address")).toBe(false);
    expect(words("Enter your email address")).toBe("Enter your email address");
  });

  it("keep values that contain the separator", () => {
    expect(words(code("auth.error.passwordTooShort", { min: "a|b" }))).toBe(t("auth.error.passwordTooShort", { min: "a|b" }));
  });
});
