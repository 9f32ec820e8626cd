/**
 * Where to go after signing in or up, from a `next` query parameter. Only a path on this site is
 * accepted ("/workspaces", "/invitations/…"): an absolute or protocol-relative URL would make the sign-in
 * page an open redirect that phishing mail could use.
 */
export function safeNextPath(value: string | string[] | undefined | null, fallback = "/workspaces"): string {
  const candidate = Array.isArray(value) ? value[0] : value;
  if (!candidate || candidate.length > 512) return fallback;
  if (!candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f\\]/.test(candidate)) return fallback;
  return candidate;
}
