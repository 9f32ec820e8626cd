import type { Metadata } from "next";
import { LinkButton } from "@/components/ui/button";
import { Container } from "@/components/ui/container";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <Container width="narrow" className="py-24 sm:py-32">
      <p className="eyebrow text-muted">Error 404</p>
      <h1 className="mt-4 text-title">There is nothing at this address</h1>
      <p className="mt-5 max-w-xl text-lead text-muted">
        The link may be mistyped, or the page has moved. If you were returning to a review, open the private
        link you saved when you started it: reviews are only reachable through that link.
      </p>
      <div className="mt-10 flex flex-wrap gap-3">
        <LinkButton href="/">Back to the start</LinkButton>
        <LinkButton href="/reviews/new" variant="secondary">
          Start a review
        </LinkButton>
      </div>
    </Container>
  );
}
