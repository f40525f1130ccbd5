import type { Prisma } from "@prisma/client";
import { tagLabelKey } from "../../app/modules/tags/tag-kinds";
import type { LoadCounts } from "./footprints";

/**
 * The managed tag lists: audiences and offers, languages, accessibility features, and the support
 * categories of partner services (what a person needs: debt advice, housing, bereavement …). Slugs are stable
 * (filters, links and tests use them); admins may rename, reorder and retire tags at /admin/tags.
 * British Sign Language is both a language ("british-sign-language") and an access feature ("bsl").
 */
export type TagKind = "audience" | "language" | "access" | "support";
export type TagRecord = {
  kind: TagKind;
  slug: string;
  label: string;
  sortOrder: number;
};

const AUDIENCES: readonly [slug: string, label: string][] = [
  ["women-only", "Women only"],
  ["women-and-families", "Women and families"],
  ["men", "Men"],
  ["lgbtq", "LGBTQ+"],
  ["students", "Students"],
  ["young-adults", "Young adults (18–25)"],
  ["older-people", "Older people"],
  ["carers", "Carers"],
  ["south-asian-community", "South Asian community"],
  ["african-caribbean-community", "African Caribbean community"],
  ["muslim-community", "Muslim community"],
  ["sikh-community", "Sikh community"],
  ["eastern-european-community", "Eastern European community"],
];

const LANGUAGES: readonly [slug: string, label: string][] = [
  ["english", "English"],
  ["gujarati", "Gujarati"],
  ["punjabi", "Punjabi"],
  ["urdu", "Urdu"],
  ["hindi", "Hindi"],
  ["bengali", "Bengali"],
  ["polish", "Polish"],
  ["somali", "Somali"],
  ["arabic", "Arabic"],
  ["tamil", "Tamil"],
  ["romanian", "Romanian"],
  ["portuguese", "Portuguese"],
  ["british-sign-language", "British Sign Language (BSL)"],
];

const ACCESS: readonly [slug: string, label: string][] = [
  ["step-free-access", "Step-free access"],
  ["accessible-toilet", "Accessible toilet"],
  ["hearing-loop", "Hearing loop"],
  ["bsl", "BSL interpreter available"],
  ["quiet-room", "Quiet room"],
  ["parking-nearby", "Parking nearby"],
  ["near-bus-stop", "Near a bus stop"],
];

const SUPPORT: readonly [slug: string, label: string][] = [
  ["debt-and-money-advice", "Debt and money advice"],
  ["housing", "Housing and homelessness"],
  ["domestic-abuse", "Domestic abuse support"],
  ["bereavement", "Bereavement"],
  ["carers-support", "Carers' support"],
  ["drug-and-alcohol", "Drug and alcohol services"],
  ["loneliness-and-social-groups", "Loneliness and social groups"],
  ["refugee-and-asylum", "Refugee and asylum support"],
  ["faith-and-culture", "Faith and culture-specific groups"],
  ["lgbtq-groups", "LGBTQ+ groups"],
  ["student-and-young-adult", "Student and young adult support"],
  ["mental-health-and-wellbeing", "Mental health and wellbeing"],
];

function kindList(
  kind: TagKind,
  list: readonly [string, string][]
): TagRecord[] {
  return list.map(([slug, label], i) => ({
    kind,
    slug,
    label,
    sortOrder: (i + 1) * 10,
  }));
}

export const TAGS: readonly TagRecord[] = [
  ...kindList("audience", AUDIENCES),
  ...kindList("language", LANGUAGES),
  ...kindList("access", ACCESS),
  ...kindList("support", SUPPORT),
];

export const TAG_SLUGS = new Set(TAGS.map((t) => t.slug));

/**
 * Creates the tags that are missing, by slug. An existing tag keeps its label, order and retirement
 * (admins own those once a tag exists: a retired tag is never brought back); only a wrong kind is corrected.
 */
export async function loadTags(
  tx: Prisma.TransactionClient
): Promise<LoadCounts> {
  const counts: LoadCounts = { created: 0, updated: 0, unchanged: 0 };
  for (const t of TAGS) {
    const existing = await tx.tag.findUnique({ where: { slug: t.slug } });
    const labelKey = tagLabelKey(t.label);
    if (!existing) {
      // An admin may have added the same label already (under another slug): that tag stands for it.
      const sameLabel = await tx.tag.findUnique({ where: { kind_labelKey: { kind: t.kind, labelKey } }, select: { id: true } });
      if (sameLabel) {
        counts.unchanged++;
        continue;
      }
      await tx.tag.create({ data: { ...t, labelKey } });
      counts.created++;
    } else if (existing.kind !== t.kind) {
      await tx.tag.update({
        where: { id: existing.id },
        data: { kind: t.kind },
      });
      counts.updated++;
    } else counts.unchanged++;
  }
  return counts;
}
