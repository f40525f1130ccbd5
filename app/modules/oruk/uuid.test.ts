import { describe, expect, it } from "vitest";
import { isUuid, publicId, sha1, uuidV5 } from "./uuid";

const hex = (bytes: number[]) => bytes.map((b) => b.toString(16).padStart(2, "0")).join("");
const DNS = "6ba7b810-9dad-11d1-80b4-00c04fd430c8";

describe("public ids", () => {
  it("hashes with SHA-1 as the standard's test vectors say", () => {
    expect(hex(sha1([]))).toBe("da39a3ee5e6b4b0d3255bfef95601890afd80709");
    expect(hex(sha1(Array.from(new TextEncoder().encode("abc"))))).toBe("a9993e364706816aba3e25717850c26c9cd0d89d");
    const long = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    expect(hex(sha1(Array.from(new TextEncoder().encode(long))))).toBe("84983e441c3bd26ebaae4aa1f95129e5e54670f1");
  });

  it("makes the same version 5 UUID as other implementations", () => {
    expect(uuidV5("www.example.com", DNS)).toBe("2ed6657d-e927-568b-95e1-2665a8aea6a2");
    expect(uuidV5("python.org", DNS)).toBe("886313e1-3b8a-5372-9b90-0c9aee199e5d");
  });

  it("gives a record the same id every time, different ids to different records and kinds", () => {
    const id = publicId("service:cafe", "clx123");
    expect(isUuid(id)).toBe(true);
    expect(publicId("service:cafe", "clx123")).toBe(id);
    expect(publicId("service:cafe", "clx124")).not.toBe(id);
    expect(publicId("location:cafe", "clx123")).not.toBe(id);
  });

  it("recognises UUIDs only", () => {
    expect(isUuid("2ed6657d-e927-568b-95e1-2665a8aea6a2")).toBe(true);
    expect(isUuid("clx123")).toBe(false);
    expect(isUuid("2ed6657d-e927-568b-95e1-2665a8aea6a2x")).toBe(false);
  });
});
