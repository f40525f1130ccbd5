import { describe, expect, it } from "vitest";
import { z } from "zod";
import { choices, cleanText, secret, text } from "./schema";

describe("cleanText", () => {
  it("removes NUL, the other C0 controls and DEL, keeping tab, newline and carriage return", () => {
    expect(cleanText("a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Bg\u001Fh\u007Fi")).toBe("abcdefghi");
    expect(cleanText("line one\r\nline two\tindented\n")).toBe("line one\r\nline two\tindented\n");
  });

  it("removes bidirectional embeddings, overrides and isolates", () => {
    const controls = ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069"];
    for (const c of controls) expect(cleanText(`Café${c} open`)).toBe("Café open");
    expect(cleanText("\u202Etxt.exe")).toBe("txt.exe");
  });

  it("keeps letters of every script, right-to-left ones, emoji and the left-to-right and right-to-left marks", () => {
    const kept = "Café Ünïcødé مرحبا שלום नमस्ते 你好 ☕ 👩🏽‍⚕️ \u200E\u200F";
    expect(cleanText(kept)).toBe(kept);
  });
});

describe("text fields", () => {
  const field = text(z.string().trim().max(20));

  it("clean what was typed before the field's own rules run", () => {
    expect(field.parse("\u0000\u202Eabc\u2066 ")).toBe("abc");
    // Only what remains counts towards the length.
    expect(field.safeParse(`${"\u0000".repeat(50)}short`).success).toBe(true);
  });

  it("take the first of repeated values and treat a missing one as empty", () => {
    expect(field.parse(["one\u0000", "two"])).toBe("one");
    expect(field.parse(undefined)).toBe("");
  });

  it("choices are cleaned the same way", () => {
    expect(choices(z.string()).parse(["a\u0000", "b\u202E"])).toEqual(["a", "b"]);
    expect(choices(z.string()).parse("c\u2069")).toEqual(["c"]);
  });
});

describe("secret fields (passwords)", () => {
  it("keep exactly what was typed", () => {
    const password = secret(z.string().min(1));
    expect(password.parse("pass\u202Eword\u0001")).toBe("pass\u202Eword\u0001");
    expect(password.parse(["first", "second"])).toBe("first");
  });
});
