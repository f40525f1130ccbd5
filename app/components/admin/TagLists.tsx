import { Form } from "@remix-run/react";
import { useEffect } from "react";
import { fieldError, fieldValue } from "~/components/forms";
import { useAppForm, type FormReply } from "~/lib/forms";
import { t } from "~/lib/i18n";
import { renameTagSchema, type TagKind } from "~/modules/tags";

export const KIND_KEYS = {
  audience: "manage.tags.kind.audience",
  language: "manage.tags.kind.language",
  access: "manage.tags.kind.access",
  support: "manage.tags.kind.support",
} as const satisfies Record<TagKind, string>;

export type TagListRow = { id: string; kind: TagKind; label: string; retired: boolean; uses: number };

/**
 * What a rename form tells the page when it is refused (or no longer is): the message, for the page's
 * error summary, which links to the field (`label-<tag id>`).
 */
export type RenameRefusal = (tagId: string, message: string | undefined) => void;

/** The tags of one list: rename each, retire it or offer it again. */
export function TagTable({
  kind,
  tags,
  renameReply,
  onRenameRefused,
}: {
  kind: TagKind;
  tags: TagListRow[];
  /** The action's reply to the last rename, for the form of the tag it renamed */
  renameReply: FormReply | null;
  onRenameRefused: RenameRefusal;
}) {
  return (
    <table className="nhsuk-table manage-tags">
      <caption className="nhsuk-u-visually-hidden">{t(KIND_KEYS[kind])}</caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th scope="col" className="nhsuk-table__header">{t("manage.tags.col.name")}</th>
          <th scope="col" className="nhsuk-table__header">{t("manage.tags.col.uses")}</th>
          <th scope="col" className="nhsuk-table__header">{t("manage.tags.col.state")}</th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {tags.map((tag) => (
          <tr key={tag.id} className="nhsuk-table__row">
            <td className="nhsuk-table__cell">
              <RenameTagForm
                tag={tag}
                lastResult={renameReply?.initialValue?.tagId === tag.id ? renameReply : null}
                onRefused={onRenameRefused}
              />
            </td>
            <td className="nhsuk-table__cell">{tag.uses === 1 ? t("manage.tags.usesOne") : t("manage.tags.uses", { count: tag.uses })}</td>
            <td className="nhsuk-table__cell">
              <RetireTagForm tag={tag} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One tag's new name: its own form, checked as the admin types. */
function RenameTagForm({ tag, lastResult, onRefused }: { tag: TagListRow; lastResult: FormReply | null; onRefused: RenameRefusal }) {
  const { fields, formProps, summary } = useAppForm({ schema: renameTagSchema, lastResult, id: `rename-${tag.id}`, defaultValue: { label: tag.label } });
  const refusal = summary ? (summary.label ?? summary.tagId ?? summary._form) : undefined;
  useEffect(() => onRefused(tag.id, refusal), [onRefused, tag.id, refusal]);
  const inputId = `field-label-${tag.id}`;
  const error = fieldError(fields.label);
  return (
    <Form method="post" {...formProps} className={`manage-rename${error ? " nhsuk-form-group--error" : ""}`}>
      <input type="hidden" name="intent" value="rename" />
      <input type="hidden" name="tagId" value={tag.id} />
      <label className="nhsuk-u-visually-hidden" htmlFor={inputId}>
        {t("manage.tags.renameLabel", { label: tag.label })}
      </label>
      {error ? (
        <span className="nhsuk-error-message" id={`${inputId}-error`}>
          <span className="nhsuk-u-visually-hidden">{t("manage.errorPrefix")}</span> {error}
        </span>
      ) : null}
      <input
        key={fields.label.key}
        className={`nhsuk-input nhsuk-input--width-20${error ? " nhsuk-input--error" : ""}`}
        id={inputId}
        name={fields.label.name}
        type="text"
        defaultValue={fieldValue(fields.label)}
        aria-describedby={error ? `${inputId}-error` : undefined}
        aria-invalid={error ? true : undefined}
      />{" "}
      <button type="submit" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small">
        {t("manage.tags.rename")}
        <span className="nhsuk-u-visually-hidden"> {tag.label}</span>
      </button>
    </Form>
  );
}

/** Retire a tag, or offer a retired one again. */
function RetireTagForm({ tag }: { tag: TagListRow }) {
  return (
    <Form method="post">
      <input type="hidden" name="tagId" value={tag.id} />
      {tag.retired ? (
        <>
          <strong className="nhsuk-tag nhsuk-tag--grey">{t("manage.tags.retired")}</strong>{" "}
          <button type="submit" name="intent" value="unretire" className="link-button manage-link-button">
            {t("manage.tags.unretire")}
            <span className="nhsuk-u-visually-hidden"> {tag.label}</span>
          </button>
        </>
      ) : (
        <button type="submit" name="intent" value="retire" className="link-button manage-link-button">
          {t("manage.tags.retire")}
          <span className="nhsuk-u-visually-hidden"> {tag.label}</span>
        </button>
      )}
    </Form>
  );
}
