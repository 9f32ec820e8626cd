import { NotFoundError } from "@/lib/errors";
import { ZMilestoneNumber } from "@/lib/milestones/schemas";

/** The number in /milestones/{number}; anything else names no milestone (404), like a missing one. */
export function parseMilestoneNumber(text: string): number {
  const parsed = ZMilestoneNumber.safeParse(/^\d{1,7}$/.test(text) ? text : "x");
  if (!parsed.success) throw new NotFoundError("milestone");
  return parsed.data;
}
