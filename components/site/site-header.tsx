import Link from "next/link";
import { LinkButton } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { ThemeToggle } from "@/components/ui/theme-toggle";
import { AccountNav } from "@/components/auth/account-nav";
import { LANDING_LINKS, START_HREF } from "./site-nav";
import { Wordmark } from "./wordmark";

export function SiteHeader() {
  return (
    <header className="border-b border-line">
      <Container width="wide" className="flex h-16 items-center justify-between gap-4 sm:h-[4.5rem]">
        <Wordmark />
        <div className="flex items-center gap-1 sm:gap-2">
          <nav aria-label="Main" className="hidden md:block">
            <ul className="flex items-center gap-1">
              {LANDING_LINKS.map((link) => (
                <li key={link.href}>
                  <Link
                    href={link.href}
                    className="rounded-md px-3 py-2 text-[0.9375rem] text-muted no-underline transition-colors duration-150 hover:text-ink"
                  >
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {/* On a phone the header keeps to the essentials; sign-in is for consultants, on larger screens. */}
          <div className="hidden whitespace-nowrap sm:block">
            <AccountNav />
          </div>
          <ThemeToggle />
          <LinkButton href={START_HREF} variant="secondary" size="sm" className="ml-1">
            Start a review
          </LinkButton>
        </div>
      </Container>
    </header>
  );
}
