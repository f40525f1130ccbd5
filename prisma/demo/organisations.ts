/**
 * Demonstration VCS organisations. Every name is invented: none is, or is meant to look like, a real
 * service or charity. Charity and company numbers start "DEMO-" so they can never be mistaken for real
 * ones; web and email addresses use the reserved ".example" domain; phone numbers are in Ofcom's range
 * for drama (0116 496 0xxx, 01632 960xxx, 07700 900xxx), so they can never reach anyone.
 */
export type DemoOrganisation = {
  slug: string;
  name: string;
  charityNumber: string | null;
  companyNumber: string | null;
  addressLine1: string;
  town: string;
  postcode: string;
  contactName: string;
  email: string;
  phone: string;
  website: string | null;
  communities: string;
};

/**
 * Demo organisations a grant officer has not verified yet (the others are verified when the demo loads):
 * their cafés keep their pages, but a group's public profile and the open data (/api/oruk) show only
 * verified groups, and an officer can try verifying this one.
 */
export const DEMO_UNVERIFIED_ORGANISATIONS: readonly string[] = ["coalfield-companions"];

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  {
    slug: "clocktower-listening-collective",
    name: "Clocktower Listening Collective",
    charityNumber: "DEMO-100001",
    companyNumber: null,
    addressLine1: "3 Humberstone Gate",
    town: "Leicester",
    postcode: "LE1 1FA",
    contactName: "Ruth Adebayo",
    email: "hello@clocktower-listening.example",
    phone: "0116 496 0001",
    website: "https://clocktower-listening.example",
    communities: "Adults in and around Leicester city centre, including students, young adults and people who are sleeping rough.",
  },
  {
    slug: "golden-mile-wellbeing-circle",
    name: "Golden Mile Wellbeing Circle",
    charityNumber: "DEMO-100002",
    companyNumber: null,
    addressLine1: "41 Cossington Street",
    town: "Leicester",
    postcode: "LE4 6LB",
    contactName: "Hemant Parmar",
    email: "contact@goldenmile-wellbeing.example",
    phone: "0116 496 0002",
    website: "https://goldenmile-wellbeing.example",
    communities: "Gujarati, Punjabi and Hindi speakers in Belgrave, Rushey Mead, Evington and Wigston; Hindu and Sikh families; older people.",
  },
  {
    slug: "lantern-women-and-families-collective",
    name: "Lantern Women and Families Collective",
    charityNumber: null,
    companyNumber: "DEMO-C00003",
    addressLine1: "9 Millstone Lane",
    town: "Leicester",
    postcode: "LE1 4JB",
    contactName: "Nasreen Akhtar",
    email: "women@lantern-collective.example",
    phone: "0116 496 0003",
    website: "https://lantern-collective.example",
    communities: "Women and their families, especially South Asian, Somali and Muslim women, and women affected by domestic abuse.",
  },
  {
    slug: "mango-tree-community-wellbeing",
    name: "Mango Tree Community Wellbeing",
    charityNumber: "DEMO-100004",
    companyNumber: null,
    addressLine1: "38 Melbourne Road",
    town: "Leicester",
    postcode: "LE2 0NQ",
    contactName: "Marcia Campbell",
    email: "team@mangotree-wellbeing.example",
    phone: "0116 496 0004",
    website: "https://mangotree-wellbeing.example",
    communities: "African Caribbean, Somali and Eastern European communities in Highfields, the West End and Narborough Road; young adults.",
  },
  {
    slug: "soar-valley-friends-network",
    name: "Soar Valley Friends Network",
    charityNumber: "DEMO-100005",
    companyNumber: null,
    addressLine1: "12 Baxter Gate",
    town: "Loughborough",
    postcode: "LE11 1UA",
    contactName: "Owen Hartley",
    email: "friends@soarvalley-network.example",
    phone: "01632 960001",
    website: "https://soarvalley-network.example",
    communities: "People across Charnwood: Loughborough, Shepshed, Sileby and Birstall, Loughborough University students, Polish speakers.",
  },
  {
    slug: "wolds-and-vale-peer-support",
    name: "Wolds and Vale Peer Support",
    charityNumber: "DEMO-100006",
    companyNumber: null,
    addressLine1: "Unit 2, Saxby Road Business Park",
    town: "Melton Mowbray",
    postcode: "LE13 1AT",
    contactName: "Fiona Wetherby",
    email: "hello@woldsandvale.example",
    phone: "01632 960002",
    website: null,
    communities: "Rural east Leicestershire and Rutland: Melton, Oakham, Uppingham and Market Harborough; carers, farming families and older people.",
  },
  {
    slug: "bramble-hollow-peer-support",
    name: "Bramble Hollow Peer Support",
    charityNumber: null,
    companyNumber: "DEMO-C00007",
    addressLine1: "7 Castle Street",
    town: "Hinckley",
    postcode: "LE10 1EE",
    contactName: "Gareth Lowe",
    email: "info@bramblehollow.example",
    phone: "01632 960003",
    website: "https://bramblehollow.example",
    communities: "Hinckley and Bosworth, Blaby and Glenfield: men, carers, LGBTQ+ people and Deaf BSL users.",
  },
  {
    slug: "coalfield-companions",
    name: "Coalfield Companions",
    charityNumber: null,
    companyNumber: null,
    addressLine1: "20 Marlborough Square",
    town: "Coalville",
    postcode: "LE67 3QT",
    contactName: "Kasia Nowak",
    email: "companions@coalfield.example",
    phone: "01632 960004",
    website: null,
    communities: "North West Leicestershire: Coalville, Ashby and the villages; men, Polish and Romanian speakers.",
  },
];
