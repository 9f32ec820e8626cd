import Link from "next/link";
import { Container } from "@/components/ui/container";
import { LANDING_LINKS, START_HREF } from "./site-nav";
import { Wordmark } from "./wordmark";

export function SiteFooter() {
  return (
    <footer className="border-t border-line">
      <Container width="wide" className="flex flex-col gap-10 py-12 sm:py-14 md:flex-row md:items-start md:justify-between">
        <div className="max-w-sm">
          <Wordmark />
          <p className="mt-4 text-sm text-muted">
            An architecture review for growing backends. No account needed: your review lives at a private
            link that only you hold.
          </p>
        </div>
        <nav aria-label="Footer">
          <ul className="grid grid-cols-2 gap-x-10 gap-y-2.5 text-sm sm:flex sm:gap-8">
            {LANDING_LINKS.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="text-muted no-underline hover:text-ink hover:underline">
                  {link.label}
                </Link>
              </li>
            ))}
            <li>
              <Link href={START_HREF} className="text-accent no-underline hover:underline">
                Start a review
              </Link>
            </li>
          </ul>
        </nav>
      </Container>
    </footer>
  );
}
