/**
 * Demonstration partner services: fictional voluntary groups and the services they offer across
 * Leicester, Leicestershire and Rutland. Every name is invented; phone numbers are in Ofcom's drama range
 * (0116 496 0xxx), web and email addresses use ".example". Postcodes are real (coordinates from
 * prisma/data/llr-postcodes.csv). Every support category is used at least once; some services have no
 * venue and cover areas, some have weekly hours, some are by appointment; several community languages.
 */
import type { Prisma } from "@prisma/client";
import type { DemoOrganisation } from "./organisations";

type Tx = Prisma.TransactionClient;

export const DEMO_PARTNER_ORGANISATIONS: readonly (DemoOrganisation & {
  description: string;
})[] = [
  {
    slug: "highfields-money-matters",
    name: "Highfields Money Matters",
    charityNumber: "DEMO-200001",
    companyNumber: null,
    addressLine1: "41 Melbourne Road",
    town: "Leicester",
    postcode: "LE2 0QS",
    contactName: "Imran Patel",
    email: "hello@highfields-money.example",
    phone: "0116 496 0101",
    website: "https://highfields-money.example",
    communities:
      "Families and individuals in Highfields, Spinney Hills and the city centre.",
    description:
      "Free, confidential debt and benefits advice from trained volunteers, in English, Gujarati, Urdu and Somali.",
  },
  {
    slug: "safe-harbour-womens-network",
    name: "Safe Harbour Women's Network",
    charityNumber: "DEMO-200002",
    companyNumber: null,
    addressLine1: "PO Box 0000",
    town: "Leicester",
    postcode: "LE1 6RL",
    contactName: "Grace Oduya",
    email: "support@safe-harbour.example",
    phone: "0116 496 0102",
    website: "https://safe-harbour.example",
    communities:
      "Women and their children across Leicester, Leicestershire and Rutland.",
    description:
      "Support for women and families affected by domestic abuse: a helpline, drop-ins and housing help.",
  },
  {
    slug: "charnwood-carers-and-companions",
    name: "Charnwood Carers and Companions",
    charityNumber: "DEMO-200003",
    companyNumber: null,
    addressLine1: "12 Ashby Road",
    town: "Loughborough",
    postcode: "LE11 3TU",
    contactName: "Peter Walsh",
    email: "hello@charnwood-carers.example",
    phone: "0116 496 0103",
    website: "https://charnwood-carers.example",
    communities:
      "Unpaid carers, older people and students in Loughborough and Charnwood.",
    description:
      "Carers' cafés, befriending for people who feel alone, and a bereavement group, run by volunteers.",
  },
  {
    slug: "new-roots-welcome-project",
    name: "New Roots Welcome Project",
    charityNumber: "DEMO-200004",
    companyNumber: null,
    addressLine1: "8 Belgrave Gate",
    town: "Leicester",
    postcode: "LE4 6LB",
    contactName: "Amina Yusuf",
    email: "welcome@new-roots.example",
    phone: "0116 496 0104",
    website: "https://new-roots.example",
    communities:
      "Refugees and people seeking asylum, and faith and cultural communities in north Leicester.",
    description:
      "A welcome for people new to Leicester: asylum and immigration advice, English conversation, and faith and culture groups.",
  },
  {
    slug: "rutland-and-melton-community-links",
    name: "Rutland and Melton Community Links",
    charityNumber: "DEMO-200005",
    companyNumber: null,
    addressLine1: "3 High Street",
    town: "Oakham",
    postcode: "LE15 6LU",
    contactName: "Helen Barker",
    email: "links@rutland-melton.example",
    phone: "0116 496 0105",
    website: "https://rutland-melton.example",
    communities: "People in rural Rutland and the Melton borough.",
    description:
      "Social groups, housing advice and a drug and alcohol recovery group for the market towns and villages.",
  },
  {
    slug: "spectrum-lgbtq-leicestershire",
    name: "Spectrum LGBTQ+ Leicestershire",
    charityNumber: "DEMO-200006",
    companyNumber: null,
    addressLine1: "21 Castle Street",
    town: "Hinckley",
    postcode: "LE10 1AA",
    contactName: "Sam Reid",
    email: "hello@spectrum-lgbtq.example",
    phone: "0116 496 0106",
    website: "https://spectrum-lgbtq.example",
    communities: "LGBTQ+ people, students and young adults across the county.",
    description:
      "Peer groups for LGBTQ+ adults and young people, and an online chat for students.",
  },
];

