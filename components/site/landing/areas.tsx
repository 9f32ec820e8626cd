import { Container } from "@/components/ui/container";
import { SectionHeading } from "./section-heading";

const AREAS = [
  {
    title: "Load patterns",
    body: "Pain comes from how people use the product more than from how many there are: bursts, jobs that overlap with peak traffic, and synchronous chains that stall once requests arrive together.",
    asks: "Where do your spikes come from, and what blocks when they arrive?",
  },
  {
    title: "Database",
    body: "The primary database slowly becomes the queue, the cache, the session store and the reporting engine at once, until reads and writes fight and queries run without a performance budget.",
    asks: "Which reads should never reach the database at all?",
  },
  {
    title: "Foundations",
    body: "Systems grow complex where they needn't be, with services split before product-market fit, and stay fragile where they must be strong: no idempotency, retries or rate limits.",
    asks: "What happens when the same request arrives twice?",
  },
  {
    title: "Hidden state",
    body: "Code that looks stateless keeps sessions in memory, files on local disk and long tasks on one instance. Sticky sessions then hide the problem, and cap how far you can scale out.",
    asks: "Can any request land on any instance?",
  },
  {
    title: "Observability",
    body: "Basic logs and a few metrics are enough until requests cross services and failures cascade. Then you need to see where time goes and which endpoint creates the load.",
    asks: "Is the API slow, or the database? How would you know?",
  },
  {
    title: "Shared mental model",
    body: "A backend is also an understanding the team shares. When it lives in one person's head or an old diagram, deploys feel risky, small changes drag and incidents repeat.",
    asks: "Who could explain the system if its author left tomorrow?",
  },
];

export function Areas() {
  return (
    <section id="areas" aria-labelledby="areas-title" className="border-t border-line">
      <Container width="wide" className="py-20 sm:py-28">
        <SectionHeading id="areas-title" eyebrow="What the review covers" title="Six areas where growing backends quietly break">
          <p>
            Each area is a short set of questions. Together they tell a system that is short of capacity from one
            that is short of clarity, which call for very different fixes.
          </p>
        </SectionHeading>

        <ol className="mt-14 grid gap-x-12 gap-y-12 sm:mt-16 sm:grid-cols-2 lg:grid-cols-3 lg:gap-y-16">
          {AREAS.map((area, index) => (
            <li key={area.title} className="flex flex-col border-t border-ink/80 pt-6">
              <p aria-hidden="true" className="font-mono text-sm text-muted">
                {String(index + 1).padStart(2, "0")}
              </p>
              <h3 className="mt-3 text-heading">{area.title}</h3>
              <p className="mt-3 text-muted">{area.body}</p>
              <p className="mt-auto pt-5 font-serif text-[1.0625rem] leading-snug italic">
                <span className="sr-only">A question it asks: </span>
                &ldquo;{area.asks}&rdquo;
              </p>
            </li>
          ))}
        </ol>
      </Container>
    </section>
  );
}
