/**
 * Which organisation a member's page at /organisation/… is about: `?org=<id>` or, for a member of one
 * organisation, theirs. Anyone without "organisation.act" on it gets 403, whether or not it exists.
 */
import { ownedIds, type CurrentUser } from "~/modules/identity";
import { authorise } from "~/modules/identity/index.server";
import { forbidden } from "~/platform/responses.server";
import { prisma } from "~/platform/db.server";

export function organisationFor(user: CurrentUser, request: Request): string {
  const requested = new URL(request.url).searchParams.get("org");
  const memberOf = [...new Set(ownedIds(user, "organisation.act"))];
  const id = requested ?? (memberOf.length === 1 ? memberOf[0]! : null);
  if (!id) throw forbidden();
  authorise(user, "organisation.act", { organisationId: id });
  return id;
}

/** The organisation of a service, for authorising its page; null for an unknown service. */
export async function organisationOfService(serviceId: string): Promise<string | null> {
  const row = await prisma.partnerService.findUnique({ where: { id: serviceId }, select: { organisationId: true } });
  return row?.organisationId ?? null;
}
