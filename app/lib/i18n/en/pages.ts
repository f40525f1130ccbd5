/** English text: the public information pages (urgent help, about the data, accessibility, privacy). */
export const pages = {
  "urgentHelp.title": "Get urgent help now",
  "urgentHelp.intro":
    "The cafés are for when you are struggling but do not need medical care right now. If you need help now, these services are open.",
  "urgentHelp.danger.heading": "If your life or someone else's life is in danger",
  "urgentHelp.danger.body": "Call {phone} or go to A&E now. This includes if you have seriously harmed yourself or taken an overdose.",
  "urgentHelp.nhs111.heading": "NHS 111, option 2: urgent mental health help",
  "urgentHelp.nhs111.body":
    "Call {phone} and choose option 2 to speak to a mental health professional, any time of day or night, free from mobiles and landlines.",
  "urgentHelp.cap.heading": "The Central Access Point (Leicester, Leicestershire and Rutland)",
  "urgentHelp.cap.bodyWithNumber":
    "Call {phone}, free, 24 hours a day, 7 days a week. You can refer yourself, or call for someone you care about. The team can also book you a place at a café today.",
  "urgentHelp.cap.bodyWithoutNumber":
    "Open 24 hours a day, 7 days a week: call NHS 111 and choose option 2 to reach it. You can refer yourself, or call for someone you care about. The team can also book you a place at a café today.",
  "urgentHelp.samaritans.heading": "Samaritans",
  "urgentHelp.samaritans.body": "Call {phone}, free, any time, to talk to someone about anything that is troubling you.",
  "urgentHelp.shout.heading": "Shout: text support",
  "urgentHelp.shout.body": "If you would rather not talk, text SHOUT to {phone}, free, any time.",
  "urgentHelp.cafes.heading": "When you want to talk in person",
  "urgentHelp.cafes.body": "Find a café near you: no appointment or referral needed.",
  "urgentHelp.cafes.link": "Find a café",

  "aboutData.title": "About the data on this site",
  "aboutData.intro":
    "This page explains where the maps, postcodes, GP surgeries and areas on this site come from, and their limits.",
  "aboutData.footprints.heading": "Primary Care Network areas",
  "aboutData.footprints.body":
    "Cafés are planned so that each Primary Care Network (PCN) area in Leicester, Leicestershire and Rutland has at least one. PCNs are groups of GP surgeries, defined by the patients they serve rather than by lines on a map, so the areas drawn on our maps are approximate: each place is given to its nearest member surgery.",
  "aboutData.postcodes.heading": "Postcodes and places",
  "aboutData.postcodes.body":
    "Postcode positions come from Ordnance Survey Code-Point Open (2014). Postcodes created since then are found by their postcode sector or district instead, which is less precise. Town and village positions come from GeoNames.",
  "aboutData.distances.heading": "Distances",
  "aboutData.distances.body": "Distances are in a straight line, not along roads or bus routes.",
  "aboutData.hours.heading": "Opening times",
  "aboutData.hours.body":
    "Each café's team publishes its own opening times and closures. If a listing has not been checked recently, or it is a bank holiday, we say so: please call before travelling.",
  "aboutData.attribution.heading": "Sources and licences",

  "accessibility.title": "Accessibility statement",
  "accessibility.intro":
    "We want as many people as possible to be able to use this website. It is designed to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA.",
  "accessibility.body1":
    "You should be able to use the whole site with a keyboard, a screen reader or speech recognition, zoom in up to 400% without text spilling off the screen, and use it without JavaScript. The list of cafés is the main way to find one: the map shows the same information and is not needed.",
  "accessibility.body2":
    "Every page is checked automatically for accessibility problems as part of our tests. If you find a problem, please tell the café network team so we can fix it.",

  "privacy.title": "Privacy",
  "privacy.public":
    "You do not need an account to find a café. When you search, we use what you type (a postcode, town or surgery) only to show nearby cafés; we do not store it with anything that identifies you, and we set no tracking or advertising cookies.",
  "privacy.location":
    "If you choose \"use my location\", your browser shares your position with this page once, to sort the cafés by distance. We do not keep it.",
  "privacy.staff":
    "Staff and volunteers who sign in have a cookie that keeps them signed in. Their actions on café listings, grants and bookings are recorded so that changes can be checked.",
} as const;
