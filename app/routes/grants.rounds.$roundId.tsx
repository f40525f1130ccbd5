import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { ChoiceGroup, ErrorSummary, TextArea, TextField, type FormField } from "~/components/forms";
import { SavedNotice } from "~/components/manage/SavedNotice";
import { byIntent, choices, message, sentValue, text, useAppForm } from "~/lib/forms";
import { t, type MessageKey } from "~/lib/i18n";
import { formatPounds, londonInstant, londonParts, parsePounds, poundsText, ROUND_STATUSES, ROUND_STEPS, roundDateProblems, type RoundStatus } from "~/modules/grants";
import { addCheck, addCriterion, areaChoices, getRound, removeCheck, removeCriterion, setRoundAreas, setRoundStatus, updateRoundDetails } from "~/modules/grants/index.server";
import { requirePermission } from "~/modules/identity/index.server";
import { readSubmission } from "~/platform/forms.server";
import { notFound } from "~/platform/responses.server";

export const meta: MetaFunction = () => [{ title: `${t("rounds.editTitle")} – ${t("brand.appName")}` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "grants.manage");
  const round = await getRound(params.roundId ?? "");
  if (!round) throw notFound();
  const opens = londonParts(round.opensAt);
  const closes = londonParts(round.closesAt);
  return {
    round: { id: round.id, title: round.title, kind: round.kind, status: round.status as RoundStatus, applications: round._count.applications },
    values: {
      title: round.title,
      guidance: round.guidance,
      budget: round.budgetPence ? poundsText(round.budgetPence) : "",
      maxAward: round.maxAwardPence ? poundsText(round.maxAwardPence) : "",
      opensDate: opens.date,
      opensTime: opens.time,
      closesDate: closes.date,
      closesTime: closes.time,
    },
    areas: round.areas.map((a) => a.footprintId ?? a.coverageSiteId ?? ""),
    areaChoices: await areaChoices(round.kind),
    criteria: round.criteria.map((c) => ({ id: c.id, title: c.title, description: c.description, weight: c.weight })),
    checklist: round.checklist.map((c) => ({ id: c.id, text: c.text })),
  };
}

const money = (missing: MessageKey) =>
  text(
    z
      .string()
      .trim()
      .transform((raw, ctx) => {
        const pence = parsePounds(raw);
        if (pence === null) {
          ctx.addIssue({ code: "custom", message: message(missing) });
          return z.NEVER;
        }
        return pence;
      }),
  );
const line = (max: number) => text(z.string().trim().max(max, message("grants.section.error.tooLong", { max })));