type Session = [day: number, start: string, end: string];
type DemoLocation = {
  name: string;
  addressLine1: string;
  town: string;
  postcode: string;
  lat: number;
  lng: number;
  byAppointment?: boolean;
  sessions?: Session[];
};
type DemoArea =
  | { kind: "llr" }
  | { kind: "district"; district: string }
  | { kind: "footprint"; code: string };
export type DemoPartnerService = {
  organisation: string;
  slug: string;
  name: string;
  description: string;
  whoFor?: string;
  access: "drop-in" | "self-referral" | "referral" | "remote";
  accessNotes?: string;
  isFree?: boolean;
  costNote?: string;
  minimumAge?: number;
  phone?: string;
  email?: string;
  website?: string;
  support: string[];
  audiences?: string[];
  languages: string[];
  locations?: DemoLocation[];
  areas?: DemoArea[];
  /** Days before the load date the service was last checked (null: never). */
  checkedDaysAgo: number | null;
};

const HIGHFIELDS: DemoLocation = {
  name: "Melbourne Road Community Hall",
  addressLine1: "41 Melbourne Road",
  town: "Leicester",
  postcode: "LE2 0QS",
  lat: 52.62822,
  lng: -1.12063,
};
const CITY: DemoLocation = {
  name: "Granby Street Resource Centre",
  addressLine1: "19 Granby Street",
  town: "Leicester",
  postcode: "LE1 6RL",
  lat: 52.63047,
  lng: -1.13171,
};
const BELGRAVE: DemoLocation = {
  name: "Belgrave Welcome Centre",
  addressLine1: "8 Belgrave Gate",
  town: "Leicester",
  postcode: "LE4 6LB",
  lat: 52.65212,
  lng: -1.11831,
};
const LOUGHBOROUGH: DemoLocation = {
  name: "Ashby Road Methodist Hall",
  addressLine1: "12 Ashby Road",
  town: "Loughborough",
  postcode: "LE11 3TU",
  lat: 52.76487,
  lng: -1.22947,
};
const OAKHAM: DemoLocation = {
  name: "Oakham Victoria Hall",
  addressLine1: "3 High Street",
  town: "Oakham",
  postcode: "LE15 6LU",
  lat: 52.66964,
  lng: -0.73629,
};
const MELTON: DemoLocation = {
  name: "Melton Wilton Room",
  addressLine1: "5 Nottingham Street",
  town: "Melton Mowbray",
  postcode: "LE13 1AA",
  lat: 52.76513,
  lng: -0.87634,
};
const HINCKLEY: DemoLocation = {
  name: "Castle Street Rooms",
  addressLine1: "21 Castle Street",
  town: "Hinckley",
  postcode: "LE10 1AA",
  lat: 52.53723,
  lng: -1.37348,
};
const COALVILLE: DemoLocation = {
  name: "Coalville Marlborough Centre",
  addressLine1: "2 Marlborough Square",
  town: "Coalville",
  postcode: "LE67 3AA",
  lat: 52.72561,
  lng: -1.36413,
};
const HARBOROUGH: DemoLocation = {
  name: "Harborough Congregational Rooms",
  addressLine1: "7 The Square",
  town: "Market Harborough",
  postcode: "LE16 7AA",
  lat: 52.47914,
  lng: -0.92172,
};
const WIGSTON: DemoLocation = {
  name: "Wigston Bell Street Centre",
  addressLine1: "14 Bell Street",
  town: "Wigston",
  postcode: "LE18 4AB",
  lat: 52.57759,
  lng: -1.12849,
};
const at = (loc: DemoLocation, extra: Partial<DemoLocation>): DemoLocation => ({
  ...loc,
  ...extra,
});

