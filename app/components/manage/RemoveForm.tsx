import { Form } from "@remix-run/react";

/** The "remove this" part of a change page: a heading, an optional note, and a warning button (intent "remove"). */
export function RemoveForm({ heading, note, button }: { heading: string; note?: string; button: string }) {
  return (
    <>
      <h2 className="nhsuk-heading-m">{heading}</h2>
      {note ? <p>{note}</p> : null}
      <Form method="post">
        <input type="hidden" name="intent" value="remove" />
        <button type="submit" className="nhsuk-button nhsuk-button--warning">
          {button}
        </button>
      </Form>
    </>
  );
}
