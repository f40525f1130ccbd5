/**
 * English text: the partner directory (/partners, /partners/<organisation>, a service's print and text
 * views, "Other support nearby" on café pages): public text. The group's own pages: ./partners-manage.ts.
 */
export const partners = {
  // ---------------------------------------------------------------- access, cost, areas
  "partners.access.drop-in": "Drop in",
  "partners.access.self-referral": "Refer yourself",
  "partners.access.referral": "Referral needed",
  "partners.access.remote": "Phone or online only",
  "partners.cost.free": "Free",
  "partners.cost.paid": "There is a cost",
  "partners.area.llr": "All of Leicester, Leicestershire and Rutland",
  "partners.area.district": "{district}",
  "partners.area.footprint": "{footprint} area",
  "partners.ages": "Ages {min} to {max}",
  "partners.agesFrom": "Ages {min} and over",
  "partners.agesUpTo": "Up to age {max}",

  // ---------------------------------------------------------------- the search page
  "partners.title": "Find support near you",
  "partners.lede":
    "Voluntary and community groups across Leicester, Leicestershire and Rutland: debt and money advice, housing, bereavement, carers' support and more.",
  "partners.search.label": "Postcode, town, village or GP surgery",
  "partners.search.hint":
    "For example, LE1 6RL, Loughborough, Oakham or the name of your GP surgery",
  "partners.search.button": "Search",
  "partners.search.location": "Use my location",
  "partners.filters.need": "What do you need help with?",
  "partners.filters.for": "Who is it for?",
  "partners.filters.lang": "Language",
  "partners.filters.apply": "Show support",
  "partners.filters.clear": "Clear filters",
  "partners.results.headingPlace": "Support near {place}",
  "partners.results.headingPractice": "Support near {place} (your GP surgery)",
  "partners.results.headingLocation": "Support near your location",
  "partners.results.headingAll": "All support",
  "partners.results.count": "{count} services",
  "partners.results.countOne": "1 service",
  "partners.results.none":
    "No services match. Try fewer filters, or search a wider area.",
  "partners.results.outsideLLR":
    "These services are in Leicester, Leicestershire and Rutland, which is the only area this directory covers. They may be a long way from you.",
  "partners.results.pastEnd": "There are no more results.",
  "partners.results.firstPage": "Go to the first page of results",
  "partners.choose.title": "Which GP surgery do you mean?",
  "partners.choose.text": "More than one GP surgery matches “{input}”. Choose one:",
  "partners.results.miles": "{miles} miles away",
  "partners.results.coversArea": "Covers your area",
  "partners.results.by": "Run by {organisation}",
  "partners.problem.title": "We could not find that place",
  "partners.problem.text":
    "We could not find “{input}”. Check the spelling, or try a postcode.",
  "partners.problem.suggestions": "Did you mean:",
  "partners.map.heading": "Map of these services",
  "partners.crisis":
    "If you are in crisis or worried about your safety, call 999, or NHS 111 and choose option 2 for mental health.",

  // ---------------------------------------------------------------- a service
  "partners.service.access": "How to get it",
  "partners.service.cost": "Cost",
  "partners.service.whoFor": "Who it is for",
  "partners.service.support": "Help with",
  "partners.service.languages": "Languages",
  "partners.service.where": "Where",
  "partners.service.areas": "Areas served",
  "partners.service.appointment": "By appointment",
  "partners.service.noHours": "Contact them for times",
  "partners.service.contact": "Get in touch",
  "partners.service.phone": "Phone: {phone}",
  "partners.service.email": "Email: {email}",
  "partners.service.website": "Website",
  "partners.service.hours": "Opening times",
  "partners.service.checked": "Information checked on {date}",
  "partners.service.notChecked": "Information not yet checked",
  "partners.service.notConfirmed":
    "Not confirmed recently — check with them before travelling or getting in touch.",
  "partners.profile.notConfirmed":
    "This group's details have not been confirmed recently — check with them before travelling or getting in touch.",
  "partners.service.print": "Print this service",
  "partners.service.text": "Text to copy",
  "partners.service.textHint":
    "A short version to send by text message (at most 300 characters).",
  "partners.service.demo": "Demonstration record: not a real service.",
  "partners.print.title": "{service} – printable",
  "partners.print.from": "From {app}",

  // ---------------------------------------------------------------- café pages and the finder map
  "partners.nearby.heading": "Other support nearby",
  "partners.nearby.intro":
    "Voluntary groups near this café that may help with other things.",
  "partners.nearby.more": "More support near here",
  "partners.layer.heading": "Support services nearby",
  "partners.layer.intro":
    "Voluntary groups near this place that help with money, housing, bereavement, caring and more.",
  "partners.layer.legend": "Map key",
  "partners.layer.markerLabel": "Support service: {service}",
  "partners.layer.show": "Show support services on the map",
  "partners.layer.hide": "Hide support services",
  "partners.layer.legendCafe": "Café (round marker, green when open now)",
  "partners.layer.legendPartner": "Support service (square marker)",

  // ---------------------------------------------------------------- summary text
  "partners.summary.demo": "DEMO, not a real service.",
  "partners.summary.phone": "Tel {phone}",
  "partners.summary.appointment": "by appointment",
  "partners.summary.covers": "Covers {areas}.",
  // ---------------------------------------------------------------- a group's public page (/partners/<group>)
  "partners.profile.services": "Services",
  "partners.profile.noServices": "This group lists no services at the moment.",
  "partners.profile.cafes": "Cafés it runs",
  "partners.profile.contact": "Contact the group",
  "partners.profile.communities": "Communities served",
  "partners.profile.demo": "Demonstration organisation: not a real group.",
  "partners.profile.all": "Find other support",
} as const;
