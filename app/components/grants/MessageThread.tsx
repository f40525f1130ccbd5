import { Form } from "@remix-run/react";
import { ErrorSummary, TextArea } from "~/components/forms";
import { useAppForm, type FormReply } from "~/lib/forms";
import { t } from "~/lib/i18n";
import { messageSchema } from "~/modules/grants";
import { londonWhen } from "./when";

export type ThreadMessageView = { id: string; body: string; fromStaff: boolean; author: string; createdAt: string | Date };

/**
 * An application's message thread, oldest first, with the form to write the next message (posted with
 * intent "message" to the page's own action, so it works without JavaScript).
 */
export function MessageThread({
  messages,
  viewer,
  lastResult,
  headingLevel = 2,
}: {
  messages: ThreadMessageView[];
  viewer: "staff" | "applicant";
  lastResult?: FormReply | null;
  headingLevel?: 2 | 3;
}) {
  const form = useAppForm({ schema: messageSchema, lastResult: lastResult ?? null, id: "message" });
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="thread-heading" className="grants-thread">
      <Heading id="thread-heading">{t("grantsPanel.thread.title")}</Heading>
      {messages.length === 0 ? (
        <p>{t("grantsPanel.thread.none")}</p>
      ) : (
        <ol className="grants-thread__list">
          {messages.map((m) => (
            <li key={m.id} className={`grants-thread__message${m.fromStaff ? " grants-thread__message--staff" : ""}`}>
              <p className="grants-thread__meta">
                <strong>{m.fromStaff ? t("grantsPanel.thread.fromStaff", { author: m.author }) : t("grantsPanel.thread.fromApplicant", { author: m.author })}</strong>{" "}
                <time dateTime={new Date(m.createdAt).toISOString()}>{londonWhen(m.createdAt)}</time>
              </p>
              <p className="manage-pre">{m.body}</p>
            </li>
          ))}
        </ol>
      )}
      <Form method="post" {...form.formProps} className="manage-form">
        <ErrorSummary errors={form.summary} />
        <input type="hidden" name="intent" value="message" />
        <TextArea
          field={form.fields.body}
          label={t("grantsPanel.thread.body")}
          hint={viewer === "staff" ? t("grantsPanel.thread.hintStaff") : t("grantsPanel.thread.hintApplicant")}
          rows={4}
        />
        <button type="submit" className="nhsuk-button nhsuk-button--secondary">
          {t("grantsPanel.thread.send")}
        </button>
      </Form>
    </section>
  );
}
