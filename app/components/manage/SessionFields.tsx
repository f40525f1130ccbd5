import type { ComponentProps } from "react";
import { SelectField, TextField, type FormField } from "~/components/forms";
import { t } from "~/lib/i18n";
import { weekdayName } from "~/lib/dates";

type Offers = { id: string; title: string }[];

/** Start and end time side by side; an end before the start runs past midnight (the end's hint says so). */
export function TimeFields({ fields, startHint }: { fields: Record<"startTime" | "endTime", FormField>; startHint?: string }) {
  return (
    <div className="manage-times">
      <TextField field={fields.startTime} type="time" width={10} label={t("manage.session.field.start")} hint={startHint} />
      <TextField field={fields.endTime} type="time" width={10} label={t("manage.session.field.end")} hint={t("manage.session.field.endHint")} />
    </div>
  );
}

/** The café's offers to choose from, or none (an ordinary session). */
export function OfferSelect({ field, offers, hint }: { field: FormField; offers: Offers; hint?: string }) {
  return (
    <SelectField
      field={field}
      label={t("manage.session.field.offer")}
      hint={hint}
      options={[{ value: "", label: t("manage.session.field.offerNone") }, ...offers.map((o) => ({ value: o.id, label: o.title }))]}
    />
  );
}

/**
 * A number of places the Central Access Point may book, from 0 to MAX_CAP_PLACES. A text field with a
 * numeric keypad rather than a number field: a browser sends an invalid number ("3e") as empty, which
 * would read as "the café's usual number"; as text, what was typed reaches the server's check.
 */
export function PlacesField(props: Omit<ComponentProps<typeof TextField>, "type" | "inputMode" | "width">) {
  return <TextField type="text" inputMode="numeric" spellCheck={false} autoComplete="off" width={3} {...props} />;
}

/** A session's CAP places, left empty for the café's usual number. */
export function SessionPlacesField({ field, capPlacesDefault }: { field: FormField; capPlacesDefault: number }) {
  return (
    <PlacesField
      field={field}
      label={t("manage.session.field.capPlaces")}
      hint={t("manage.session.field.capPlacesHint", { places: capPlacesDefault })}
    />
  );
}

export type SessionFieldNames = "dayOfWeek" | "startTime" | "endTime" | "validFrom" | "validUntil" | "offerId" | "capPlaces";

/** The fields of a weekly session: day, times (past midnight allowed), validity, offer and CAP places. */
export function SessionFields({
  fields,
  offers,
  capPlacesDefault,
}: {
  fields: Record<SessionFieldNames, FormField>;
  offers: Offers;
  capPlacesDefault: number;
}) {
  const days = [1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: String(d), label: weekdayName(d) }));
  return (
    <>
      <SelectField
        field={fields.dayOfWeek}
        label={t("manage.session.field.day")}
        options={[{ value: "", label: t("manage.session.field.dayChoose") }, ...days]}
      />
      <TimeFields fields={fields} startHint={t("manage.session.field.startHint")} />
      <fieldset className="nhsuk-fieldset manage-fieldset" aria-describedby="session-validity-hint">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{t("manage.session.field.validity")}</legend>
        <div className="nhsuk-hint" id="session-validity-hint">
          {t("manage.session.field.validityHint")}
        </div>
        <div className="manage-times">
          <TextField field={fields.validFrom} type="date" width={10} label={t("manage.session.field.validFrom")} />
          <TextField field={fields.validUntil} type="date" width={10} label={t("manage.session.field.validUntil")} />
        </div>
      </fieldset>
      <OfferSelect field={fields.offerId} offers={offers} hint={t("manage.session.field.offerHint")} />
      <SessionPlacesField field={fields.capPlaces} capPlacesDefault={capPlacesDefault} />
    </>
  );
}
