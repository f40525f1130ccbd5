import { beforeAll, describe, expect, it } from "vitest";
import * as detailsPage from "~/routes/manage.cafes.$cafeId.details";
import * as signIn from "~/routes/sign-in";
import { prisma } from "~/platform/db.server";
import { call, demoCookie, makeUser, post } from "./auth.helpers";

/**
 * Stored text keeps no NUL, other control characters or bidirectional overrides and isolates, whichever
 * form it comes through (they are removed by the forms layer's `text`); passwords are taken as typed.
 */
let cafe: { id: string; postcode: string };
let manager: string;

beforeAll(async () => {
  cafe = await prisma.cafe.findUniqueOrThrow({ where: { slug: "clocktower-evening-cafe" } });
  manager = await demoCookie("cafe@example.org");
});

describe("stored text", () => {
  it("a café's name and description are stored without NUL and bidirectional overrides", async () => {
    const response = await call(
      detailsPage.action,
      post(
        `/manage/cafes/${cafe.id}/details`,
        {
          intent: "save",
          name: "Clocktower\u0000 Evening Café\u202E",
          description: "A calm place\u202E to talk.\u0000\nTea\u2066 and\u0007 biscuits.\u2069",
          venueName: "The Clocktower Rooms",
          addressLine1: "1 Gallowtree Gate",
          addressLine2: "",
          town: "Leicester",
          postcode: cafe.postcode,
          phone: "0116 496 0123",
          email: "",
          website: "",
          gettingThere: "Two minutes from\u202D the Haymarket bus station.",
          whoFor: "Adults 18 and over.",
          accessNotes: "",
        },
        manager,
      ),
      { cafeId: cafe.id },
    );
    expect(response.status).toBe(302);
    const stored = await prisma.cafe.findUniqueOrThrow({ where: { id: cafe.id } });
    expect(stored.name).toBe("Clocktower Evening Café");
    expect(stored.description).toBe("A calm place to talk.\nTea and biscuits.");
    expect(stored.gettingThere).toBe("Two minutes from the Haymarket bus station.");
  });

  it("a password with such characters is taken exactly as typed", async () => {
    const password = "odd\u202Epassword\u0001 here";
    const user = await makeUser([{ role: "admin" }], { password });
    const signedIn = await call(signIn.action, post("/sign-in", { email: user.email, password }), {}, { clientIp: "192.0.2.80" });
    expect(signedIn.status).toBe(302);
    const stripped = await call(signIn.action, post("/sign-in", { email: user.email, password: "oddpassword here" }), {}, { clientIp: "192.0.2.80" });
    expect(stripped.status).toBe(400);
  });
});
