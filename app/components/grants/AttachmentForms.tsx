import { Form } from "@remix-run/react";
import { t } from "~/lib/i18n";
import type { AttachmentKind } from "~/modules/grants";

type Attachment = { id: string; kind: string; originalName: string; sizeBytes: number; href: string };

/**
 * Upload and remove the documents a section asks for: one form per kind (multipart, works without
 * JavaScript), posted to the application's attachments address, which comes back to this page.
 */
export function AttachmentForms({
  applicationId,
  kinds,
  attachments,
  returnTo,
  error,
}: {
  applicationId: string;
  kinds: readonly AttachmentKind[];
  attachments: Attachment[];
  returnTo: string;
  error?: { kind: string; message: string } | null;
}) {
  const action = `/organisation/applications/${applicationId}/attachments`;
  return (
    <section aria-labelledby="attachments-heading">
      <h2 id="attachments-heading" className="nhsuk-heading-m">
        {t("grants.attachment.heading")}
      </h2>
      <p className="nhsuk-hint">{t("grants.attachment.hint")}</p>
      {kinds.map((kind) => {
        const mine = attachments.filter((a) => a.kind === kind);
        const id = `upload-${kind}`;
        const failed = error?.kind === kind ? error.message : undefined;
        return (
          <div key={kind} className="grants-attachment">
            <h3 className="nhsuk-heading-s">{t(`grants.attachment.${kind}`)}</h3>
            {mine.length ? (
              <ul className="nhsuk-list">
                {mine.map((a) => (
                  <li key={a.id}>
                    <a href={a.href}>{a.originalName}</a>{" "}
                    <Form method="post" action={action} className="inline-form">
                      <input type="hidden" name="intent" value="remove" />
                      <input type="hidden" name="attachmentId" value={a.id} />
                      <input type="hidden" name="returnTo" value={returnTo} />
                      <button type="submit" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small">
                        {t("grants.attachment.remove", { name: a.originalName })}
                      </button>
                    </Form>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t("grants.attachment.none")}</p>
            )}
            <Form method="post" action={action} encType="multipart/form-data">
              <input type="hidden" name="intent" value="upload" />
              <input type="hidden" name="kind" value={kind} />
              <input type="hidden" name="returnTo" value={returnTo} />
              <div className={`nhsuk-form-group${failed ? " nhsuk-form-group--error" : ""}`}>
                <label className="nhsuk-label" htmlFor={id}>
                  {t("grants.attachment.choose", { what: t(`grants.attachment.${kind}`) })}
                </label>
                {failed ? (
                  <span className="nhsuk-error-message" id={`${id}-error`}>
                    {failed}
                  </span>
                ) : null}
                <input className="nhsuk-file-upload" id={id} name="file" type="file" aria-describedby={failed ? `${id}-error` : undefined} />
              </div>
              <button type="submit" className="nhsuk-button nhsuk-button--secondary">
                {t("grants.attachment.upload")}
              </button>
            </Form>
          </div>
        );
      })}
    </section>
  );
}