const roundForms = byIntent({
  details: z.object({
    title: text(z.string().trim().min(1, message("rounds.error.title")).max(150, message("grants.section.error.tooLong", { max: 150 }))),
    guidance: line(20_000),
    budget: money("rounds.error.budget"),
    maxAward: money("rounds.error.maxAward"),
    opensDate: line(20),
    opensTime: line(10),
    closesDate: line(20),
    closesTime: line(10),
  }),
  areas: z.object({ areaIds: choices(z.string().max(40, message("rounds.error.unknownArea"))) }),
  "add-criterion": z.object({
    criterionTitle: text(z.string().trim().min(1, message("rounds.error.criterion")).max(200, message("grants.section.error.tooLong", { max: 200 }))),
    criterionDescription: line(1000),
    weight: text(z.string().trim().regex(/^[1-9]\d?$/, message("rounds.error.weight")).transform(Number)),
  }),
  "remove-criterion": z.object({ criterionId: text(z.string().min(1, message("rounds.error.unknownItem"))) }),
  "add-check": z.object({ checkText: text(z.string().trim().min(1, message("rounds.error.check")).max(500, message("grants.section.error.tooLong", { max: 500 }))) }),
  "remove-check": z.object({ checkId: text(z.string().min(1, message("rounds.error.unknownItem"))) }),
  status: z.object({ to: text(z.enum(ROUND_STATUSES, { message: message("rounds.error.status") })) }),
});

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "grants.manage");
  const roundId = params.roundId ?? "";
  const read = await readSubmission(request, roundForms);
  if (!read.ok) return read.response;
  const form = read.value;
  const back = (done: string) => redirect(`/grants/rounds/${roundId}?done=${done}`);
  const locked = () => read.refuse({ formError: t("rounds.error.locked") }, 409);
  switch (form.intent) {
    case "details": {
      const opensAt = form.opensDate ? londonInstant(form.opensDate, form.opensTime || "00:00") : null;
      const closesAt = form.closesDate ? londonInstant(form.closesDate, form.closesTime || "12:00") : null;
      const fieldErrors: Record<string, string> = {};
      // Every field's problem at once (a bad opening date and a bad closing time are both shown).
      for (const [field, problem] of Object.entries(roundDateProblems(form))) fieldErrors[field] = t(`rounds.error.${problem}`);
      if (opensAt && closesAt && closesAt <= opensAt && !fieldErrors.closesDate) fieldErrors.closesDate = t("rounds.error.closesBeforeOpens");
      if (form.maxAward > form.budget) fieldErrors.maxAward = t("rounds.error.maxOverBudget");
      if (Object.keys(fieldErrors).length) return read.refuse({ fieldErrors });
      const result = await updateRoundDetails(user, roundId, { title: form.title, guidance: form.guidance, budgetPence: form.budget, maxAwardPence: form.maxAward, opensAt, closesAt });
      if (result.ok) return back("details");
      if (result.reason === "closes-in-past") return read.refuse({ fieldErrors: { closesDate: t("rounds.error.closesInPast") } });
      if (result.reason === "budget-below-awarded") return read.refuse({ fieldErrors: { budget: t("rounds.error.budgetBelowAwarded", { awarded: formatPounds(result.awardedPence) }) } });
      return locked();
    }
    case "areas": {
      const result = await setRoundAreas(user, roundId, form.areaIds);
      if (!result.ok) {
        if (result.reason === "unknown-areas") return read.refuse({ fieldErrors: { areaIds: t("rounds.error.unknownArea") } });
        return result.reason === "not-found" ? notFoundResponse() : locked();
      }
      return back(`areas&notified=${result.notified ?? 0}`);
    }
    case "add-criterion":
      return (await addCriterion(user, roundId, { title: form.criterionTitle, description: form.criterionDescription, weight: form.weight })).ok ? back("criteria") : locked();
    case "remove-criterion": {
      const result = await removeCriterion(user, roundId, form.criterionId);
      if (result.ok) return back("criteria");
      return result.reason === "unknown" ? read.refuse({ formError: t("rounds.error.unknownItem") }) : locked();
    }
    case "add-check":
      return (await addCheck(user, roundId, form.checkText)).ok ? back("checklist") : locked();
    case "remove-check": {
      const result = await removeCheck(user, roundId, form.checkId);
      if (result.ok) return back("checklist");
      return result.reason === "unknown" ? read.refuse({ formError: t("rounds.error.unknownItem") }) : locked();
    }
    case "status": {
      const result = await setRoundStatus(user, roundId, form.to);
      if (result.ok) return back("status");
      if (result.reason === "problems") return read.refuse({ formError: t("rounds.error.cannotOpen", { what: (result.problems ?? []).map((p) => t(`rounds.need.${p}` as MessageKey)).join(", ") }) }, 409);
      return locked();
    }
  }
}

function notFoundResponse(): never {
  throw notFound();
}

