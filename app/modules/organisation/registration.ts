import { z } from "zod";
import { emailAddress, message, text } from "~/lib/forms";

/**
 * A VCS group registering itself (the public /register page): the organisation and its first member,
 * and the links to the public registers a grant officer checks its numbers against.
 */
const tooLong = (max: number) => message("register.error.tooLong", { max });
const required = (key: Parameters<typeof message>[0], max: number) => text(z.string().trim().min(1, message(key)).max(max, tooLong(max)));
const optional = (max: number) =>
  text(
    z
      .string()
      .trim()
      .max(max, tooLong(max))
      .transform((v) => (v === "" ? null : v)),
  );

/** A charity number (England and Wales: 6–8 digits, optionally "-1") or a company number (8 characters: digits, or two letters and six digits). */
const CHARITY = /^\d{6,8}(-\d{1,2})?$/;
const COMPANY = /^([0-9]{8}|[A-Z]{2}[0-9]{6})$/;

export const registrationSchema = z.object({
  name: required("register.error.name", 150),
  charityNumber: optional(12).transform((v) => (v ? v.replace(/\s+/g, "") : null)).refine((v) => v === null || CHARITY.test(v), message("register.error.charityNumber")),
  companyNumber: optional(10)
    .transform((v) => (v ? v.replace(/\s+/g, "").toUpperCase().padStart(8, "0") : null))
    .refine((v) => v === null || COMPANY.test(v), message("register.error.companyNumber")),
  addressLine1: required("register.error.address", 120),
  town: required("register.error.town", 80),
  postcode: required("register.error.postcode", 10),
  phone: optional(40).refine((v) => v === null || /^[0-9 +()-]{6,40}$/.test(v), message("register.error.phone")),
  website: optional(300).refine((v) => v === null || /^https?:\/\/[^\s]+\.[^\s]+$/i.test(v), message("register.error.website")),
  communities: required("register.error.communities", 2000),
  contactName: required("register.error.contactName", 120),
  email: emailAddress(message("register.error.email"), message("register.error.emailInvalid")),
});
export type RegistrationForm = z.output<typeof registrationSchema>;

/** The public registers' pages for an organisation's numbers (checked by eye by a grant officer). */
export function registerLinks(org: { charityNumber: string | null; companyNumber: string | null }): { kind: "charity" | "company"; number: string; href: string }[] {
  const links: { kind: "charity" | "company"; number: string; href: string }[] = [];
  if (org.charityNumber) {
    const main = org.charityNumber.split("-")[0]!;
    links.push({ kind: "charity", number: org.charityNumber, href: `https://register-of-charities.charitycommission.gov.uk/charity-search/-/charity-details/${encodeURIComponent(main)}` });
  }
  if (org.companyNumber) {
    links.push({ kind: "company", number: org.companyNumber, href: `https://find-and-update.company-information.service.gov.uk/company/${encodeURIComponent(org.companyNumber)}` });
  }
  return links;
}