export const DEMO_PARTNER_SERVICES: readonly DemoPartnerService[] = [
  {
    organisation: "highfields-money-matters",
    slug: "highfields-debt-advice-drop-in",
    name: "Debt advice drop-in",
    description:
      "Bring your letters and bills: a volunteer adviser helps you work out what to pay first, talks to creditors with you and checks your benefits.",
    access: "drop-in",
    accessNotes:
      "No appointment needed. Arrive by 3pm to be seen the same day.",
    phone: "0116 496 0111",
    support: ["debt-and-money-advice"],
    languages: ["english", "gujarati", "urdu", "somali"],
    locations: [
      at(HIGHFIELDS, {
        sessions: [
          [2, "10:00", "16:00"],
          [4, "10:00", "16:00"],
        ],
      }),
    ],
    checkedDaysAgo: 20,
  },
  {
    organisation: "highfields-money-matters",
    slug: "leicestershire-money-helpline",
    name: "Money helpline",
    description:
      "Free debt and benefits advice by phone, wherever you live in Leicester, Leicestershire or Rutland.",
    access: "remote",
    accessNotes:
      "Phone Monday to Friday, 9am to 5pm. We call back within two working days.",
    phone: "0116 496 0112",
    support: ["debt-and-money-advice"],
    languages: ["english", "gujarati", "punjabi"],
    areas: [{ kind: "llr" }],
    checkedDaysAgo: 40,
  },
  {
    organisation: "highfields-money-matters",
    slug: "highfields-housing-and-benefits-appointments",
    name: "Housing and benefits appointments",
    description:
      "Help with rent arrears, eviction notices and benefit claims, by appointment at our hall.",
    access: "self-referral",
    phone: "0116 496 0113",
    support: ["housing", "debt-and-money-advice"],
    languages: ["english", "urdu", "bengali"],
    locations: [at(HIGHFIELDS, { byAppointment: true })],
    checkedDaysAgo: 200,
  },
  {
    organisation: "safe-harbour-womens-network",
    slug: "safe-harbour-helpline",
    name: "Women's domestic abuse helpline",
    description:
      "Talk in confidence to a trained support worker about what is happening at home. We can help you plan to be safe.",
    whoFor: "Women, and anyone worried about a woman they know.",
    access: "remote",
    accessNotes: "If you are in danger now, call 999.",
    phone: "0116 496 0121",
    support: ["domestic-abuse"],
    audiences: ["women-only", "women-and-families"],
    languages: ["english", "punjabi", "urdu", "polish", "arabic"],
    areas: [{ kind: "llr" }],
    checkedDaysAgo: 10,
  },
  {
    organisation: "safe-harbour-womens-network",
    slug: "safe-harbour-city-drop-in",
    name: "Women's drop-in",
    description:
      "A safe, women-only space to talk, with a support worker and a crèche.",
    access: "drop-in",
    support: ["domestic-abuse", "mental-health-and-wellbeing"],
    audiences: ["women-only"],
    languages: ["english", "somali", "arabic"],
    locations: [at(CITY, { sessions: [[3, "10:00", "13:00"]] })],
    checkedDaysAgo: 15,
  },
  {
    organisation: "safe-harbour-womens-network",
    slug: "safe-harbour-housing-advocacy",
    name: "Housing advocacy for women",
    description:
      "A caseworker helps women leaving abuse to find a safe place to live and deal with the council and landlords.",
    access: "referral",
    accessNotes: "Ask your GP, social worker or our helpline to refer you.",
    phone: "0116 496 0122",
    support: ["housing", "domestic-abuse"],
    audiences: ["women-and-families"],
    languages: ["english"],
    areas: [{ kind: "district", district: "Leicester" }],
    checkedDaysAgo: 60,
  },
  {
    organisation: "charnwood-carers-and-companions",
    slug: "charnwood-carers-cafe",
    name: "Carers' café",
    description:
      "A cup of tea and a break with other people who look after someone. Bring the person you care for if you like.",
    access: "drop-in",
    support: ["carers-support", "loneliness-and-social-groups"],
    audiences: ["carers", "older-people"],
    languages: ["english"],
    locations: [at(LOUGHBOROUGH, { sessions: [[1, "13:30", "15:30"]] })],
    checkedDaysAgo: 5,
  },
  {
    organisation: "charnwood-carers-and-companions",
    slug: "charnwood-befriending",
    name: "Telephone befriending",
    description:
      "A weekly friendly call from the same volunteer, for anyone who feels alone.",
    access: "self-referral",
    phone: "0116 496 0131",
    support: ["loneliness-and-social-groups"],
    audiences: ["older-people"],
    languages: ["english", "polish"],
    areas: [
      { kind: "footprint", code: "U51667" },
      { kind: "footprint", code: "U33192" },
    ],
    checkedDaysAgo: 90,
  },
  {
    organisation: "charnwood-carers-and-companions",
    slug: "charnwood-bereavement-group",
    name: "Bereavement support group",
    description:
      "Meet others who have lost someone close, with a trained facilitator. Six fortnightly sessions.",
    access: "self-referral",
    accessNotes:
      "Ring first so we can talk about whether the group is right for you.",
    phone: "0116 496 0132",
    support: ["bereavement"],
    languages: ["english"],
    locations: [at(LOUGHBOROUGH, { sessions: [[3, "18:30", "20:00"]] })],
    checkedDaysAgo: 30,
  },
  {
    organisation: "charnwood-carers-and-companions",
    slug: "loughborough-student-peer-support",
    name: "Student peer support",
    description:
      "Students trained as listeners, for other students who are struggling, homesick or worried about money.",
    access: "drop-in",
    minimumAge: 18,
    support: ["student-and-young-adult", "mental-health-and-wellbeing"],
    audiences: ["students", "young-adults"],
    languages: ["english", "tamil"],
    locations: [
      at(LOUGHBOROUGH, {
        name: "Ashby Road Students' Lounge",
        sessions: [
          [2, "17:00", "20:00"],
          [4, "17:00", "20:00"],
        ],
      }),
    ],
    checkedDaysAgo: 12,
  },
  {
    organisation: "new-roots-welcome-project",
    slug: "new-roots-asylum-advice",
    name: "Asylum and immigration advice",
    description:
      "Free advice from accredited advisers on asylum claims, appeals and family reunion.",
    access: "self-referral",
    accessNotes:
      "Appointments on Tuesdays and Thursdays; ring or call in to book.",
    phone: "0116 496 0141",
    support: ["refugee-and-asylum"],
    languages: ["english", "arabic", "somali", "portuguese"],
    locations: [at(BELGRAVE, { byAppointment: true })],
    checkedDaysAgo: 25,
  },
  {
    organisation: "new-roots-welcome-project",
    slug: "new-roots-welcome-cafe",
    name: "Welcome café and English conversation",
    description:
      "Practise English over tea, meet people and find out what help is available in Leicester.",
    access: "drop-in",
    support: ["refugee-and-asylum", "loneliness-and-social-groups"],
    languages: ["english", "arabic", "romanian"],
    locations: [at(BELGRAVE, { sessions: [[5, "10:00", "12:30"]] })],
    checkedDaysAgo: 8,
  },
  {
    organisation: "new-roots-welcome-project",
    slug: "new-roots-sikh-elders-circle",
    name: "Elders' circle",
    description:
      "A weekly gathering with prayer, a shared meal and company, for older people from the Sikh and Hindu communities.",
    access: "drop-in",
    support: ["faith-and-culture", "loneliness-and-social-groups"],
    audiences: ["sikh-community", "south-asian-community", "older-people"],
    languages: ["punjabi", "gujarati", "hindi"],
    locations: [
      at(BELGRAVE, {
        name: "Belgrave Welcome Centre, upstairs hall",
        sessions: [[6, "11:00", "14:00"]],
      }),
    ],
    checkedDaysAgo: 45,
  },
  {
    organisation: "new-roots-welcome-project",
    slug: "new-roots-muslim-women-group",
    name: "Muslim women's wellbeing group",
    description:
      "A relaxed group for Muslim women to talk about wellbeing, faith and family, led by a trained volunteer.",
    access: "drop-in",
    support: ["faith-and-culture", "mental-health-and-wellbeing"],
    audiences: ["muslim-community", "women-only"],
    languages: ["english", "urdu", "bengali", "somali"],
    locations: [
      at(HIGHFIELDS, {
        name: "Melbourne Road Community Hall, small room",
        sessions: [[1, "10:30", "12:30"]],
      }),
    ],
    checkedDaysAgo: 14,
  },
  {
    organisation: "rutland-and-melton-community-links",
    slug: "rutland-recovery-group",
    name: "Drug and alcohol recovery group",
    description:
      "A peer-led recovery group for anyone wanting to change their drinking or drug use. Family members welcome at the first meeting of the month.",
    access: "drop-in",
    support: ["drug-and-alcohol"],
    languages: ["english"],
    locations: [
      at(OAKHAM, { sessions: [[2, "19:00", "21:00"]] }),
      at(MELTON, { sessions: [[4, "19:00", "21:00"]] }),
    ],
    checkedDaysAgo: 35,
  },
  {
    organisation: "rutland-and-melton-community-links",
    slug: "rutland-housing-advice",
    name: "Rural housing advice",
    description:
      "Help with tied cottages, private rents, repairs and homelessness, by phone or home visit across Rutland and the Melton area.",
    access: "remote",
    phone: "0116 496 0151",
    support: ["housing"],
    languages: ["english", "polish", "romanian"],
    areas: [
      { kind: "district", district: "Rutland" },
      { kind: "footprint", code: "U25294" },
    ],
    checkedDaysAgo: 70,
  },
  {
    organisation: "rutland-and-melton-community-links",
    slug: "melton-lunch-club",
    name: "Friday lunch club",
    description:
      "A two-course lunch and good company for £4. Transport can be arranged from nearby villages.",
    access: "drop-in",
    isFree: false,
    costNote: "£4 for lunch",
    support: ["loneliness-and-social-groups"],
    audiences: ["older-people"],
    languages: ["english"],
    locations: [at(MELTON, { sessions: [[5, "12:00", "14:00"]] })],
    checkedDaysAgo: 190,
  },
  {
    organisation: "spectrum-lgbtq-leicestershire",
    slug: "spectrum-hinckley-social",
    name: "LGBTQ+ social evening",
    description:
      "A friendly evening for LGBTQ+ adults: games, chat and support, alcohol-free.",
    access: "drop-in",
    minimumAge: 18,
    support: ["lgbtq-groups", "loneliness-and-social-groups"],
    audiences: ["lgbtq"],
    languages: ["english", "british-sign-language"],
    locations: [
      at(HINCKLEY, { sessions: [[3, "19:00", "21:30"]] }),
      at(COALVILLE, { sessions: [[1, "19:00", "21:00"]] }),
    ],
    checkedDaysAgo: 18,
  },
  {
    organisation: "spectrum-lgbtq-leicestershire",
    slug: "spectrum-young-adults",
    name: "Young adults' LGBTQ+ group",
    description:
      "For LGBTQ+ people aged 18 to 25: meet others, talk about coming out, family, housing and college.",
    access: "self-referral",
    minimumAge: 18,
    support: ["lgbtq-groups", "student-and-young-adult"],
    audiences: ["lgbtq", "young-adults"],
    languages: ["english"],
    locations: [at(HARBOROUGH, { sessions: [[6, "14:00", "16:00"]] })],
    checkedDaysAgo: 22,
  },
  {
    organisation: "spectrum-lgbtq-leicestershire",
    slug: "spectrum-student-chat",
    name: "Online chat for students",
    description:
      "An evening web chat with trained LGBTQ+ volunteers, for students at any college or university in the county.",
    access: "remote",
    website: "https://spectrum-lgbtq.example/chat",
    support: [
      "student-and-young-adult",
      "lgbtq-groups",
      "mental-health-and-wellbeing",
    ],
    audiences: ["students", "lgbtq"],
    languages: ["english"],
    areas: [
      { kind: "district", district: "Leicestershire" },
      { kind: "district", district: "Leicester" },
    ],
    checkedDaysAgo: 28,
  },
  {
    organisation: "clocktower-listening-collective",
    slug: "clocktower-bereavement-walk",
    name: "Walk and talk for bereaved people",
    description:
      "A gentle walk around the park and a chat afterwards, for anyone grieving.",
    access: "drop-in",
    support: ["bereavement", "mental-health-and-wellbeing"],
    languages: ["english", "gujarati"],
    locations: [at(WIGSTON, { sessions: [[7, "10:00", "11:30"]] })],
    checkedDaysAgo: 50,
  },
];

