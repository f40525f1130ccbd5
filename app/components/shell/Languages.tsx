import { useLocation, useMatches } from "@remix-run/react";
import type { ReactNode } from "react";
import { currentLocale, isLocale, tagName, LOCALES, localeInfo, pathInLocale, stripLocale, t, translate, type Locale, type MessageKey } from "~/lib/i18n";

/** The English ids of the public pages (their prefixed copies have ids "lang/…": remix.config.js). */
const PUBLIC_ROUTE_IDS = new Set([
  "routes/_index",
  "routes/areas._index",
  "routes/areas.$code",
  "routes/cafes.$slug",
  "routes/cafes.$slug_.print",
  "routes/partners._index",
  "routes/partners.$slug",
  "routes/partners.services.$slug.print",
  "routes/urgent-help",
  "routes/accessibility",
  "routes/privacy",
  "routes/about-data",
  "routes/$",
]);

/** Whether the page shown is a public page (in every language), rather than a staff page (English only). */
export function useIsPublicPage(): boolean {
  const matches = useMatches();
  const leaf = matches[matches.length - 1];
  return leaf ? leaf.id.startsWith("lang/") || PUBLIC_ROUTE_IDS.has(leaf.id) : false;
}

/** This page's address in a language, with the same query string. */
export function useAddressIn(): (locale: Locale) => string {
  const { pathname, search } = useLocation();
  const bare = stripLocale(pathname);
  return (locale) => `${pathInLocale(locale, bare)}${search}`;
}

/** Links to this page in each language, each named in its own script; the current one marked. */
export function LanguagePicker() {
  const addressIn = useAddressIn();
  const current = currentLocale();
  return (
    <nav className="language-picker" aria-label={t("language.picker.label")}>
      <ul className="nhsuk-width-container">
        {LOCALES.map((l) => (
          <li key={l.code}>
            <a href={addressIn(l.code)} lang={l.tag} dir={l.dir} hrefLang={l.tag} aria-current={l.code === current ? "true" : undefined}>
              {l.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * <link rel="alternate" hreflang> for each language of this page (in the head), as full addresses on
 * `origin` (the app's public address, APP_URL): search engines take no relative ones.
 */
export function LanguageAlternates({ origin }: { origin: string }) {
  const addressIn = useAddressIn();
  const base = origin.replace(/\/$/, "");
  return (
    <>
      {LOCALES.map((l) => (
        <link key={l.code} rel="alternate" hrefLang={l.tag} href={`${base}${addressIn(l.code)}`} />
      ))}
      <link rel="alternate" hrefLang="x-default" href={`${base}${addressIn("en")}`} />
    </>
  );
}

/** A notice in a language and in English (the English line marked as such). */
function TwoLanguageNotice({ locale, children, english }: { locale: Locale; children: ReactNode; english: ReactNode }) {
  const info = localeInfo(locale);
  return (
    <div className="language-notice" role="note">
      <p lang={info.tag} dir={info.dir}>
        {children}
      </p>
      {locale === "en" ? null : (
        <p lang="en" dir="ltr">
          {english}
        </p>
      )}
    </div>
  );
}

export type Suggestion = { locale: Locale; text: string; link: string };

/**
 * The notices of a public page: on an English page, the reader's own language offered (from their browser's
 * Accept-Language; the words come from the server, which has every language's texts); on a page in a
 * language whose translations are not all checked, a note saying so.
 */
export function LanguageNotices({ suggestion, unreviewed }: { suggestion: Suggestion | null; unreviewed: boolean }) {
  const addressIn = useAddressIn();
  const current = currentLocale();
  return (
    <>
      {suggestion ? (
        <TwoLanguageNotice
          locale={suggestion.locale}
          english={
            <>
              {translate("en", "language.suggest", { language: translate("en", `language.name.${suggestion.locale}` as never) })}{" "}
              <a href={addressIn(suggestion.locale)} hrefLang={localeInfo(suggestion.locale).tag}>
                {translate("en", "language.suggestLink", { language: translate("en", `language.name.${suggestion.locale}` as never) })}
              </a>
            </>
          }
        >
          {suggestion.text}{" "}
          <a href={addressIn(suggestion.locale)} hrefLang={localeInfo(suggestion.locale).tag}>
            {suggestion.link}
          </a>
        </TwoLanguageNotice>
      ) : null}
      {unreviewed && current !== "en" ? (
        <TwoLanguageNotice locale={current} english={translate("en", "language.unreviewed")}>
          {t("language.unreviewed")}
        </TwoLanguageNotice>
      ) : null}
    </>
  );
}

/** The language code of a `lang` tag of text ("zh-Hans" → "zh"). */
function languageOfTag(tag: string): string {
  return tag.split("-")[0]!.toLowerCase();
}

/**
 * Text written by a café or group, as a page shows it (see localisedText in app/modules/cafe): in its own
 * `lang` and `dir`, marked in the page's language — "Translated by the café" when it is the café's own
 * translation into the page's language, "Written in <language>" when it is the original in a language other
 * than the page's. `as="span"` for text inside a line (the mark then ends with ": ").
 */
export function WrittenText({
  shown,
  children,
  as = "div",
  className,
}: {
  shown: { lang: string; dir: "ltr" | "rtl"; translatedByCafe: boolean };
  children: ReactNode;
  as?: "div" | "span";
  className?: string;
}) {
  const Tag = as;
  const page = localeInfo(currentLocale());
  const language = languageOfTag(shown.lang);
  const mark = shown.translatedByCafe
    ? t("language.translatedByCafe")
    : language !== page.code
      ? t("language.writtenIn", { language: isLocale(language) ? t(`language.name.${language}` as MessageKey) : language })
      : null;
  return (
    <Tag lang={shown.lang} dir={shown.dir} className={className}>
      {mark ? (
        <Tag className="written-in" lang={page.tag} dir={page.dir}>
          {mark}
          {as === "span" ? ": " : null}
        </Tag>
      ) : null}
      {children}
    </Tag>
  );
}

/** Text written in English by a café or group (their only language for it), marked as such on other pages. */
export function WrittenInEnglish({ children, as = "div", className }: { children: ReactNode; as?: "div" | "span"; className?: string }) {
  return (
    <WrittenText shown={{ lang: "en", dir: "ltr", translatedByCafe: false }} as={as} className={className}>
      {children}
    </WrittenText>
  );
}

/** A tag's name in the page's language (a tag without a translation: its stored label, marked as English). */
export function TagName({ tag }: { tag: { slug: string; label: string } }) {
  const name = tagName(tag);
  return name.english ? (
    <span lang="en" dir="ltr">
      {name.text}
    </span>
  ) : (
    <>{name.text}</>
  );
}

/** Tags' names, separated by commas. */
export function TagNames({ tags }: { tags: readonly { slug: string; label: string }[] }) {
  return (
    <>
      {tags.map((tag, i) => (
        <span key={tag.slug}>
          {i > 0 ? ", " : null}
          <TagName tag={tag} />
        </span>
      ))}
    </>
  );
}
