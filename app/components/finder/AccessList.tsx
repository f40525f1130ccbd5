import { TagName } from "~/components/shell/Languages";

/**
 * Accessibility features, each with an icon (decorative, drawn by finder.css as a mask in the text colour:
 * no element, no image request) and its words.
 */
export function AccessList({ items, className }: { items: { slug: string; label: string }[]; className?: string }) {
  if (items.length === 0) return null;
  return (
    <ul className={["access-list", className].filter(Boolean).join(" ")}>
      {items.map((item) => (
        <li key={item.slug} className={`access-list__item access-icon--${item.slug}`}>
          <TagName tag={item} />
        </li>
      ))}
    </ul>
  );
}
