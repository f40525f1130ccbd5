import { TextField, type FormField } from "~/components/forms";
import { t } from "~/lib/i18n";

export const ADDRESS_FIELDS = ["venueName", "addressLine1", "addressLine2", "town", "postcode"] as const;
export type AddressFieldNames = (typeof ADDRESS_FIELDS)[number];

/** The venue's name and address; the postcode places the café on the map. */
export function AddressFields({ fields }: { fields: Record<AddressFieldNames, FormField> }) {
  return (
    <fieldset className="nhsuk-fieldset manage-fieldset">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">{t("manage.details.venue")}</legend>
      <TextField field={fields.venueName} label={t("manage.details.field.venueName")} hint={t("manage.details.field.venueNameHint")} />
      <TextField field={fields.addressLine1} label={t("manage.details.field.addressLine1")} autoComplete="address-line1" />
      <TextField field={fields.addressLine2} label={t("manage.details.field.addressLine2")} autoComplete="address-line2" />
      <TextField field={fields.town} label={t("manage.details.field.town")} width={20} autoComplete="address-level2" />
      <TextField
        field={fields.postcode}
        label={t("manage.details.field.postcode")}
        hint={t("manage.details.field.postcodeHint")}
        width={10}
        autoComplete="postal-code"
      />
    </fieldset>
  );
}
