import { z } from "zod";
import { message, text } from "~/lib/forms";
import { RECOMMENDATIONS, type Recommendation } from "./scoring";

/** A panel member's declaration before seeing an application: no conflict, or a conflict described. */
export const conflictSchema = z
  .object({
    hasConflict: text(z.enum(["no", "yes"], { message: message("grantsPanel.conflict.error.choose") })),
    description: text(z.string().trim().max(2000, message("grantsPanel.error.tooLong", { max: 2000 }))),
  })
  .superRefine((value, ctx) => {
    if (value.hasConflict === "yes" && !value.description) {
      ctx.addIssue({ code: "custom", path: ["description"], message: message("grantsPanel.conflict.error.describe") });
    }
  });
export type ConflictForm = z.output<typeof conflictSchema>;

/** What a score field holds: "0"…"5", "na" for not applicable, "" not scored yet. */
export const SCORE_CHOICES = ["0", "1", "2", "3", "4", "5", "na"] as const;

export const scoreField = (criterionId: string) => `score_${criterionId}`;
export const noteField = (criterionId: string) => `note_${criterionId}`;

/**
 * The review form of a round with these criteria: a score (0–5 or N/A) and a comment per criterion, a
 * recommendation and an overall comment. "save" keeps a draft with gaps; "submit" needs every criterion
 * scored (or marked N/A) and a recommendation, and then it is final.
 */
export function reviewSchema(criterionIds: readonly string[]) {
  const shape: Record<string, z.ZodType> = {
    intent: text(z.enum(["save", "submit"], { message: message("form.error.unknownAction") })),
    recommendation: text(z.enum(["", ...RECOMMENDATIONS] as [string, ...string[]], { message: message("grantsPanel.review.error.recommendation") })),
    comment: text(z.string().trim().max(5000, message("grantsPanel.error.tooLong", { max: 5000 }))),
  };
  for (const id of criterionIds) {
    shape[scoreField(id)] = text(z.enum(["", ...SCORE_CHOICES] as [string, ...string[]], { message: message("grantsPanel.review.error.score") }));
    shape[noteField(id)] = text(z.string().trim().max(2000, message("grantsPanel.error.tooLong", { max: 2000 })));
  }
  return z
    .object(shape)
    .superRefine((value, ctx) => {
      if (value.intent !== "submit") return;
      for (const id of criterionIds) {
        if (!value[scoreField(id)]) ctx.addIssue({ code: "custom", path: [scoreField(id)], message: message("grantsPanel.review.error.scoreMissing") });
      }
      if (!value.recommendation) ctx.addIssue({ code: "custom", path: ["recommendation"], message: message("grantsPanel.review.error.recommendation") });
    })
    .transform((value) => ({
      submit: value.intent === "submit",
      recommendation: (value.recommendation || null) as Recommendation | null,
      comment: value.comment as string,
      scores: Object.fromEntries(
        criterionIds.map((id) => {
          const raw = value[scoreField(id)] as string;
          return [id, { score: raw === "" ? undefined : raw === "na" ? null : Number(raw), comment: (value[noteField(id)] as string) || null }];
        }),
      ) as Record<string, { score: number | null | undefined; comment: string | null }>,
    }));
}
export type ReviewForm = z.output<ReturnType<typeof reviewSchema>>;

/** The officer's panel page: assign a panel member to the whole round or to one application, or remove an assignment. */
export const assignSchema = z.object({
  userId: text(z.string().trim().min(1, message("grantsPanel.assign.error.member"))),
  applicationId: text(z.string().trim()),
});
export const unassignSchema = z.object({ assignmentId: text(z.string().trim().min(1, message("form.error.unknownAction"))) });
