import type { ReactNode } from "react";

/** Small line icons for accessibility features. Decorative: the text next to each says what it is. */
const ICONS: Record<string, ReactNode> = {
  "step-free-access": (
    <>
      <circle cx="12" cy="4" r="2" />
      <path d="M12 7v6h5l2 6M12 10h4M9.5 10.5a6 6 0 1 0 7.5 8" />
    </>
  ),
  "accessible-toilet": (
    <>
      <path d="M4 3h16v18H4z" />
      <path d="M9 8v8M15 8v8M9 12h6" />
    </>
  ),
  "hearing-loop": (
    <>
      <path d="M7 10a5 5 0 1 1 10 0c0 3-3 4-3 7a3 3 0 0 1-5 1" />
      <path d="M10 10a2 2 0 1 1 4 0" />
    </>
  ),
  bsl: (
    <>
      <path d="M7 20v-7l-2-3 1-1 3 3V5a1 1 0 0 1 2 0v6M11 10V4a1 1 0 0 1 2 0v6M13 10V5a1 1 0 0 1 2 0v6M15 11V7a1 1 0 0 1 2 0v7c0 3-2 6-5 6H7" />
    </>
  ),
  "quiet-room": <path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z" />,
  "parking-nearby": (
    <>
      <path d="M4 3h16v18H4z" />
      <path d="M10 17V7h3a3 3 0 0 1 0 6h-3" />
    </>
  ),
  "near-bus-stop": (
    <>
      <path d="M5 4h14v13H5zM5 11h14M8 17v3M16 17v3" />
      <circle cx="8.5" cy="14" r="0.5" />
      <circle cx="15.5" cy="14" r="0.5" />
    </>
  ),
};

const FALLBACK = <path d="M5 12l4 4 10-10" />;

export function AccessIcon({ slug }: { slug: string }) {
  return (
    <svg
      className="access-icon"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {ICONS[slug] ?? FALLBACK}
    </svg>
  );
}

/** Accessibility features, each an icon with its words. */
export function AccessList({ items, className }: { items: { slug: string; label: string }[]; className?: string }) {
  if (items.length === 0) return null;
  return (
    <ul className={["access-list", className].filter(Boolean).join(" ")}>
      {items.map((item) => (
        <li key={item.slug} className="access-list__item">
          <AccessIcon slug={item.slug} />
          <span>{item.label}</span>
        </li>
      ))}
    </ul>
  );
}
