import { LinkButton } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { START_HREF } from "../site-nav";
import { ArrowIcon } from "./arrow-icon";

export function ClosingCta() {
  return (
    <section aria-labelledby="cta-title" className="border-t border-line">
      <Container width="wide" className="py-20 sm:py-28">
        <div className="flex flex-col gap-10 lg:flex-row lg:items-end lg:justify-between">
          <div className="max-w-2xl">
            <h2 id="cta-title" className="text-title">
              Before you scale further, find out what is really limiting you.
            </h2>
            <p className="mt-5 text-lead text-muted">
              Answers are saved as you go, so you can start now and finish another day.
            </p>
          </div>
          <div className="flex shrink-0 flex-col gap-3 sm:flex-row sm:items-center">
            <LinkButton href={START_HREF} size="lg">
              Start a review
              <ArrowIcon />
            </LinkButton>
          </div>
        </div>
      </Container>
    </section>
  );
}
