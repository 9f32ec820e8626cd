import type { TReviewActor } from "@/lib/assessments/access";

/** Who published or started something, as a milestone shows it: a member's name, else the link holder. */
export function publisherOf(actor: TReviewActor): { id: string | null; name: string } {
  if (actor.kind === "member") return { id: actor.user.id, name: actor.user.name || actor.user.email };
  return { id: null, name: actor.kind === "editor" ? "Review owner" : "Respondent" };
}
