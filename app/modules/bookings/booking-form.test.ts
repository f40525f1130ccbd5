import { describe, expect, it } from "vitest";
import { parseSubmission } from "~/lib/forms";
import { bookingSchema, optionValue, parseOption } from "./booking-form";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return parseSubmission(data, bookingSchema);
};
const option = optionValue({ cafeId: "c1", date: "2026-11-25", slot: "weekly:s1" });

describe("the booking form", () => {
  it("takes the session chosen, the caller's name or initials, a UK number, needs and consent", () => {
    const result = form({ option, callerName: " A.B. ", callbackNumber: "+44 7700 900123", needs: "Arabic speaker", consent: "on" });
    expect(result.status).toBe("success");
    expect(result.status === "success" && result.value).toMatchObject({
      option: { cafeId: "c1", date: "2026-11-25", slot: "weekly:s1" },
      callerName: "A.B.",
      callbackNumber: "07700 900123",
      needs: "Arabic speaker",
      consent: true,
    });
  });
  it("lets the number and needs be left empty", () => {
    const result = form({ option, callerName: "Sam", callbackNumber: "", needs: "", consent: "on" });
    expect(result.status === "success" && result.value.callbackNumber).toBeNull();
  });
  it("refuses a missing name, a number that is not a UK one, long needs, no consent, no session", () => {
    const result = form({ option: "nonsense", callerName: "", callbackNumber: "12345", needs: "x".repeat(201) });
    expect(result.status).toBe("error");
    const errors = result.status === "error" ? result.error : {};
    expect(Object.keys(errors ?? {}).sort()).toEqual(["callbackNumber", "callerName", "consent", "needs", "option"]);
    expect(errors?.callbackNumber?.[0]).toBe("bookings.error.phoneFormat");
    expect(errors?.needs?.[0]).toBe('bookings.error.needsTooLong|{"max":200}');
  });
  it("reads a session option back, and refuses one that is not", () => {
    expect(parseOption(option)).toEqual({ cafeId: "c1", date: "2026-11-25", slot: "weekly:s1" });
    expect(parseOption("c1|2026-02-30|weekly:s1")).toBeNull();
    expect(parseOption("c1|2026-11-25|other:s1")).toBeNull();
  });
});
