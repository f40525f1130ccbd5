import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useRef, useState } from "react";
import { useHydrated } from "~/components/finder/SearchForm";
import { ft } from "~/components/finder/text";
import { Phone } from "~/components/Interpolate";
import { WithTitles } from "~/components/hours/OfferTitle";
import { langTag, TEXT_SUMMARY_MAX, textDirection } from "~/modules/cafe";
import { t, localePath } from "~/lib/i18n";
import { cafePrint } from "~/modules/cafe/index.server";
import printStyles from "~/styles/finder-print.css";
import { pageLocale } from "~/platform/page-locale.server";

/**
 * /cafes/<slug>/print: an A4 poster or an A6 card (print CSS, chosen with ?format=a4|a6) with a QR code
 * to the café's page, and a text of at most 300 characters for a text message (copy button with
 * JavaScript; without it the text is selectable in a read-only box). Offers are named as the café page
 * names them: the café's own translation into the page's language, or the title as written, each marked.
 */
export const links: LinksFunction = () => [{ rel: "stylesheet", href: printStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${ft("finder.print.metaTitle", { name: data.cafe.name })} – ${t("brand.name")}` : t("notFound.title") },
  { name: "robots", content: "noindex" },
];

export async function loader(args: LoaderFunctionArgs) {
  pageLocale(args);
  const { request, params } = args;
  const slug = params.slug ?? "";
  const cafe = await cafePrint(slug.toLowerCase());
  if (!cafe) throw new Response("Not found", { status: 404 });
  const url = new URL(request.url);
  if (slug !== cafe.slug) throw redirect(localePath(`/cafes/${cafe.slug}/print${url.search}`), 301);
  const format = url.searchParams.get("format") === "a6" ? "a6" : "a4";
  return { cafe, format };
}

function CopyButton({ text }: { text: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  };
  return (
    <>
      <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={copy}>
        {ft("finder.print.copy")}
      </button>
      <p className="text-summary__copy-status" role="status">
        {state === "copied" ? ft("finder.print.copied") : state === "failed" ? ft("finder.print.copyFailed") : ""}
      </p>
    </>
  );
}

function PrintButton() {
  return (
    <button type="button" className="nhsuk-button" onClick={() => window.print()}>
      {ft("finder.print.button")}
    </button>
  );
}

export default function PrintPage() {
  const { cafe, format } = useLoaderData<typeof loader>();
  const hydrated = useHydrated();
  const textRef = useRef<HTMLTextAreaElement>(null);
  // The café's own words, marked with their language (no visible mark: the card must stay one A6 page).
  const written = { lang: langTag(cafe.textLanguage), dir: textDirection(cafe.textLanguage) };
  const notice = cafe.status === "paused" ? ft("finder.print.paused") : cafe.status === "closed" ? ft("finder.print.closed") : null;
  return (
    <>
      <div className="print-controls">
        <h1 className="nhsuk-heading-l">{ft("finder.print.heading", { name: cafe.name })}</h1>
        <p>
          <Link to={localePath(`/cafes/${cafe.slug}`)}>{ft("finder.print.back", { name: cafe.name })}</Link>
        </p>
        <Form method="get" className="print-controls__form">
          <div className="nhsuk-form-group">
            <fieldset className="nhsuk-fieldset">
              <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{ft("finder.print.format")}</legend>
              <div className="nhsuk-radios nhsuk-radios--small">
                {(["a4", "a6"] as const).map((value) => (
                  <div className="nhsuk-radios__item" key={value}>
                    <input
                      className="nhsuk-radios__input"
                      id={`format-${value}`}
                      name="format"
                      type="radio"
                      value={value}
                      defaultChecked={format === value}
                    />
                    <label className="nhsuk-label nhsuk-radios__label" htmlFor={`format-${value}`}>
                      {ft(value === "a4" ? "finder.print.a4" : "finder.print.a6")}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
          <button type="submit" className="nhsuk-button nhsuk-button--secondary">
            {ft("finder.print.show")}
          </button>{" "}
          {hydrated ? <PrintButton /> : <span className="print-controls__nojs">{ft("finder.print.noJs")}</span>}
        </Form>
      </div>

      <section className={`print-sheet print-sheet--${format}`} aria-label={ft("finder.print.preview")}>
        {cafe.isDemo ? (
          <p className="print-sheet__demo">
            <strong>{ft("finder.print.demo")}</strong>
          </p>
        ) : null}
        <p className="print-sheet__brand">{t("brand.cafe")}</p>
        <h2 className="print-sheet__name">{cafe.name}</h2>
        {notice ? <p className="print-sheet__notice"><strong>{notice}</strong></p> : null}
        <div className="print-sheet__columns">
          <div className="print-sheet__details">
            <p>
              {cafe.addressLines.map((line) => (
                <span key={line}>
                  {/* As written (in the café's language, left to right in an address): in order on a right-to-left card too. */}
                  <span lang={written.lang} dir={written.dir}>
                    {line}
                  </span>
                  <br />
                </span>
              ))}
            </p>
            {cafe.status === "open" ? (
              <>
                <h3>{ft("finder.print.sessions")}</h3>
                {cafe.sessions.length > 0 ? (
                  <ul className="nhsuk-list">
                    {cafe.sessions.map((line, i) => (
                      <li key={i}>
                        <WithTitles text={line.text} titles={line.title ? { title: line.title } : {}} unmarked />
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p>{ft("finder.print.noSessions")}</p>
                )}
              </>
            ) : null}
            <h3>{ft("finder.print.whoFor")}</h3>
            {cafe.whoFor ? (
              <p lang={written.lang} dir={written.dir}>
                {cafe.whoFor}
              </p>
            ) : (
              <p>{ft("finder.cafe.whoForDefault")}</p>
            )}
            {cafe.phone ? (
              <p>
                {ft("finder.print.phone")}: <Phone number={cafe.phone} />
              </p>
            ) : null}
          </div>
          <figure className="print-sheet__qr">
            <div role="img" aria-label={ft("finder.print.qrLabel", { url: cafe.url })} dangerouslySetInnerHTML={{ __html: cafe.qrSvg }} />
            <figcaption>{ft("finder.print.scan")}</figcaption>
          </figure>
        </div>
        <p className="print-sheet__url">{cafe.url}</p>
        <p className="print-sheet__urgent">{ft("finder.print.urgent")}</p>
      </section>

      <section className="text-summary" aria-labelledby="text-summary-heading">
        <h2 id="text-summary-heading">{ft("finder.print.textHeading")}</h2>
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor="text-summary">
            {ft("finder.print.textLabel", { max: TEXT_SUMMARY_MAX })}
          </label>
          <div className="nhsuk-hint" id="text-summary-hint">
            {ft("finder.print.textHint", { count: cafe.textSummary.length })}
          </div>
          <textarea
            ref={textRef}
            className="nhsuk-textarea"
            id="text-summary"
            rows={5}
            readOnly
            value={cafe.textSummary}
            aria-describedby="text-summary-hint"
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
        {hydrated ? <CopyButton text={cafe.textSummary} /> : null}
      </section>
    </>
  );
}
