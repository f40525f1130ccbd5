import { redirect } from "@remix-run/node";

/** /about-data/api: the page explaining the Open Referral UK API is at the API's own address now. */
export function loader() {
  return redirect("/api/oruk", 301);
}
