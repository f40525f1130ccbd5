import { Link } from "@remix-run/react";
import type { ReactNode } from "react";

/** The NHS.UK back link at the top of a page. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <div className="nhsuk-back-link">
      <Link className="nhsuk-back-link__link" to={to}>
        {children}
      </Link>
    </div>
  );
}
