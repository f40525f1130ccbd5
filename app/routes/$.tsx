/** Any address no other route matches: the root error boundary shows the 404 page with the search box. */
export function loader() {
  throw new Response("Not found", { status: 404 });
}

export default function NotFound() {
  return null;
}
