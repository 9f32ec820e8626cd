import { LinkButton } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { START_HREF } from "../site-nav";
import { ArrowIcon } from "./arrow-icon";
import { ReportPreview } from "./report-preview";

export function Hero() {
  return (
    <section aria-labelledby="hero-title">
      <Container
        width="wide"
        className="grid items-center gap-14 pt-14 pb-20 sm:pt-20 lg:grid-cols-12 lg:gap-12 lg:pt-24 lg:pb-28"
      >
        <div className="motion-rise lg:col-span-7">
          <p className="eyebrow text-accent">Architecture review for growing backends</p>
          <h1 id="hero-title" className="mt-6 max-w-[16ch] text-display">
            Find the faults in your backend before growth does.
          </h1>
          <p className="mt-7 max-w-[34rem] text-lead text-muted">
            Answer questions about how your system behaves under real load. Faultline returns a risk report that
            cites your own answers and recommends a way forward: a rewrite, more infrastructure, a targeted
            refactor, or an audit first.
          </p>
          <div className="mt-10 flex flex-col gap-3 sm:flex-row sm:items-center">
            <LinkButton href={START_HREF} size="lg">
              Start a review
              <ArrowIcon />
            </LinkButton>
            <LinkButton href="#areas" variant="secondary" size="lg">
              See the six areas
            </LinkButton>
          </div>
          <p className="mt-5 text-sm text-muted">No account needed. About fifty questions, in as many sittings as you like.</p>
        </div>
        <div className="motion-rise-late lg:col-span-5">
          <ReportPreview />
        </div>
      </Container>
    </section>
  );
}
