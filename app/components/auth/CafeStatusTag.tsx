import { statusLabel } from "~/modules/cafe";

const STATUS_CLASS: Record<string, string> = {
  planned: "tag--blue",
  "setting-up": "tag--yellow",
  open: "tag--green",
  paused: "tag--red",
  closed: "",
};

/** A café's status as a coloured tag (text, not colour, carries the meaning). */
export function CafeStatusTag({ status }: { status: string }) {
  return <strong className={`tag ${STATUS_CLASS[status] ?? ""}`.trim()}>{statusLabel(status)}</strong>;
}
