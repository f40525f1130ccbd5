import { describe, expect, it } from "vitest";
import { errorLine, isDatabaseUnreachable } from "./error-line.server";

describe("an error in one line for the server's log", () => {
  it("keeps the reason of a many-line database error, and its code", () => {
    const prismaError = Object.assign(new Error("\nInvalid `prisma.cafe.aggregate()` invocation:\n\n\nCan't reach database server at db.invalid:5432"), { code: "P1001" });
    expect(errorLine(prismaError)).toBe("Can't reach database server at db.invalid:5432 (P1001)");
    expect(isDatabaseUnreachable(prismaError)).toBe(true);
    const dns = Object.assign(new Error("getaddrinfo ENOTFOUND db.invalid"), { code: "ENOTFOUND" });
    expect(errorLine(dns)).toBe("getaddrinfo ENOTFOUND db.invalid");
    expect(isDatabaseUnreachable(dns)).toBe(true);
    expect(isDatabaseUnreachable(Object.assign(new Error('database "x" does not exist'), { code: "3D000" }))).toBe(true);
  });
  it("does not take a fault of the app's own for the database being away", () => {
    expect(isDatabaseUnreachable(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(errorLine("plain text\nsecond line")).toBe("plain text");
  });
});
