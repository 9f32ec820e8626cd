import { z } from "zod";

export const ZCreateShareInput = z.strictObject({
  /** Days until the link stops working; omitted: it works until revoked. */
  expiresInDays: z.number().int("Use a whole number of days").min(1, "At least 1 day").max(365, "At most 365 days").optional(),
});
export type TCreateShareInput = z.infer<typeof ZCreateShareInput>;

export type TShareStatus = "active" | "expired" | "revoked";

export type TShareSummary = {
  id: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  status: TShareStatus;
  viewCount: number;
  lastViewedAt: string | null;
};
