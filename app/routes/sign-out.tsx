import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { t } from "~/lib/i18n";
import { endSignInSession, getUser } from "~/modules/identity/index.server";

export const meta: MetaFunction = () => [{ title: `${t("auth.signOut.title")} – ${t("brand.appName")}` }];

/** GET never signs anyone out: it shows a button (or says you are signed out). */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  return { user: user ? { name: user.name, email: user.email } : null };
}

export async function action({ request }: ActionFunctionArgs) {
  const cookie = await endSignInSession(request);
  return redirect("/sign-out", { headers: { "Set-Cookie": cookie } });
}

export default function SignOut() {
  const { user } = useLoaderData<typeof loader>();
  if (!user) {
    return (
      <>
        <h1>{t("auth.signOut.doneTitle")}</h1>
        <p>{t("auth.signOut.doneBody")}</p>
        <p>
          <Link to="/sign-in">{t("auth.signOut.signInAgain")}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>{t("auth.signOut.title")}</h1>
      <p>{t("auth.signOut.signedInAs", { name: user.name, email: user.email })}</p>
      <Form method="post">
        <button className="nhsuk-button" type="submit">
          {t("auth.signOut.button")}
        </button>
      </Form>
    </>
  );
}
