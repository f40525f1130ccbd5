import { ChoiceGroup, SelectField, TextField, type FormField } from "~/components/forms";
import { weekdayName } from "~/lib/dates";
import { t } from "~/lib/i18n";
import { MAX_VENUES, VENUE_SESSION_ROWS } from "~/modules/partners";

/**
 * The venues of a service form: one numbered fieldset each (name, address, postcode, its weekly sessions
 * or "by appointment"), with "Remove this venue" and "Add another venue" as buttons of the form, which
 * the server answers with the form as typed, a venue more or less (nothing is saved). They skip the
 * browser's checks (formNoValidate): changing the venues is not sending the form.
 */
export function ServiceVenues({
  field,
  count,
}: {
  /** The field of a name ("venues[0].name"), with its message and value as typed */
  field: (name: string) => FormField;
  count: number;
}) {
  const dayOptions = [{ value: "", label: t("partners.serviceForm.noDay") }, ...[1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: String(d), label: weekdayName(d) }))];
  const venues = Array.from({ length: Math.max(1, count) }, (_, i) => i);
  return (
    <fieldset className="nhsuk-fieldset manage-fieldset">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">{t("partners.serviceForm.location")}</legend>
      <p className="nhsuk-hint">{t("partners.serviceForm.locationHint")}</p>
      {venues.map((i) => {
        const f = (name: string) => field(`venues[${i}].${name}`);
        const n = i + 1;
        return (
          <fieldset key={i} className="nhsuk-fieldset manage-fieldset" id={`venue-${n}`}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{t("partners.serviceForm.venue", { n })}</legend>
            <input type="hidden" name={`venues[${i}].id`} defaultValue={String(f("id").initialValue ?? "")} />
            <TextField field={f("name")} label={t("partners.serviceForm.locationName")} />
            <TextField field={f("addressLine1")} label={t("partners.serviceForm.addressLine1")} />
            <TextField field={f("town")} label={t("partners.serviceForm.town")} />
            <TextField field={f("postcode")} width={10} label={t("partners.serviceForm.postcode")} />
            <ChoiceGroup field={f("byAppointment")} legend={t("partners.serviceForm.byAppointment")} options={[{ value: "yes", label: t("partners.serviceForm.byAppointment") }]} small />
            <h2 className="nhsuk-heading-xs">{t("partners.serviceForm.sessions")}</h2>
            {Array.from({ length: VENUE_SESSION_ROWS }, (_, j) => {
              const s = (name: string) => f(`sessions[${j}].${name}`);
              const label = (key: "day" | "start" | "end") => `${t(`partners.serviceForm.${key}`)} ${j + 1}`;
              return (
                <div key={j} className="manage-inline">
                  <SelectField field={s("day")} label={label("day")} options={dayOptions} />
                  <TextField field={s("start")} width={5} label={label("start")} />
                  <TextField field={s("end")} width={5} label={label("end")} />
                  <ChoiceGroup field={s("overnight")} legend={t("partners.serviceForm.overnight")} options={[{ value: "yes", label: t("partners.serviceForm.overnight") }]} small />
                </div>
              );
            })}
            {count > 1 ? (
              <button
                type="submit"
                name="intent"
                value="removeVenue"
                formAction={`?remove=${i}`}
                formNoValidate
                className="nhsuk-button nhsuk-button--secondary"
                aria-label={t("partners.serviceForm.removeVenueLabel", { n })}
              >
                {t("partners.serviceForm.removeVenue")}
              </button>
            ) : null}
          </fieldset>
        );
      })}
      {count < MAX_VENUES ? (
        <button type="submit" name="intent" value="addVenue" formNoValidate className="nhsuk-button nhsuk-button--secondary">
          {t("partners.serviceForm.addVenue")}
        </button>
      ) : null}
    </fieldset>
  );
}
