/** What the award part's writes answer: done, or refused with a message code (words are the page's). */
import { code, type MessageCode } from "~/lib/i18n";

export type AwardResult<T = string> =
  | { ok: true; id: T }
  | { ok: false; notFound: true }
  | { ok: false; forbidden: true }
  | { ok: false; error: MessageCode; field?: string };

export const AWARD_MESSAGES = {
  /** The application is not at the stage this needs (someone else moved it on, or it never got there) */
  wrongStage: code("grantsAward.error.wrongStage"),
  /** The milestone was changed by someone else since the page was shown */
  milestoneChanged: code("grantsAward.error.milestoneChanged"),
  /** Launch asked for while a milestone is still pending */
  milestonesPending: code("grantsAward.error.milestonesPending"),
  /** The launch date is in the future or before the offer was accepted */
  launchDate: code("grantsAward.error.launchDate"),
  /** The offer's conditions were not agreed to */
  conditionsNotAgreed: code("grantsAward.error.conditionsNotAgreed"),
  /** The application has no usable venue postcode to place the café */
  venueUnknown: code("grantsAward.error.venueUnknown"),
  /** The return was already sent, or its quarter has not ended */
  returnClosed: code("grantsAward.error.returnClosed"),
} as const satisfies Record<string, MessageCode>;
