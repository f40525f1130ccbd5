import { TextField, valueOf, type FieldErrors, type FieldValues } from "~/components/forms";
import { t } from "~/lib/i18n";

/** The venue's name and address; the postcode places the café on the map. */
export function AddressFields({ values, errors }: { values: FieldValues; errors: FieldErrors }) {
  return (
    <fieldset className="nhsuk-fieldset manage-fieldset">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">{t("manage.details.venue")}</legend>
      <TextField name="venueName" label={t("manage.details.field.venueName")} hint={t("manage.details.field.venueNameHint")} defaultValue={valueOf(values, "venueName")} error={errors?.venueName} />
      <TextField name="addressLine1" label={t("manage.details.field.addressLine1")} autoComplete="address-line1" defaultValue={valueOf(values, "addressLine1")} error={errors?.addressLine1} />
      <TextField name="addressLine2" label={t("manage.details.field.addressLine2")} autoComplete="address-line2" defaultValue={valueOf(values, "addressLine2")} error={errors?.addressLine2} />
      <TextField name="town" label={t("manage.details.field.town")} width={20} autoComplete="address-level2" defaultValue={valueOf(values, "town")} error={errors?.town} />
      <TextField
        name="postcode"
        label={t("manage.details.field.postcode")}
        hint={t("manage.details.field.postcodeHint")}
        width={10}
        autoComplete="postal-code"
        defaultValue={valueOf(values, "postcode")}
        error={errors?.postcode}
      />
    </fieldset>
  );
}
