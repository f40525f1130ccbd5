import { t } from "~/i18n";

const STATUS_CLASS: Record<string, string> = {
  planned: "tag--blue",
  "setting-up": "tag--yellow",
  open: "tag--green",
  paused: "tag--red",
  closed: "",
};

/** A café's status as a coloured tag (text, not colour, carries the meaning). */
export function CafeStatusTag({ status }: { status: string }) {
  const known = status in STATUS_CLASS;
  const label = known ? t(`homes.cafeStatus.${status as "planned" | "setting-up" | "open" | "paused" | "closed"}`) : status;
  return <strong className={`tag ${STATUS_CLASS[status] ?? ""}`.trim()}>{label}</strong>;
}
