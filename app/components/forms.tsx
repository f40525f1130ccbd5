import { useEffect, useRef, type ReactNode } from "react";
import { t } from "~/lib/i18n";

/**
 * Form pieces in the NHS.UK design system's markup: each error sits next to its field (linked by
 * aria-describedby), an error summary at the top links to the fields, and values come back as typed.
 */
export type FieldErrors = Record<string, string> | undefined;
export type FieldValues = Record<string, string | string[]> | undefined;

/** The typed value of a field, or a default. */
export function valueOf(values: FieldValues, name: string, fallback = ""): string {
  const v = values?.[name];
  if (Array.isArray(v)) return v[0] ?? fallback;
  return v ?? fallback;
}

/** All typed values of a repeated field (checkboxes). */
export function valuesOf(values: FieldValues, name: string, fallback: string[] = []): string[] {
  const v = values?.[name];
  if (v === undefined) return fallback;
  return Array.isArray(v) ? v : [v];
}

export function fieldId(name: string) {
  return `field-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
}

export function ErrorSummary({ errors, labels = {} }: { errors: FieldErrors; labels?: Record<string, string> }) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors ?? {});
  useEffect(() => {
    if (entries.length) ref.current?.focus();
  }, [entries.length, errors]);
  if (!entries.length) return null;
  return (
    <div className="nhsuk-error-summary" aria-labelledby="error-summary-title" role="alert" tabIndex={-1} ref={ref}>
      <h2 className="nhsuk-error-summary__title" id="error-summary-title">
        {t("form.errorSummary")}
      </h2>
      <div className="nhsuk-error-summary__body">
        <ul className="nhsuk-list nhsuk-error-summary__list">
          {entries.map(([name, message]) => (
            <li key={name}>
              {name === "_form" ? message : <a href={`#${fieldId(name)}`}>{labels[name] ? `${labels[name]}: ${message}` : message}</a>}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

type FieldProps = {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Visually a page heading-sized label. */
  labelSize?: "s" | "m" | "l";
  className?: string;
};

function Hint({ id, children }: { id: string; children?: ReactNode }) {
  return children ? (
    <div className="nhsuk-hint" id={id}>
      {children}
    </div>
  ) : null;
}

function ErrorText({ id, message }: { id: string; message?: string }) {
  return message ? (
    <span className="nhsuk-error-message" id={id}>
      <span className="nhsuk-u-visually-hidden">Error:</span> {message}
    </span>
  ) : null;
}

function describedBy(id: string, hint: unknown, error: unknown) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

/**
 * The wrapper every single-control field shares: the form group, the label, the hint and the error
 * message, in that order. `control` receives the id and the aria attributes to put on the control.
 */
function FieldShell({
  name,
  label,
  hint,
  error,
  labelSize,
  className,
  control,
}: FieldProps & {
  control: (id: string, aria: { "aria-describedby": string | undefined; "aria-invalid": true | undefined }) => ReactNode;
}) {
  const id = fieldId(name);
  return (
    <div className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}${className ? ` ${className}` : ""}`}>
      <label className={`nhsuk-label${labelSize ? ` nhsuk-label--${labelSize}` : ""}`} htmlFor={id}>
        {label}
      </label>
      <Hint id={`${id}-hint`}>{hint}</Hint>
      <ErrorText id={`${id}-error`} message={error} />
      {control(id, { "aria-describedby": describedBy(id, hint, error), "aria-invalid": error ? true : undefined })}
    </div>
  );
}

/** Splits a field's props into the wrapper's and the control's own attributes. */
function splitField<P extends FieldProps>({ name, label, hint, error, labelSize, className, ...control }: P) {
  return [{ name, label, hint, error, labelSize, className }, control] as const;
}

export function TextField({
  defaultValue,
  type = "text",
  width,
  ...props
}: FieldProps & {
  defaultValue?: string;
  type?: string;
  width?: 2 | 3 | 4 | 5 | 10 | 20 | 30;
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, "name" | "type" | "defaultValue" | "className" | "width">) {
  const [field, input] = splitField(props);
  return (
    <FieldShell
      {...field}
      control={(id, aria) => (
        <input
          className={`nhsuk-input${width ? ` nhsuk-input--width-${width}` : ""}${field.error ? " nhsuk-input--error" : ""}`}
          id={id}
          name={field.name}
          type={type}
          defaultValue={defaultValue}
          {...aria}
          {...input}
        />
      )}
    />
  );
}

export function TextArea({
  defaultValue,
  rows = 4,
  ...props
}: FieldProps & { defaultValue?: string; rows?: number } & Omit<
    React.TextareaHTMLAttributes<HTMLTextAreaElement>,
    "name" | "defaultValue" | "className" | "rows"
  >) {
  const [field, textarea] = splitField(props);
  return (
    <FieldShell
      {...field}
      control={(id, aria) => (
        <textarea
          className={`nhsuk-textarea${field.error ? " nhsuk-textarea--error" : ""}`}
          id={id}
          name={field.name}
          rows={rows}
          defaultValue={defaultValue}
          {...aria}
          {...textarea}
        />
      )}
    />
  );
}

export type Option = { value: string; label: string };

export function SelectField({
  options,
  defaultValue,
  ...props
}: FieldProps & { options: Option[]; defaultValue?: string } & Omit<
    React.SelectHTMLAttributes<HTMLSelectElement>,
    "name" | "defaultValue" | "className"
  >) {
  const [field, select] = splitField(props);
  return (
    <FieldShell
      {...field}
      control={(id, aria) => (
        <select className={`nhsuk-select${field.error ? " nhsuk-select--error" : ""}`} id={id} name={field.name} defaultValue={defaultValue} {...aria} {...select}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}

/** A group of checkboxes (or radios) sharing one name, in a fieldset with a legend. */
export function ChoiceGroup({
  name,
  legend,
  hint,
  error,
  options,
  selected,
  type = "checkbox",
  legendSize = "s",
  small,
}: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: Option[];
  selected: string[];
  type?: "checkbox" | "radio";
  legendSize?: "s" | "m" | "l";
  small?: boolean;
}) {
  const id = fieldId(name);
  const groupClass = type === "checkbox" ? "nhsuk-checkboxes" : "nhsuk-radios";
  return (
    <div className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy(id, hint, error)} id={id}>
        <legend className={`nhsuk-fieldset__legend nhsuk-fieldset__legend--${legendSize}`}>{legend}</legend>
        <Hint id={`${id}-hint`}>{hint}</Hint>
        <ErrorText id={`${id}-error`} message={error} />
        <div className={`${groupClass}${small ? ` ${groupClass}--small` : ""}`}>
          {options.map((o, i) => {
            const optionId = `${id}-${i}`;
            return (
              <div className={`${groupClass}__item`} key={o.value}>
                <input
                  className={`${groupClass}__input`}
                  id={optionId}
                  name={name}
                  type={type}
                  value={o.value}
                  defaultChecked={selected.includes(o.value)}
                />
                <label className={`nhsuk-label ${groupClass}__label`} htmlFor={optionId}>
                  {o.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** The hidden field bots fill in (see isHoneypotFilled on the server). */
export function Honeypot() {
  return (
    <div className="honeypot" aria-hidden="true">
      <label htmlFor="website_url">{t("form.honeypotLabel")}</label>
      <input id="website_url" name="website_url" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
