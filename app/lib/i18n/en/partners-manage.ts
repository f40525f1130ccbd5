/**
 * English text: the group's own pages at /organisation (its public profile and services, with preview),
 * the directory team's hiding, form errors and the reminder email. Staff pages: English only.
 */
export const partnersManage = {
  // ---------------------------------------------------------------- the group's pages at /organisation
  "partners.org.section": "Your public profile and services",
  "partners.org.sectionIntro":
    "What people see about your group at /partners. Keep it up to date: we remind you when it has not been checked for six months.",
  "partners.org.notPublic": "Not public",
  "partners.org.notVerified":
    "Your profile is not public until Voluntary Action Leicestershire has verified your organisation.",
  "partners.org.hidden": "Hidden from the public: {reason}",
  "partners.org.serviceHidden": "Hidden from the public: {reason}",
  "partners.org.organisationHidden": "Your organisation is hidden from the public, and so are its services: {reason}",
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
  "partners.error.postcode":
    "Enter a full postcode in Leicester, Leicestershire or Rutland",

  // ---------------------------------------------------------------- reminder email
  "partners.reminderEmail.subject":
    "Please check your service listing: {service}",
  "partners.reminderEmail.text":
    "Hello,\n\nThe listing of {service} in our directory of support has not been checked for {days} days. People rely on it to find help.\n\nPlease check it, and change it or confirm it is still correct:\n{link}\n\nThank you.",
  "partners.reminderEmail.textNever":
    "Hello,\n\nThe listing of {service} in our directory of support has never been checked. People rely on it to find help.\n\nPlease check it, and change it or confirm it is still correct:\n{link}\n\nThank you.",
  "partners.serviceForm.venue": "Venue {n}",
  "partners.serviceForm.addVenue": "Add another venue",
  "partners.serviceForm.removeVenue": "Remove this venue",
  "partners.serviceForm.removeVenueLabel": "Remove venue {n}",
  "partners.serviceForm.overnight": "Runs past midnight",
  "partners.serviceForm.venuesChanged": "The venues were changed. Nothing is saved until you save.",
  "partners.error.description": "Say what the service offers",
  "partners.error.costNote": "Say what it costs",
  "partners.error.overnight":
    "The end time is before the start time. If the session runs past midnight, tick “Runs past midnight”; otherwise correct the times",
  "partners.error.tooManyVenues": "A service can list at most {max} venues",
  "partners.error.venueNotFound":
    "A venue on this form is no longer part of the service. Open the service again and make your changes",
} as const;
