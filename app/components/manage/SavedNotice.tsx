import type { ReactNode } from "react";

/** The line that says a change was saved, announced to screen readers without moving focus. */
export function SavedNotice({ children }: { children: ReactNode }) {
  return (
    <div className="manage-success" role="status">
      <p>{children}</p>
    </div>
  );
}
