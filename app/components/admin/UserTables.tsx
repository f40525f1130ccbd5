import { Form } from "@remix-run/react";
import { roleLabel } from "~/components/auth/role-label";
import { t } from "~/lib/i18n";
import { formatInstantDate } from "~/lib/dates";

export type PendingInvitationRow = {
  id: string;
  email: string;
  role: string;
  scope: string | null;
  invitedBy: string | null;
  expiresAt: string;
};

export function PendingInvitationsTable({ invitations }: { invitations: PendingInvitationRow[] }) {
  if (invitations.length === 0) return <p>{t("admin.users.noPending")}</p>;
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t("admin.users.col.email")}</th>
          <th scope="col">{t("admin.users.col.role")}</th>
          <th scope="col">{t("admin.users.col.invitedBy")}</th>
          <th scope="col">{t("admin.users.col.expires")}</th>
          <th scope="col">{t("admin.users.col.action")}</th>
        </tr>
      </thead>
      <tbody>
        {invitations.map((inv) => (
          <tr key={inv.id}>
            <th scope="row">{inv.email}</th>
            <td>{roleLabel(inv.role, inv.scope)}</td>
            <td>{inv.invitedBy ?? ""}</td>
            <td>{formatInstantDate(inv.expiresAt)}</td>
            <td>
              <Form method="post">
                <input type="hidden" name="intent" value="withdraw" />
                <input type="hidden" name="id" value={inv.id} />
                <button type="submit" className="link-button">
                  {t("admin.users.withdraw")}
                  <span className="nhsuk-u-visually-hidden"> {t("admin.users.withdrawHidden", { email: inv.email })}</span>
                </button>
              </Form>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export type UserRow = {
  id: string;
  name: string;
  email: string;
  disabled: boolean;
  roles: { id: string; role: string; scope: string | null }[];
};

/** Everyone with an account and their roles. Your own admin role has no "Remove" (you cannot remove it). */
export function UsersTable({ users, caption, currentUserId }: { users: UserRow[]; caption: string; currentUserId: string }) {
  return (
    <table className="data-table">
      <caption className="nhsuk-table__caption">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("admin.users.col.name")}</th>
          <th scope="col">{t("admin.users.col.email")}</th>
          <th scope="col">{t("admin.users.col.roles")}</th>
        </tr>
      </thead>
      <tbody>
        {users.map((u) => (
          <tr key={u.id}>
            <th scope="row">
              {u.name}
              {u.disabled ? (
                <>
                  {" "}
                  <strong className="tag tag--red">{t("admin.users.disabled")}</strong>
                </>
              ) : null}
            </th>
            <td>{u.email}</td>
            <td>
              {u.roles.length === 0 ? (
                t("admin.users.noRoles")
              ) : (
                <ul className="nhsuk-list admin-role-list">
                  {u.roles.map((r) => (
                    <li key={r.id}>
                      {roleLabel(r.role, r.scope)}{" "}
                      {u.id === currentUserId && r.role === "admin" ? null : (
                        <Form method="post" className="admin-inline-form">
                          <input type="hidden" name="intent" value="remove-role" />
                          <input type="hidden" name="id" value={r.id} />
                          <button type="submit" className="link-button">
                            {t("admin.users.remove")}
                            <span className="nhsuk-u-visually-hidden">
                              {" "}
                              {t("admin.users.removeHidden", { role: roleLabel(r.role, r.scope), name: u.name })}
                            </span>
                          </button>
                        </Form>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