export default function RoundPage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const intent = sentValue(actionData, "intent");
  const details = useAppForm({ schema: roundForms, lastResult: intent === "details" ? actionData : null, defaultValue: { ...data.values, intent: "details" }, id: "details" });
  const f = details.fields as unknown as Record<string, FormField>;
  const areas = useAppForm({ schema: roundForms, lastResult: intent === "areas" ? actionData : null, id: "areas" });
  const criterion = useAppForm({ schema: roundForms, lastResult: intent === "add-criterion" ? actionData : null, defaultValue: { weight: "1" }, id: "add-criterion" });
  const check = useAppForm({ schema: roundForms, lastResult: intent === "add-check" ? actionData : null, id: "add-check" });
  const fa = areas.fields as unknown as Record<string, FormField>;
  const fc = criterion.fields as unknown as Record<string, FormField>;
  const fk = check.fields as unknown as Record<string, FormField>;
  const sectionForm = intent === "areas" || intent === "add-criterion" || intent === "add-check";
  const otherError = intent && intent !== "details" && !sectionForm && actionData && "error" in actionData ? actionData.error?.[""]?.[0] : undefined;
  const done = params.get("done");
  const r = data.round;
  return (
    <>
      <p>
        <Link to="/grants/rounds">{t("rounds.back")}</Link>
      </p>
      <h1>
        <span className="nhsuk-caption-l">{t(`rounds.kind.${r.kind}` as MessageKey)}</span>
        {r.title}
      </h1>
      {done ? <SavedNotice>{done.startsWith("areas") && params.get("notified") !== "0" ? t("rounds.areasNotified", { count: params.get("notified") ?? "0" }) : t("rounds.saved")}</SavedNotice> : null}
      {otherError ? <ErrorSummary errors={{ _form: String(otherError) }} /> : null}
      {/* Grants (panel): the round's screening list and results, and its panel */}
      <p>
        <Link to={`/grants/rounds/${r.id}/results`}>{t("grantsPanel.results.link")}</Link>
        {" · "}
        <Link to={`/grants/rounds/${r.id}/panel`}>{t("grantsPanel.results.panelLink")}</Link>
      </p>
      <p>
        {t("rounds.statusLine", { status: t(`rounds.status.${r.status}` as MessageKey), count: r.applications })}
      </p>
      <div className="nhsuk-button-group">
        {ROUND_STEPS[r.status].map((to) => (
          <Form method="post" key={to} className="inline-form">
            <input type="hidden" name="intent" value="status" />
            <input type="hidden" name="to" value={to} />
            <button type="submit" className="nhsuk-button nhsuk-button--secondary">
              {t(`rounds.move.${to}` as MessageKey)}
            </button>
          </Form>
        ))}
      </div>

      <h2>{t("rounds.detailsHeading")}</h2>
      <Form method="post" {...details.formProps}>
        <ErrorSummary errors={details.summary} />
        <input type="hidden" name="intent" value="details" />
        <TextField field={f.title} label={t("rounds.field.title")} />
        <TextArea field={f.guidance} label={t("rounds.field.guidance")} hint={t("rounds.field.guidanceHint")} rows={8} />
        <TextField field={f.budget} label={t("rounds.field.budget")} width={10} />
        <TextField field={f.maxAward} label={t("rounds.field.maxAward")} width={10} />
        <TextField field={f.opensDate} label={t("rounds.field.opensDate")} type="date" width={10} />
        <TextField field={f.opensTime} label={t("rounds.field.opensTime")} hint={t("rounds.field.timeHint")} width={5} />
        <TextField field={f.closesDate} label={t("rounds.field.closesDate")} type="date" width={10} />
        <TextField field={f.closesTime} label={t("rounds.field.closesTime")} hint={t("rounds.field.timeHint")} width={5} />
        <button type="submit" className="nhsuk-button">
          {t("rounds.saveDetails")}
        </button>
      </Form>

      <h2>{t("rounds.areasHeading")}</h2>
      <Form method="post" {...areas.formProps}>
        <ErrorSummary errors={areas.summary} />
        <input type="hidden" name="intent" value="areas" />
        <ChoiceGroup
          field={fa.areaIds}
          legend={t("rounds.field.areas")}
          hint={t("rounds.field.areasHint")}
          options={data.areaChoices.map((a) => ({ value: a.id, label: a.name }))}
          selected={intent === "areas" ? undefined : data.areas}
          small
        />
        <button type="submit" className="nhsuk-button">
          {t("rounds.saveAreas")}
        </button>
      </Form>

      <h2>{t("rounds.criteriaHeading")}</h2>
      <ul className="nhsuk-list">
        {data.criteria.map((c) => (
          <li key={c.id}>
            {t("rounds.criterionLine", { title: c.title, weight: c.weight })}
            <Form method="post" className="inline-form">
              <input type="hidden" name="intent" value="remove-criterion" />
              <input type="hidden" name="criterionId" value={c.id} />
              <button type="submit" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small">
                {t("rounds.remove", { what: c.title })}
              </button>
            </Form>
          </li>
        ))}
      </ul>
      <Form method="post" {...criterion.formProps}>
        <ErrorSummary errors={criterion.summary} />
        <input type="hidden" name="intent" value="add-criterion" />
        <TextField field={fc.criterionTitle} label={t("rounds.field.criterion")} />
        <TextField field={fc.criterionDescription} label={t("rounds.field.criterionDescription")} />
        <TextField field={fc.weight} label={t("rounds.field.weight")} width={2} />
        <button type="submit" className="nhsuk-button nhsuk-button--secondary">
          {t("rounds.addCriterion")}
        </button>
      </Form>

      <h2>{t("rounds.checklistHeading")}</h2>
      <ul className="nhsuk-list">
        {data.checklist.map((c) => (
          <li key={c.id}>
            {c.text}
            <Form method="post" className="inline-form">
              <input type="hidden" name="intent" value="remove-check" />
              <input type="hidden" name="checkId" value={c.id} />
              <button type="submit" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small">
                {t("rounds.remove", { what: c.text })}
              </button>
            </Form>
          </li>
        ))}
      </ul>
      <Form method="post" {...check.formProps}>
        <ErrorSummary errors={check.summary} />
        <input type="hidden" name="intent" value="add-check" />
        <TextField field={fk.checkText} label={t("rounds.field.check")} />
        <button type="submit" className="nhsuk-button nhsuk-button--secondary">
          {t("rounds.addCheck")}
        </button>
      </Form>
    </>
  );
}
