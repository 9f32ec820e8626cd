import { Container } from "@/components/ui/container";
import { LinkButton } from "@/components/ui/button";

/** Shown for an unknown review and for a browser without its private link alike: neither says which. */
export function NoAccess() {
  return (
    <Container width="narrow" className="py-24">
      <p className="text-eyebrow font-medium tracking-(--text-eyebrow--letter-spacing) text-muted uppercase">Private review</p>
      <h1 className="mt-3 text-title">Open this review with its private link</h1>
      <p className="mt-4 max-w-prose text-lead text-muted">
        Reviews are reached through the private link shown when the review was started. Open that link on this device, or
        ask the person who started the review to send it to you.
      </p>
      <div className="mt-8">
        <LinkButton href="/reviews/new">Start a new review</LinkButton>
      </div>
    </Container>
  );
}
