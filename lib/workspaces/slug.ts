/** Workspace addresses: /workspaces/{slug}. Pure. */
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/;
const UUID_LIKE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** "Ørsted & Søn Consulting" → "orsted-son-consulting"; never empty, never shaped like an id. */
export function slugify(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ø/gi, "o")
    .replace(/æ/gi, "ae")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/g, "");
  if (!base) return "workspace";
  return UUID_LIKE.test(base) ? `${base.slice(0, 30)}-ws` : base;
}

/** The slug to try after `attempt` collisions: the base, then the base with a short random suffix. */
export function slugCandidate(base: string, attempt: number, random: () => string): string {
  return attempt === 0 ? base : `${base}-${random()}`;
}
