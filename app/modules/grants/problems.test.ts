import { describe, expect, it } from "vitest";
import { code } from "~/lib/i18n";
import { problemWords } from "./problems";

describe("what still stops submitting, in words", () => {
  it("names the field that is needed", () => {
    expect(problemWords({ field: "postcode", message: code("grants.section.error.required") })).toBe("Postcode is needed");
    expect(problemWords({ field: "venueName", message: code("grants.section.error.required") })).toBe("Venue is needed");
    expect(problemWords({ field: "lines[1].category", message: code("grants.section.error.required") })).toBe("Budget line 2, Category is needed");
  });

  it("keeps other messages after the field's name, and a section-wide one as it is", () => {
    expect(problemWords({ field: "amountRequested", message: code("grants.section.error.overMaximum", { max: "15,000" }) })).toBe(
      "Amount requested: The most this round awards is £15,000",
    );
    expect(problemWords({ field: "attachment-accounts", message: code("grants.section.error.attachmentMissing") })).toBe("Latest accounts: Upload this document before you submit");
    expect(problemWords({ field: "", message: code("grants.section.error.required") })).toBe("This is needed before you can submit");
  });
});
