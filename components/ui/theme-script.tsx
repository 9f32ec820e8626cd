/** Cookie that holds an explicit theme choice; absent means "follow the system". */
export const THEME_COOKIE = "theme";

/**
 * Runs in <head> before first paint: applies a stored choice as data-theme on <html>. Without a
 * choice it does nothing and the CSS follows prefers-color-scheme. A cookie rather than
 * localStorage, so the server can read the same choice when a page is rendered per request.
 * Only the two known values are accepted, so the cookie cannot inject anything.
 *
 * Kept tiny and constant on purpose: under a Content-Security-Policy it can be allowed either
 * with the request's nonce (pass `nonce`) or with a fixed 'sha256-…' hash of this string.
 */
export const THEME_SCRIPT = `try{var m=document.cookie.match(/(?:^|; )${THEME_COOKIE}=(light|dark)(?:;|$)/);if(m)document.documentElement.setAttribute("data-theme",m[1])}catch(e){}`;

export function ThemeScript({ nonce }: { nonce?: string }) {
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />;
}
