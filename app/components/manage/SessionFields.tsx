import type { ComponentProps } from "react";
import { SelectField, TextField, valueOf, type FieldErrors, type FieldValues } from "~/components/forms";
import { t } from "~/lib/i18n";
import { weekdayName } from "~/lib/dates";

type Fields = { values: FieldValues; errors: FieldErrors };

/** Start and end time side by side; an end before the start runs past midnight (the end's hint says so). */
export function TimeFields({ values, errors, startHint }: Fields & { startHint?: string }) {
  return (
    <div className="manage-times">
      <TextField
        name="startTime"
        type="time"
        width={10}
        label={t("manage.session.field.start")}
        hint={startHint}
        defaultValue={valueOf(values, "startTime")}
        error={errors?.startTime}
      />
      <TextField
        name="endTime"
        type="time"
        width={10}
        label={t("manage.session.field.end")}
        hint={t("manage.session.field.endHint")}
        defaultValue={valueOf(values, "endTime")}
        error={errors?.endTime}
      />
    </div>
  );
}

/** The café's offers to choose from, or none (an ordinary session). */
export function OfferSelect({ values, errors, offers, hint }: Fields & { offers: { id: string; title: string }[]; hint?: string }) {
  return (
    <SelectField
      name="offerId"
      label={t("manage.session.field.offer")}
      hint={hint}
      options={[{ value: "", label: t("manage.session.field.offerNone") }, ...offers.map((o) => ({ value: o.id, label: o.title }))]}
      defaultValue={valueOf(values, "offerId")}
      error={errors?.offerId}
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

/** The fields of a weekly session: day, times (past midnight allowed), validity, offer and CAP places. */
export function SessionFields({
  values,
  errors,
  offers,
  capPlacesDefault,
}: Fields & {
  offers: { id: string; title: string }[];
  capPlacesDefault: number;
}) {
  const days = [1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: String(d), label: weekdayName(d) }));
  return (
    <>
      <SelectField
        name="dayOfWeek"
        label={t("manage.session.field.day")}
        options={[{ value: "", label: t("manage.session.field.dayChoose") }, ...days]}
        defaultValue={valueOf(values, "dayOfWeek")}
        error={errors?.dayOfWeek}
      />
      <TimeFields values={values} errors={errors} startHint={t("manage.session.field.startHint")} />
      <fieldset className="nhsuk-fieldset manage-fieldset" aria-describedby="session-validity-hint">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{t("manage.session.field.validity")}</legend>
        <div className="nhsuk-hint" id="session-validity-hint">
          {t("manage.session.field.validityHint")}
        </div>
        <div className="manage-times">
          <TextField
            name="validFrom"
            type="date"
            width={10}
            label={t("manage.session.field.validFrom")}
            defaultValue={valueOf(values, "validFrom")}
            error={errors?.validFrom}
          />
          <TextField
            name="validUntil"
            type="date"
            width={10}
            label={t("manage.session.field.validUntil")}
            defaultValue={valueOf(values, "validUntil")}
            error={errors?.validUntil}
          />
        </div>
      </fieldset>
      <OfferSelect values={values} errors={errors} offers={offers} hint={t("manage.session.field.offerHint")} />
      <PlacesField
        name="capPlaces"
        label={t("manage.session.field.capPlaces")}
        hint={t("manage.session.field.capPlacesHint", { places: capPlacesDefault })}
        defaultValue={valueOf(values, "capPlaces")}
        error={errors?.capPlaces}
      />
    </>
  );
}
