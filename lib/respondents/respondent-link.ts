import { createToken } from "@/lib/security/tokens";

/** A respondent's private link: the same /open route as the edit link, which knows respondent tokens. */
export function respondentLinkPath(assessmentId: string, token: string): string {
  return `/reviews/${assessmentId}/open?token=${encodeURIComponent(token)}`;
}

/** 256 random bits with the respondent prefix; only the hash is stored (lib/security/tokens.ts). */
export function newRespondentToken(): { token: string; hash: string } {
  return createToken("flr");
}
