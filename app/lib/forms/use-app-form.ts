import { getFormProps, useForm, type FormMetadata, type Submission } from "@conform-to/react";
import { INTENT } from "@conform-to/dom";
import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { z } from "zod";
import { words } from "~/lib/i18n";
import { FORM_ERROR, parseSubmission, type FormReply } from "./submission";

/**
 * A form on a page: Conform over the form's zod schema. Without JavaScript the form posts and the server's
 * reply (`lastResult`) shows the messages and the values as typed. With JavaScript the same schema checks
 * each field when the person leaves it, and again as they correct it; a submission the schema refuses is
 * not sent, and the error summary lists what to fix (it appears, and takes the focus, only when the
 * person tries to send the form, never while they type).
 */
export function useAppForm<S extends z.ZodType>(options: {
  schema: S;
  /** The action's reply to the last submission of this form (useActionData) */
  lastResult?: FormReply | null;
  /** Distinguishes two forms of the same page */
  id?: string;
  /** The values the form starts with (before any submission) */
  defaultValue?: Record<string, unknown>;
}) {
  const { schema } = options;
  const lastResult = options.lastResult ?? null;
  const [form, fields] = useForm<FormShape<S>, unknown>({
    id: options.id,
    lastResult,
    defaultValue: options.defaultValue as never,
    onValidate: ({ formData, submitter }) =>
      parseSubmission(formData, sendsUnchecked(submitter) ? ANYTHING : schema) as Submission<FormShape<S>, string[], unknown>,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });

  // The summary shows the messages as they were when the person last tried to send the form.
  const [attempt, setAttempt] = useState<Record<string, string[]> | null>(() => (lastResult?.error ? toLists(lastResult.error) : null));
  const shownResult = useRef(lastResult);
  useEffect(() => {
    if (lastResult !== shownResult.current) {
      shownResult.current = lastResult;
      setAttempt(lastResult?.error ? toLists(lastResult.error) : null);
    }
  }, [lastResult]);
  useChecksWaitForButtons(form.id);
  const formProps = getFormProps(form);
  const conformSubmit = formProps.onSubmit;
  const onSubmit = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      conformSubmit(event);
      // Conform checks a field (as the person leaves it or types) by a submission of its own: not a send.
      if (submitterOf(event)?.getAttribute("name") === INTENT) return;
      if (!event.defaultPrevented) {
        // Sent: the server's answer (or the next page) replaces what the summary said.
        setAttempt(null);
        return;
      }
      // Refused in the browser: show what the schema says now.
      const submission = parseSubmission(new FormData(event.currentTarget, submitterOf(event)), schema);
      setAttempt(submission.status === "success" || !submission.error ? null : toLists(submission.error));
    },
    [conformSubmit, schema],
  );

  return {
    form,
    fields,
    /** Spread on the <Form>: id, noValidate, the submit check */
    formProps: { ...formProps, onSubmit },
    /** Field name → message in words, for the error summary (`_form` for the form's own) */
    summary: attempt ? summaryOf(attempt) : undefined,
  };
}

const ANYTHING = z.unknown();

/**
 * A button of the page with formNoValidate (one that only changes what the form shows, such as "Add
 * another venue") sends the form unchecked. Conform's own button, which checks a field as the person
 * leaves it, also carries formNoValidate (to keep the browser's checks out of the way): it is a check.
 */
function sendsUnchecked(submitter: HTMLElement | null | undefined): boolean {
  if (!submitter || !("formNoValidate" in submitter) || !submitter.formNoValidate) return false;
  return submitter.getAttribute("name") !== INTENT;
}

export type AppForm = FormMetadata<Record<string, unknown>, string[]>;

/** The fields of a schema's form, by name (values are whatever the browser sends). */
type FormShape<S extends z.ZodType> = z.input<S> extends Record<string, unknown> ? z.input<S> : Record<string, unknown>;

/**
 * Someone who leaves a field by pressing one of the form's buttons is sending the form: the field's own
 * check waits for the send (which checks every field), so that a message appearing above the button does
 * not move it from under the pointer and swallow the press.
 */
function useChecksWaitForButtons(formId: string) {
  useEffect(() => {
    const element = document.getElementById(formId);
    if (!(element instanceof HTMLFormElement)) return;
    let pressing = false;
    const press = (event: PointerEvent) => {
      const button = event.target instanceof Element ? event.target.closest("button") : null;
      pressing = button?.form === element && button.type === "submit";
    };
    const release = () => {
      pressing = false;
    };
    // Conform checks a field when the focus leaves it (a focusout reaching the document).
    const leave = (event: FocusEvent) => {
      if (pressing) event.stopPropagation();
    };
    document.addEventListener("pointerdown", press, true);
    document.addEventListener("click", release, true);
    element.addEventListener("focusout", leave);
    return () => {
      document.removeEventListener("pointerdown", press, true);
      document.removeEventListener("click", release, true);
      element.removeEventListener("focusout", leave);
    };
  }, [formId]);
}

function submitterOf(event: FormEvent<HTMLFormElement>): HTMLElement | null {
  const native = event.nativeEvent as SubmitEvent;
  return native.submitter ?? null;
}

function toLists(error: Record<string, string[] | null>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, list] of Object.entries(error)) if (list && list.length) out[name] = list;
  return out;
}

function summaryOf(errors: Record<string, string[]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, list] of Object.entries(errors)) out[name === FORM_ERROR ? "_form" : name] = words(list[0]!);
  return out;
}
