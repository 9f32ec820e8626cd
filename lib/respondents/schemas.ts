import { z } from "zod";
import { isStorableText, STORABLE_TEXT_MESSAGE } from "@/lib/storable-text";

/** Inputs of the respondents API, shared by the route handlers, the team page's forms and the services. */
const ZName = z.string().trim().min(1, "Give the respondent's name").max(120, "Keep the name under 120 characters").refine(isStorableText, STORABLE_TEXT_MESSAGE);
const ZRole = z.string().trim().max(80, "Keep the role under 80 characters").refine(isStorableText, STORABLE_TEXT_MESSAGE);
const ZEmail = z.email("Enter an email address, or leave it empty").max(254, "Keep the email under 254 characters");

export const ZCreateRespondentInput = z.strictObject({
  name: ZName,
  /** What they do, e.g. CTO or senior engineer: shown beside their answers. */
  role: ZRole.optional(),
  /** For the consultant's reference; no mail is sent. */
  email: ZEmail.or(z.literal("")).optional(),
});
export type TCreateRespondentInput = z.infer<typeof ZCreateRespondentInput>;

export const ZUpdateRespondentInput = z
  .strictObject({
    name: ZName.optional(),
    role: ZRole.nullable().optional(),
    email: ZEmail.or(z.literal("")).nullable().optional(),
    /** Make a new private link: the old one stops working at once (a revoked respondent is restored). */
    reissueLink: z.literal(true).optional(),
  })
  .refine((input) => Object.values(input).some((value) => value !== undefined), { message: "Change at least one of name, role, email or reissueLink" });
export type TUpdateRespondentInput = z.infer<typeof ZUpdateRespondentInput>;

export const ZRespondentId = z.uuid({ error: "Not a respondent id" });

export type TRespondentStatus = "active" | "revoked";

/** A respondent as the API returns it; its token is never included (only once, on creation or re-issue). */
export type TRespondentSummary = {
  id: string;
  name: string;
  role: string | null;
  email: string | null;
  status: TRespondentStatus;
  createdAt: string;
  revokedAt: string | null;
};

/** A respondent with their private link, shown once. */
export type TRespondentWithLink = TRespondentSummary & { token: string; link: string };
