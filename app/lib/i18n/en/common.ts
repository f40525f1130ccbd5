/**
 * English text of the app shell and of pages shared by everyone.
 * The public name of the cafés lives here only: communities chose "Neighbourhood Mental Health Cafés"
 * and may choose another; change it here, never in a page.
 */
export const common = {
  "brand.name": "Neighbourhood Mental Health Cafés",
  "brand.cafe": "Neighbourhood Mental Health Café",
  "brand.cafes": "Neighbourhood Mental Health Cafés",
  "brand.cafeShort": "café",
  "brand.cafesShort": "cafés",
  "brand.region": "Leicester, Leicestershire and Rutland",
  "brand.tagline": "Calm, welcoming places to talk when you are struggling. No appointment, no referral.",
  "brand.appName": "Café Network",

  "shell.skipLink": "Skip to main content",
  "shell.quickExit": "Leave this site quickly",
  "shell.quickExitHint": "Opens a weather page and replaces this one in your history",
  "shell.crisis.label": "Urgent help",
  "shell.crisis.danger": "If you or someone else is in danger now, call {emergency}.",
  "shell.crisis.nhs111": "For urgent mental health help, call {nhs111} and choose option 2.",
  "shell.crisis.capWithNumber": "Central Access Point, 24 hours a day: {phone} (free).",
  "shell.crisis.capWithoutNumber": "Central Access Point, 24 hours a day: reached through NHS 111, option 2.",
  "shell.crisis.samaritans": "Samaritans, any time: {phone}.",
  "shell.crisis.more": "More urgent help",
  "shell.nav.label": "Main menu",
  "shell.nav.find": "Find a café",
  "shell.nav.partners": "Support services",
  "shell.nav.urgentHelp": "Urgent help",
  "shell.nav.signIn": "Sign in",
  "shell.nav.signOut": "Sign out",
  "shell.nav.account": "Your account",
  "shell.nav.home": "Your work",
  "shell.demoTag": "Demo",
  "shell.demoLabel": "Demonstration data",
  "shell.demoNotice":
    "Demonstration data: the cafés, groups and people on this site are made up to show how it works. Do not travel to them.",
  "shell.footer.about": "About the data",
  "shell.footer.accessibility": "Accessibility",
  "shell.footer.privacy": "Privacy",
  "shell.footer.attributionHeading": "Data sources",
  "shell.footer.attribution.os":
    "Contains OS data © Crown copyright and database right 2014. Contains Royal Mail data © Royal Mail copyright and database right 2014. Contains National Statistics data © Crown copyright and database right 2014.",
  "shell.footer.attribution.ods":
    "Contains public sector information licensed under the Open Government Licence v3.0 (NHS England Organisation Data Service: ePCN, epraccur).",
  /** {link} is a link to the source, as the licence asks: shell.footer.attribution.boundariesLink */
  "shell.footer.attribution.boundaries": "Boundary data converted by Martin Chorley ({link}), CC BY 4.0.",
  "shell.footer.attribution.boundariesLink": "github.com/martinjc/UK-GeoJSON",
  "shell.footer.attribution.geonames": "Place names and positions: GeoNames (geonames.org), CC BY 4.0.",
  "shell.footer.programme": "Part of Step Up to Great Mental Health in Leicester, Leicestershire and Rutland.",
  "shell.footer.register.intro": "Are you a voluntary group?",
  "shell.footer.register.link": "Register your organisation to apply for a café grant",

  "notFound.title": "Page not found",
  "notFound.body": "We could not find that page. It may have moved, or the address may be mistyped.",
  "notFound.findCafe": "Find a café near you",
  "notFound.searchLabel": "Postcode, town or village",
  "notFound.searchButton": "Search",
  "error.title": "Sorry, something went wrong",
  "error.body": "Please try again in a moment. If you need help now, the numbers at the top of this page are always open.",
  "error.forbiddenTitle": "You do not have access to this page",
  "error.forbiddenBody": "Your account does not have permission to see this page. Sign in with another account, or ask an administrator.",
  "error.forbiddenHome": "Go to your home page",
  "error.forbiddenSignOut": "Sign out, to sign in with another account",

  "form.errorSummary": "There is a problem",
  /** Read by screen readers before a field's error message (visually hidden) */
  "form.error.prefix": "Error:",
  "form.error.tooLarge":
    "The form was too large to send, so nothing was saved. Shorten the longest text you typed, then send the form again.",
  "form.error.unreadable":
    "The form could not be read, so nothing was saved. Go back to the form, check what you typed, then send it again.",
  "form.error.title": "Your form was not sent",
  "form.error.crossSite":
    "This form came from another website, so nothing was sent or changed. If you meant to use Café Network, go to its home page and try again from there.",
  "form.error.unknownAction": "This page could not tell what the form asked it to do, so nothing was changed. Reload the page and try again",
  "form.honeypotLabel": "Leave this field empty",

  "time.am": "am",
  "time.pm": "pm",
  "time.midnight": "midnight",
  "time.midday": "midday",
  "date.withYear": "{date} {year}",
  "date.instant": "{date} at {time}",
} as const;
