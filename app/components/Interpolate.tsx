import { Fragment, type ReactNode } from "react";

/**
 * Renders a translated sentence with React elements (links, emphasis) in place of its `{name}`
 * placeholders, so the words stay in the catalogue and only the markup lives in the page.
 */
export function Interpolate({ text, values }: { text: string; values: Record<string, ReactNode> }) {
  const parts = text.split(/(\{\w+\})/g);
  return (
    <>
      {parts.map((part, i) => {
        const match = /^\{(\w+)\}$/.exec(part);
        const name = match?.[1];
        return <Fragment key={i}>{name !== undefined && name in values ? values[name] : part}</Fragment>;
      })}
    </>
  );
}

/** A telephone link whose href drops the spaces people need to read the number. */
export function Phone({ number, label }: { number: string; label?: string }) {
  return <a href={`tel:${number.replace(/[^\d+]/g, "")}`} dir="ltr">{label ?? number}</a>;
}
