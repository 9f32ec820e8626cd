/**
 * Calls better-auth's HTTP API from the browser (same origin, so the browser sends the Origin header its
 * CSRF check wants) and turns its error codes into words for the right field. Going through HTTP, not a
 * server action, keeps better-auth's rate limits in force: they apply to its HTTP routes only.
 */
export type TAuthFieldErrors = Partial<Record<"name" | "email" | "password" | "confirm" | "form", string>>;
export type TAuthResult = { ok: true; body: unknown } | { ok: false; errors: TAuthFieldErrors };

const MESSAGES: Record<string, TAuthFieldErrors> = {
  INVALID_EMAIL_OR_PASSWORD: { form: "That email and password don't match an account. Check both, or reset your password." },
  USER_ALREADY_EXISTS: { email: "There is already an account with this email. Sign in instead, or reset its password." },
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: { email: "There is already an account with this email. Sign in instead, or reset its password." },
  INVALID_EMAIL: { email: "Enter an email address such as ada@example.com" },
  PASSWORD_TOO_SHORT: { password: "This password is too short." },
  PASSWORD_TOO_LONG: { password: "This password is too long." },
  INVALID_TOKEN: { form: "This link has expired or was already used. Ask for a new one below." },
  EMAIL_NOT_VERIFIED: { form: "Confirm your email first: open the link we sent you." },
};

export async function authRequest(path: string, body: unknown): Promise<TAuthResult> {
  let response: Response;
  try {
    response = await fetch(`/api/auth/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      credentials: "same-origin",
      body: JSON.stringify(body),
    });
  } catch {
    return { ok: false, errors: { form: "You seem to be offline. Connect and try again." } };
  }
  const data = await response.json().catch(() => null);
  if (response.ok) return { ok: true, body: data };
  if (response.status === 429) {
    const wait = Number(response.headers.get("x-retry-after")) || 60;
    return { ok: false, errors: { form: `Too many attempts from here. Wait ${wait} seconds and try again.` } };
  }
  const code = typeof data?.code === "string" ? data.code : "";
  return { ok: false, errors: MESSAGES[code] ?? { form: "That didn't work on our side. Try again in a moment." } };
}
