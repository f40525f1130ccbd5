import { ChoiceGroup, SelectField, TextArea, TextField, type Option } from "~/components/forms";
import { t, type MessageKey } from "~/lib/i18n";
import { BUDGET_CATEGORIES, MAX_BUDGET_LINES, MAX_SESSION_ROWS, type SectionKey } from "~/modules/grants";

/**
 * The fields of one application section, by name, with values and messages from flat maps
 * ("lines[0].amount" → "1250"): the stored section, or what was typed when a save was refused. Rows that
 * repeat (budget lines, weekly sessions) show the saved rows and two empty ones; saving adds more.
 */
export type FlatValues = Record<string, string | string[]>;

/** A nested form value (Conform's reply, a section's form values) as flat names: lines[0].amount. */
export function flatten(value: unknown, prefix = "", out: FlatValues = {}): FlatValues {
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) {
    out[prefix] = value as string[];
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => flatten(v, `${prefix}[${i}]`, out));
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (value !== undefined && value !== null) {
    out[prefix] = String(value);
  }
  return out;
}

function rowCount(values: FlatValues, list: string, max: number): number {
  let n = 0;
  for (const name of Object.keys(values)) {
    const m = new RegExp(`^${list}\\[(\\d+)\\]`).exec(name);
    if (m) n = Math.max(n, Number(m[1]) + 1);
  }
  return Math.max(n, Math.min(n + 2, max));
}

export function SectionFields({
  section,
  values,
  errors,
  roundKind,
  languages,
  sites,
  disabled,
}: {
  section: SectionKey;
  values: FlatValues;
  errors: Record<string, string>;
  roundKind: string;
  languages: Option[];
  sites: Option[];
  disabled?: boolean;
}) {
  const v = (name: string) => {
    const value = values[name];
    return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
  };
  const text = (name: string, label: MessageKey, extra: { hint?: MessageKey; width?: 2 | 3 | 4 | 5 | 10 | 20 | 30; type?: string } = {}) => (
    <TextField
      key={name}
      name={name}
      label={t(label)}
      hint={extra.hint ? t(extra.hint) : undefined}
      width={extra.width}
      type={extra.type}
      defaultValue={v(name)}
      error={errors[name]}
      disabled={disabled}
    />
  );
  const area = (name: string, label: MessageKey, rows = 5) => (
    <TextArea key={name} name={name} label={t(label)} rows={rows} defaultValue={v(name)} error={errors[name]} disabled={disabled} />
  );

  switch (section) {
    case "cafe":
      return (
        <>
          {text("cafeName", "grants.field.cafeName")}
          {text("venueName", "grants.field.venueName")}
          {text("addressLine1", "grants.field.addressLine1")}
          {text("town", "grants.field.town", { width: 20 })}
          {text("postcode", "grants.field.postcode", { width: 10, hint: "grants.field.postcodeHint" })}
          {roundKind === "university" ? (
            <SelectField
              name="coverageSiteId"
              label={t("grants.field.university")}
              options={[{ value: "", label: "" }, ...sites]}
              defaultValue={v("coverageSiteId")}
              error={errors.coverageSiteId}
              disabled={disabled}
            />
          ) : null}
        </>
      );
    case "communities":
      return (
        <>
          {area("communities", "grants.field.communities")}
          {area("culturalOffer", "grants.field.culturalOffer")}
        </>
      );
    case "languages": {
      const chosen = values.languageTagIds;
      return (
        <>
          <ChoiceGroup
            name="languageTagIds"
            legend={t("grants.field.languages")}
            options={languages}
            selected={Array.isArray(chosen) ? chosen : chosen ? [chosen] : []}
            error={errors.languageTagIds}
            small
          />
          {text("otherLanguages", "grants.field.otherLanguages")}
        </>
      );
    }
    case "sessions": {
      const n = rowCount(values, "sessions", MAX_SESSION_ROWS);
      const days: Option[] = [{ value: "", label: "" }, ...[1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: String(d), label: t(`hours.weekday.${d}` as MessageKey) }))];
      return (
        <>
          {errors.sessions ? <p className="nhsuk-error-message">{errors.sessions}</p> : null}
          {Array.from({ length: n }, (_, i) => (
            <fieldset key={i} className="nhsuk-fieldset grants-row">
              <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{t("grants.form.sessionRow", { n: i + 1 })}</legend>
              <SelectField name={`sessions[${i}].day`} label={t("grants.field.sessionDay")} options={days} defaultValue={v(`sessions[${i}].day`)} error={errors[`sessions[${i}].day`]} disabled={disabled} />
              {text(`sessions[${i}].start`, "grants.field.sessionStart", { width: 5 })}
              {text(`sessions[${i}].end`, "grants.field.sessionEnd", { width: 5 })}
              {text(`sessions[${i}].note`, "grants.field.sessionNote")}
            </fieldset>
          ))}
          {area("sessionsNote", "grants.field.sessionsNote", 3)}
        </>
      );
    }
    case "staffing":
      return (
        <>
          {text("paidWorkers", "grants.field.paidWorkers", { width: 3 })}
          {text("volunteers", "grants.field.volunteers", { width: 3 })}
          {area("supervision", "grants.field.supervision")}
        </>
      );
    case "safeguarding":
      return (
        <>
          {text("leadName", "grants.field.leadName")}
          {text("leadRole", "grants.field.leadRole")}
          {area("arrangements", "grants.field.arrangements")}
        </>
      );
    case "partners":
      return (
        <>
          {area("partners", "grants.field.partners")}
          {area("coLocation", "grants.field.coLocation")}
        </>
      );
    case "community-voice":
      return area("howShaped", "grants.field.howShaped", 8);
    case "budget": {
      const n = rowCount(values, "lines", MAX_BUDGET_LINES);
      const categories: Option[] = [{ value: "", label: "" }, ...BUDGET_CATEGORIES.map((c) => ({ value: c, label: t(`grants.budget.category.${c}`) }))];
      return (
        <>
          {errors.lines ? <p className="nhsuk-error-message">{errors.lines}</p> : null}
          {Array.from({ length: n }, (_, i) => (
            <fieldset key={i} className="nhsuk-fieldset grants-row">
              <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{t("grants.form.budgetRow", { n: i + 1 })}</legend>
              <SelectField name={`lines[${i}].category`} label={t("grants.field.budgetCategory")} options={categories} defaultValue={v(`lines[${i}].category`)} error={errors[`lines[${i}].category`]} disabled={disabled} />
              {text(`lines[${i}].description`, "grants.field.budgetDescription")}
              {text(`lines[${i}].amount`, "grants.field.budgetAmount", { width: 10 })}
            </fieldset>
          ))}
          {text("amountRequested", "grants.field.amountRequested", { width: 10, hint: "grants.field.amountRequestedHint" })}
        </>
      );
    }
    case "start":
      return text("plannedStartDate", "grants.field.plannedStartDate", { width: 10, type: "date" });
  }
}
