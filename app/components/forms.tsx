import { useEffect, useRef, type ReactNode } from "react";
import { t, words } from "~/lib/i18n";

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

/**
 * What a field takes from its form (Conform's field metadata, from useAppForm): its name, its messages
 * (codes or words), its value as last typed, and the key that refreshes the control when the server
 * answers.
 */
export type FormField = { name: string; errors?: string[]; initialValue?: unknown; key?: string };

/** A field's first message in words. */
export function fieldError(field: FormField | undefined): string | undefined {
  const first = field?.errors?.[0];
  return first ? words(first) : undefined;
}

/** A field's value as last typed, as one string. */
export function fieldValue(field: FormField | undefined, fallback = ""): string {
  const v = field?.initialValue;
  if (typeof v === "string") return v;
  if (Array.isArray(v) && typeof v[0] === "string") return v[0];
  return fallback;
}

/** A repeated field's values as last typed (ticked checkboxes). */
export function fieldValues(field: FormField | undefined, fallback: string[] = []): string[] {
  const v = field?.initialValue;
  if (v === undefined || v === null) return fallback;
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === "string");
  return typeof v === "string" ? [v] : fallback;
}

type FieldProps = {
  /** The field's name; or `field`, from the page's form, which also gives its message and typed value */
  name?: string;
  field?: FormField;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Visually a page heading-sized label. */
  labelSize?: "s" | "m" | "l";
  className?: string;
};

/** A field's name, message and starting value, from `field` unless given on their own. */
function resolve(props: { name?: string; field?: FormField; error?: string }, defaultValue?: string) {
  const name = props.name ?? props.field?.name ?? "";
  return {
    name,
    error: props.error ?? fieldError(props.field),
    defaultValue: defaultValue ?? (props.field ? fieldValue(props.field) : undefined),
    key: props.field?.key,
  };
}

function Hint({ id, children }: { id: string; children?: ReactNode }) {
  return children ? (
    <div className="nhsuk-hint" id={id}>
      {children}
    </div>
  ) : null;
}

/** A field's message, as the form fields show it. */
export function ErrorText({ id, message }: { id: string; message?: string }) {
  return message ? (
    <span className="nhsuk-error-message" id={id}>
      <span className="nhsuk-u-visually-hidden">{t("form.error.prefix")}</span> {message}
    </span>
  ) : null;
}

function describedBy(id: string, hint: unknown, error: unknown) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

type Aria = { "aria-describedby": string | undefined; "aria-invalid": true | undefined };

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
}: { name: string; label: ReactNode; hint?: ReactNode; error?: string; labelSize?: "s" | "m" | "l"; className?: string; control: (id: string, aria: Aria) => ReactNode }) {
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
function splitField<P extends FieldProps>({ name, field, label, hint, error, labelSize, className, ...control }: P, defaultValue?: string) {
  const resolved = resolve({ name, field, error }, defaultValue);
  return [{ name: resolved.name, label, hint, error: resolved.error, labelSize, className }, control, resolved] as const;
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
  const [shell, input, resolved] = splitField(props, defaultValue);
  // A password is never put back into the page.
  const startValue = type === "password" ? undefined : resolved.defaultValue;
  return (
    <FieldShell
      {...shell}
      control={(id, aria) => (
        <input
          key={resolved.key}
          className={`nhsuk-input${width ? ` nhsuk-input--width-${width}` : ""}${shell.error ? " nhsuk-input--error" : ""}`}
          id={id}
          name={shell.name}
          type={type}
          defaultValue={startValue}
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
  const [shell, textarea, resolved] = splitField(props, defaultValue);
  return (
    <FieldShell
      {...shell}
      control={(id, aria) => (
        <textarea
          key={resolved.key}
          className={`nhsuk-textarea${shell.error ? " nhsuk-textarea--error" : ""}`}
          id={id}
          name={shell.name}
          rows={rows}
          defaultValue={resolved.defaultValue}
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
  const [shell, select, resolved] = splitField(props, defaultValue);
  return (
    <FieldShell
      {...shell}
      control={(id, aria) => (
        <select
          key={resolved.key}
          className={`nhsuk-select${shell.error ? " nhsuk-select--error" : ""}`}
          id={id}
          name={shell.name}
          defaultValue={resolved.defaultValue}
          {...aria}
          {...select}
        >
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
  name: givenName,
  field,
  legend,
  hint,
  error: givenError,
  options,
  selected: givenSelected,
  type = "checkbox",
  legendSize = "s",
  small,
}: {
  name?: string;
  field?: FormField;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: Option[];
  /** The ticked values; from `field` (as last typed) when not given */
  selected?: string[];
  type?: "checkbox" | "radio";
  legendSize?: "s" | "m" | "l";
  small?: boolean;
}) {
  const { name, error, key } = resolve({ name: givenName, field, error: givenError });
  const selected = givenSelected ?? fieldValues(field);
  const id = fieldId(name);
  const groupClass = type === "checkbox" ? "nhsuk-checkboxes" : "nhsuk-radios";
  return (
    <div className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy(id, hint, error)} id={id}>
        <legend className={`nhsuk-fieldset__legend nhsuk-fieldset__legend--${legendSize}`}>{legend}</legend>
        <Hint id={`${id}-hint`}>{hint}</Hint>
        <ErrorText id={`${id}-error`} message={error} />
        <div className={`${groupClass}${small ? ` ${groupClass}--small` : ""}`} key={key}>
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
