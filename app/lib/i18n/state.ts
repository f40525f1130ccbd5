/**
 * The current language of the running code, read by t() and the formats.
 *
 * - On the server, platform code installs a source (setLocaleSource) that reads the request's language
 *   from an AsyncLocalStorage set around Remix's handler (app/platform/request-locale.server.ts), so loaders,
 *   actions and the render of one request all see that request's language.
 * - In the browser, the root layout sets it from the root loader's data (setClientLocale) before the page's
 *   components render, on hydration and after every navigation.
 * Messages of other languages are registered by language (registerMessages): on the server every locale
 * file (./messages.server.ts), in the browser the current language's public messages.
 */
import { DEFAULT_LOCALE, type Locale } from "./locales";

export type Messages = Readonly<Record<string, string>>;

const registered = new Map<Locale, Messages>();
let clientLocale: Locale = DEFAULT_LOCALE;
let source: () => Locale = () => clientLocale;

/** The language of the current request (server) or page (browser). */
export function currentLocale(): Locale {
  return source();
}

/** The server's way of knowing the current request's language (called once, at load). */
export function setLocaleSource(read: () => Locale): void {
  source = read;
}

/** The browser's current language and its messages (from the root loader's data). */
export function setClientLocale(locale: Locale, messages: Messages | null | undefined): void {
  if (messages) registered.set(locale, messages);
  clientLocale = locale;
}

/** Makes a language's messages (key → text) known. */
export function registerMessages(locale: Locale, messages: Messages): void {
  registered.set(locale, messages);
}

/** The messages known for a language (none for English: the English catalogue is built in). */
export function messagesOf(locale: Locale): Messages | undefined {
  return registered.get(locale);
}
