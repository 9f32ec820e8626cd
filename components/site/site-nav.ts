/** Sections of the landing page that the header and footer link to (absolute, so they work from any page). */
export const LANDING_LINKS = [
  { href: "/#areas", label: "Areas" },
  { href: "/#paths", label: "Paths" },
  { href: "/#how-it-works", label: "How it works" },
] as const;

export const START_HREF = "/reviews/new";
