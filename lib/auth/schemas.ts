import { z } from "zod";

/** Inputs of the account forms, shared by the browser forms and the tests; better-auth checks them again. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export const ZEmail = z.email({ error: "Enter an email address such as ada@example.com" }).trim().toLowerCase().max(254);
export const ZPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters`);

export const ZSignUpInput = z.object({
  name: z.string().trim().min(1, "Tell us your name").max(120, "Keep your name under 120 characters"),
  email: ZEmail,
  password: ZPassword,
});
export type TSignUpInput = z.infer<typeof ZSignUpInput>;

export const ZSignInInput = z.object({
  email: ZEmail,
  password: z.string().min(1, "Enter your password"),
});
export type TSignInInput = z.infer<typeof ZSignInInput>;

export const ZResetRequestInput = ZSignUpInput.pick({ email: true });

export const ZNewPasswordInput = z
  .object({ password: ZPassword, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords differ" });

/** Field errors keyed by field name, the first message for each. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out;
}
