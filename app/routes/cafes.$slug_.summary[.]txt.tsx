import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { cafePrint } from "~/modules/cafe/index.server";
import { pageLocale } from "~/platform/page-locale.server";
import { localePath } from "~/lib/i18n";

/** /cafes/<slug>/summary.txt: the café's text-message summary (at most 300 characters) as plain text. */
export async function loader(args: LoaderFunctionArgs) {
  pageLocale(args);
  const { request, params } = args;
  const slug = params.slug ?? "";
  const cafe = await cafePrint(slug.toLowerCase());
  if (!cafe) return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  if (slug !== cafe.slug) return redirect(localePath(`/cafes/${cafe.slug}/summary.txt${new URL(request.url).search}`), 301);
  return new Response(`${cafe.textSummary}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=60" },
  });
}
