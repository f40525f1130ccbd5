import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ErrorSummary, ErrorText, fieldId } from "~/components/forms";
import { byIntent, replyMessages, sentValue, text, type FormReply } from "~/lib/forms";
import { t } from "~/lib/i18n";
import { hideSchema } from "~/modules/partners";
import { hiddenOverview, setHidden } from "~/modules/partners/index.server";
import { requirePermission } from "~/modules/identity/index.server";
import { readSubmission } from "~/platform/forms.server";
import { notFound } from "~/platform/responses.server";

export const meta: MetaFunction = () => [{ title: `${t("partners.hide.title")} – ${t("brand.appName")}` }];

const target = { kind: text(z.enum(["service", "organisation"])), id: text(z.string().trim().min(1).max(100)) };
const forms = byIntent({ hide: hideSchema.extend(target), show: z.object(target) });

/** /manage/partners: admins and grant officers hide a partner service or organisation (with a reason), or show it again. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "partners.hide");
  return { organisations: await hiddenOverview() };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "partners.hide");
  const read = await readSubmission(request, forms);
  if (!read.ok) return read.response;
  const form = read.value;
  const result = await setHidden(user.id, { kind: form.kind, id: form.id }, form.intent === "hide" ? form.reason : null);
  if (!result.ok) throw notFound();
  return redirect("/manage/partners?done=1");
}

/** What the last refused submission says about this record's form: the message and the reason as typed. */
type Refusal = { message: string; reason: string } | null;

function refusalFor(reply: FormReply | null | undefined, id: string): Refusal {
  if (!reply || sentValue(reply, "id") !== id) return null;
  const messages = replyMessages(reply);
  const message = messages.reason ?? messages._form;
  return message ? { message, reason: sentValue(reply, "reason") ?? "" } : null;
}

function HideForm({ kind, id, name, hiddenReason, refusal }: { kind: string; id: string; name: string; hiddenReason: string | null; refusal: Refusal }) {
  if (hiddenReason !== null) {
    return (
      <Form method="post">
        <p>{t("partners.hide.hidden", { reason: hiddenReason })}</p>
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="id" value={id} />
        <button type="submit" name="intent" value="show" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small">
          {t("partners.hide.show")}
          <span className="nhsuk-u-visually-hidden">: {name}</span>
        </button>
      </Form>
    );
  }
  return (
    <Form method="post" className={`manage-inline${refusal ? " nhsuk-form-group nhsuk-form-group--error" : ""}`}>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <label className="nhsuk-label" htmlFor={fieldId(`reason-${id}`)}>
        {t("partners.hide.reason")}
        <span className="nhsuk-u-visually-hidden">: {name}</span>
      </label>
      <ErrorText id={`${fieldId(`reason-${id}`)}-error`} message={refusal?.message} />
      <input
        key={refusal ? `refused-${refusal.reason}` : "reason"}
        className={`nhsuk-input nhsuk-u-width-one-half${refusal ? " nhsuk-input--error" : ""}`}
        id={fieldId(`reason-${id}`)}
        name="reason"
        type="text"
        required
        maxLength={500}
        defaultValue={refusal?.reason}
        aria-invalid={refusal ? true : undefined}
        aria-describedby={refusal ? `${fieldId(`reason-${id}`)}-error` : undefined}
      />
      <button type="submit" name="intent" value="hide" className="nhsuk-button nhsuk-button--warning nhsuk-button--small">
        {t("partners.hide.button")}
        <span className="nhsuk-u-visually-hidden">: {name}</span>
      </button>
    </Form>
  );
}

export default function HidePartners() {
  const { organisations } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const refusedId = reply ? sentValue(reply, "id") : undefined;
  const refusal = (id: string) => refusalFor(reply, id);
  const summary = refusedId && refusal(refusedId) ? { [`reason-${refusedId}`]: refusal(refusedId)!.message } : undefined;
  return (
    <>
      <h1>{t("partners.hide.title")}</h1>
      <p>{t("partners.hide.intro")}</p>
      <ErrorSummary errors={summary} />
      {organisations.map((o) => (
        <section key={o.id} aria-labelledby={`org-${o.id}`}>
          <h2 id={`org-${o.id}`}>
            {o.name}
            {o.verifiedAt ? null : <span className="nhsuk-tag nhsuk-tag--grey"> {t("partners.hide.unverified")}</span>}
          </h2>
          <HideForm kind="organisation" id={o.id} name={o.name} hiddenReason={o.hiddenAt ? (o.hiddenReason ?? "") : null} refusal={refusal(o.id)} />
          <ul className="nhsuk-list">
            {o.partnerServices.map((s) => (
              <li key={s.id}>
                <h3 className="nhsuk-heading-s">{s.name}</h3>
                <HideForm kind="service" id={s.id} name={s.name} hiddenReason={s.hiddenAt ? (s.hiddenReason ?? "") : null} refusal={refusal(s.id)} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
