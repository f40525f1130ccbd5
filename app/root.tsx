import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";

import {
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useRouteError,
  useRouteLoaderData,
  type ShouldRevalidateFunction,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { useNonce } from "~/components/nonce";
import { CrisisBanner } from "~/components/shell/CrisisBanner";
import { DemoNotice } from "~/components/shell/DemoNotice";
import { SiteFooter } from "~/components/shell/SiteFooter";
import { SiteHeader } from "~/components/shell/SiteHeader";
import { NotFoundSearch } from "~/components/shell/NotFoundSearch";
import { LanguageAlternates, LanguageNotices, LanguagePicker, useIsPublicPage, type Suggestion } from "~/components/shell/Languages";
import { currentLocale, localeInfo, setClientLocale, suggestedLocale, t, translate, type Locale, type MessageKey } from "~/lib/i18n";
import { hasUnreviewedMessages, publicMessages } from "~/lib/i18n/messages.server";
import { rootShouldRevalidate } from "~/lib/i18n/revalidate";
import { hasDemoData } from "~/modules/cafe/index.server";
import { homePathFor } from "~/modules/identity";
import { getUser } from "~/modules/identity/index.server";
import { publicEnv } from "~/platform/env.server";
import nhsukStyles from "~/styles/vendor/nhsuk-frontend.css";
import appStyles from "~/styles/app.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: nhsukStyles },
  { rel: "stylesheet", href: appStyles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = ({ error }) => [
  {
    title:
      isRouteErrorResponse(error) && error.status === 403
        ? `${t(unsentFormMessage(error.data) ? "form.error.title" : "error.forbiddenTitle")} – ${t("brand.appName")}`
        : t("brand.name"),
  },
  { name: "description", content: t("brand.tagline") },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const [user, demo] = await Promise.all([getUser(request), hasDemoData()]);
  // The request's language (app/platform/request-locale.server.ts): its texts go to the browser, which has
  // only the English catalogue in its bundle.
  const locale = currentLocale();
  return {
    locale,
    messages: publicMessages(locale),
    unreviewed: hasUnreviewedMessages(locale),
    /** On an English page: the supported language the browser prefers, offered in a notice (never a redirect). */
    suggestion: locale === "en" ? suggestionFor(suggestedLocale(request.headers.get("Accept-Language"))) : null,
    user: user ? { name: user.name, homePath: homePathFor(user) } : null,
    showDemoNotice: demo,
    env: publicEnv(),
  };
}

/** The notice offering a language, in that language (worded here: the browser has only its page's texts). */
function suggestionFor(locale: Locale | null): Suggestion | null {
  if (!locale) return null;
  const language = translate(locale, `language.name.${locale}` as MessageKey);
  return { locale, text: translate(locale, "language.suggest", { language }), link: translate(locale, "language.suggestLink", { language }) };
}

/** The language's texts are sent again only when the language changes (see rootShouldRevalidate). */
export const shouldRevalidate: ShouldRevalidateFunction = (args) => rootShouldRevalidate(args);

export function useRootData() {
  return useRouteLoaderData<typeof loader>("root");
}

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  const data = useRootData();
  const language = localeInfo(data?.locale ?? "en");
  // In the browser, t() reads the page's language: set it before the page's components render (they
  // render after this layout), on hydration and after every navigation. The server reads the request's.
  if (typeof document !== "undefined") setClientLocale(language.code, data?.messages);
  const isPublic = useIsPublicPage();
  return (
    <html lang={language.tag} dir={language.dir}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#005eb8" />
        <Meta />
        <Links />
        {isPublic && data ? <LanguageAlternates origin={data.env.appUrl} /> : null}
      </head>
      <body>
        <a href="#main-content" className="skip-link">
          {t("shell.skipLink")}
        </a>
        <CrisisBanner capPhone={data?.env.capPhone ?? null} />
        <SiteHeader user={data?.user ?? null} />
        {isPublic ? <LanguagePicker /> : null}
        {data?.showDemoNotice ? <DemoNotice /> : null}
        <div className="nhsuk-width-container">
          <main className="nhsuk-main-wrapper" id="main-content" tabIndex={-1}>
            {isPublic ? <LanguageNotices suggestion={data?.suggestion ?? null} unreviewed={data?.unreviewed ?? false} /> : null}
            {children}
          </main>
        </div>
        <SiteFooter />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <>
        <h1>{t("notFound.title")}</h1>
        <p>{t("notFound.body")}</p>
        <NotFoundSearch />
      </>
    );
  }
  const formMessage = isRouteErrorResponse(error) ? unsentFormMessage(error.data) : null;
  if (isRouteErrorResponse(error) && error.status === 403 && !formMessage) return <Forbidden />;
  if (formMessage) {
    // A form whose body could not be read (too large, or not a form): app/platform/forms.server.ts; or one
    // sent from another website (app/routes/$.tsx).
    return (
      <>
        <h1>{t("form.error.title")}</h1>
        <p>{formMessage}</p>
      </>
    );
  }
  return (
    <>
      <h1>{t("error.title")}</h1>
      <p>{t("error.body")}</p>
    </>
  );
}

/** 403: signed in, without the permission this page needs (app/modules/identity/authorise.server.ts). */
function Forbidden() {
  const user = useRootData()?.user ?? null;
  return (
    <>
      <h1>{t("error.forbiddenTitle")}</h1>
      <p>{t("error.forbiddenBody")}</p>
      <ul className="nhsuk-list">
        {user ? (
          <>
            <li><Link to={user.homePath}>{t("error.forbiddenHome")}</Link></li>
            <li><Link to="/sign-out">{t("error.forbiddenSignOut")}</Link></li>
          </>
        ) : null}
        <li><Link to="/">{t("notFound.findCafe")}</Link></li>
      </ul>
    </>
  );
}

function unsentFormMessage(data: unknown): string | null {
  const message = (data as { errors?: { _form?: unknown } } | null)?.errors?._form;
  return typeof message === "string" ? message : null;
}
