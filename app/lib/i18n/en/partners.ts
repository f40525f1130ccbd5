/**
 * English text: the partner directory (/partners, /partners/<organisation>, a service's print and text
 * views, "Other support nearby" on café pages) and the group's own pages at /organisation.
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
    "This place is outside Leicester, Leicestershire and Rutland. These are the nearest services we list.",
  "partners.results.miles": "{miles} miles away",
  "partners.results.coversArea": "Covers your area",
  "partners.results.by": "Run by {organisation}",
  "partners.results.more": "More results",
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

  // ---------------------------------------------------------------- the profile
  "partners.profile.services": "Services",
  "partners.profile.noServices": "This group lists no services at the moment.",
  "partners.profile.cafes": "Cafés it runs",
  "partners.profile.contact": "Contact the group",
  "partners.profile.communities": "Communities served",
  "partners.profile.demo": "Demonstration organisation: not a real group.",
  "partners.profile.all": "Find other support",

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

  // ---------------------------------------------------------------- the group's pages at /organisation
  "partners.org.section": "Your public profile and services",
  "partners.org.sectionIntro":
    "What people see about your group at /partners. Keep it up to date: we remind you when it has not been checked for six months.",
  "partners.org.notVerified":
    "Your profile and services are not public yet: an officer has to verify your organisation first.",
  "partners.org.hidden":
    "Hidden from the public by the directory team: {reason}",
  "partners.org.publicLink": "See your public profile",
  "partners.org.editProfile": "Edit your profile",
  "partners.org.addService": "Add a service",
  "partners.org.services": "Your services",
  "partners.org.noServices": "You list no services yet.",
  "partners.org.stale": "Needs checking",
  "partners.org.checked": "Checked {date}",
  "partners.org.never": "Never checked",
  "partners.org.confirm": "Still correct",
  "partners.org.confirmed": "Thank you: recorded as still correct.",
  "partners.org.saved": "Saved.",
  "partners.org.history": "History of changes",
  "partners.org.back": "Back to your organisation",
  "partners.profile.editTitle": "Your public profile",
  "partners.profile.field.description": "Who you are",
  "partners.profile.field.descriptionHint":
    "What your group does and who for, in a few sentences.",
  "partners.profile.field.communities": "Communities you serve",
  "partners.profile.field.phone": "Phone",
  "partners.profile.field.email": "Email",
  "partners.profile.field.website": "Website",
  "partners.preview.heading": "Preview: not saved yet",
  "partners.preview.intro": "This is how it will look. Check it, then save.",
  "partners.preview.button": "Preview",
  "partners.save.button": "Save",
  "partners.serviceForm.newTitle": "Add a service",
  "partners.serviceForm.editTitle": "Edit {service}",
  "partners.serviceForm.name": "Name of the service",
  "partners.serviceForm.description": "What it offers",
  "partners.serviceForm.whoFor": "Who it is for (in your words)",
  "partners.serviceForm.access": "How people get it",
  "partners.serviceForm.accessNotes": "More about how to get it",
  "partners.serviceForm.isFree": "Is it free?",
  "partners.serviceForm.free": "Yes, free",
  "partners.serviceForm.notFree": "No, there is a cost",
  "partners.serviceForm.costNote": "What it costs",
  "partners.serviceForm.minimumAge": "Youngest age",
  "partners.serviceForm.maximumAge": "Oldest age",
  "partners.serviceForm.support": "Help with (at least one)",
  "partners.serviceForm.audiences": "Who it is especially for",
  "partners.serviceForm.languages": "Languages",
  "partners.serviceForm.contact": "Contact for this service",
  "partners.serviceForm.areas": "Areas served",
  "partners.serviceForm.areasHint":
    "For a phone or online service, or one that visits people: where you cover. Leave empty if people come to your venue.",
  "partners.serviceForm.areaLLR":
    "All of Leicester, Leicestershire and Rutland",
  "partners.serviceForm.areaDistricts": "Or these areas",
  "partners.serviceForm.areaFootprints":
    "Or these neighbourhoods (Primary Care Network areas)",
  "partners.serviceForm.location": "Where people come",
  "partners.serviceForm.locationHint":
    "Leave empty for a service with no venue.",
  "partners.serviceForm.locationName": "Venue name",
  "partners.serviceForm.addressLine1": "Address",
  "partners.serviceForm.town": "Town",
  "partners.serviceForm.postcode": "Postcode",
  "partners.serviceForm.byAppointment":
    "By appointment only (no opening times)",
  "partners.serviceForm.sessions": "Weekly opening times (up to three)",
  "partners.serviceForm.venue": "Venue {n}",
  "partners.serviceForm.addVenue": "Add another venue",
  "partners.serviceForm.removeVenue": "Remove this venue",
  "partners.serviceForm.removeVenueLabel": "Remove venue {n}",
  "partners.serviceForm.overnight": "Runs past midnight",
  "partners.serviceForm.venuesChanged": "The venues were changed. Nothing is saved until you save.",
  "partners.serviceForm.day": "Day",
  "partners.serviceForm.start": "From",
  "partners.serviceForm.end": "To",
  "partners.serviceForm.noDay": "No session",

  // ---------------------------------------------------------------- staff: hiding
  "partners.hide.title": "Partner directory: hide or show",
  "partners.hide.intro":
    "Hide a service or a whole organisation from the public pages and the open data. Give a reason: it is kept in the history.",
  "partners.hide.organisations": "Organisations",
  "partners.hide.services": "Services",
  "partners.hide.reason": "Reason for hiding",
  "partners.hide.button": "Hide",
  "partners.hide.show": "Show again",
  "partners.hide.hidden": "Hidden: {reason}",
  "partners.hide.unverified": "Not verified",
  "partners.hide.done": "Done.",

  // ---------------------------------------------------------------- errors
  "partners.error.name": "Enter the name of the service",
  "partners.error.access": "Choose how people get the service",
  "partners.error.cost": "Say whether it is free",
  "partners.error.support": "Choose at least one thing it helps with",
  "partners.error.age": "Enter an age in whole years",
  "partners.error.ages": "The oldest age must not be below the youngest",
  "partners.error.locationName": "Enter the venue's name",
  "partners.error.where": "Give a venue, or the areas the service covers",
  "partners.error.hoursNeedPlace": "Opening times need a venue",
  "partners.error.hideReason": "Give the reason for hiding it",
  "partners.error.tag": "Choose from the list",
  "partners.error.area": "Choose areas from the list",
  "partners.error.description": "Say what the service offers",
  "partners.error.costNote": "Say what it costs",
  "partners.error.overnight":
    "The end time is before the start time. If the session runs past midnight, tick “Runs past midnight”; otherwise correct the times",
  "partners.error.tooManyVenues": "A service can list at most {max} venues",
  "partners.error.venueNotFound":
    "A venue on this form is no longer part of the service. Open the service again and make your changes",
  "partners.error.postcode":
    "Enter a full postcode in Leicester, Leicestershire or Rutland",

  // ---------------------------------------------------------------- reminder email
  "partners.reminderEmail.subject":
    "Please check your service listing: {service}",
  "partners.reminderEmail.text":
    "Hello,\n\nThe listing of {service} in our directory of support has not been checked for {days} days. People rely on it to find help.\n\nPlease check it, and change it or confirm it is still correct:\n{link}\n\nThank you.",
  "partners.reminderEmail.textNever":
    "Hello,\n\nThe listing of {service} in our directory of support has never been checked. People rely on it to find help.\n\nPlease check it, and change it or confirm it is still correct:\n{link}\n\nThank you.",
} as const;