/**
 * Loads the partner organisations (verified, as an officer would have done) and services. Existing demo
 * organisations named by services (`organisationIds`) are marked verified too, so their profiles show.
 */
export async function loadDemoPartners(
  tx: Tx,
  now: Date,
  organisationIds: Map<string, string>
): Promise<number> {
  const ids = new Map(organisationIds);
  for (const o of DEMO_PARTNER_ORGANISATIONS) {
    const created = await tx.organisation.create({
      data: { ...o, isDemo: true, verifiedAt: now, checkedAt: now },
    });
    ids.set(o.slug, created.id);
  }
  const tagId = new Map(
    (await tx.tag.findMany({ select: { id: true, slug: true } })).map((t) => [
      t.slug,
      t.id,
    ])
  );
  const footprintId = new Map(
    (await tx.footprint.findMany({ select: { id: true, code: true } })).map(
      (f) => [f.code, f.id]
    )
  );
  const need = <T>(map: Map<string, T>, key: string, what: string): T => {
    const value = map.get(key);
    if (value === undefined)
      throw new Error(`Demo partner data needs ${what} "${key}"`);
    return value;
  };
  const used = new Set(DEMO_PARTNER_SERVICES.map((s) => s.organisation));
  for (const slug of used) {
    if (!DEMO_PARTNER_ORGANISATIONS.some((o) => o.slug === slug)) {
      await tx.organisation.updateMany({
        where: { id: need(ids, slug, "organisation"), verifiedAt: null },
        data: { verifiedAt: now },
      });
    }
  }
  for (const s of DEMO_PARTNER_SERVICES) {
    await tx.partnerService.create({
      data: {
        organisationId: need(ids, s.organisation, "organisation"),
        slug: s.slug,
        name: s.name,
        description: s.description,
        whoFor: s.whoFor ?? null,
        access: s.access,
        accessNotes: s.accessNotes ?? null,
        isFree: s.isFree ?? true,
        costNote: s.costNote ?? null,
        minimumAge: s.minimumAge ?? null,
        phone: s.phone ?? null,
        email: s.email ?? null,
        website: s.website ?? null,
        checkedAt:
          s.checkedDaysAgo === null
            ? null
            : new Date(now.getTime() - s.checkedDaysAgo * 86_400_000),
        isDemo: true,
        tags: {
          create: [...s.support, ...(s.audiences ?? []), ...s.languages].map(
            (slug) => ({ tagId: need(tagId, slug, "tag") })
          ),
        },
        areas: {
          create: (s.areas ?? []).map((a) =>
            a.kind === "footprint"
              ? {
                  kind: "footprint",
                  footprintId: need(footprintId, a.code, "footprint"),
                }
              : a.kind === "district"
              ? { kind: "district", district: a.district }
              : { kind: "llr" }
          ),
        },
        locations: {
          create: (s.locations ?? []).map((l, i) => ({
            name: l.name,
            addressLine1: l.addressLine1,
            town: l.town,
            postcode: l.postcode,
            lat: l.lat,
            lng: l.lng,
            byAppointment: l.byAppointment ?? false,
            sortOrder: i,
            sessions: {
              create: (l.sessions ?? []).map(
                ([dayOfWeek, startTime, endTime]) => ({
                  dayOfWeek,
                  startTime,
                  endTime,
                })
              ),
            },
          })),
        },
      },
    });
  }
  return DEMO_PARTNER_SERVICES.length;
}
