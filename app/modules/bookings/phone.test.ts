import { describe, expect, it } from "vitest";
import { ukPhoneNumber } from "./phone";

describe("a caller's UK call-back number", () => {
  it("accepts mobiles, landlines and 03 numbers as typed and writes them one way", () => {
    expect(ukPhoneNumber("07700900123")).toBe("07700 900123");
    expect(ukPhoneNumber("07700 900 123")).toBe("07700 900123");
    expect(ukPhoneNumber("+44 7700 900123")).toBe("07700 900123");
    expect(ukPhoneNumber("+44 (0)7700 900123")).toBe("07700 900123");
    expect(ukPhoneNumber("0044 7700-900-123")).toBe("07700 900123");
    expect(ukPhoneNumber("0116 254 1747")).toBe("01162 541747");
    expect(ukPhoneNumber("(020) 7946 0018")).toBe("020 7946 0018");
    expect(ukPhoneNumber("0300 123 4567")).toBe("03001 234567");
    expect(ukPhoneNumber("016977 3456")).toBe("01697 73456");
  });
  it("refuses what is not a UK number to call back", () => {
    for (const bad of ["", "07700", "077009001234", "09011 234567", "07000 123456", "+1 212 555 0100", "0116 ABC 1747", "7700900123", "call me"]) {
      expect(ukPhoneNumber(bad), bad).toBeNull();
    }
  });
});
