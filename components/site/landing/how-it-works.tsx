import { Container } from "@/components/ui/container";
import { FindingPreview } from "./finding-preview";
import { SectionHeading } from "./section-heading";

const STEPS = [
  {
    title: "Start, with no account",
    body: "Give the review a name and you get a private link. Keep it: it is your way back, from any device.",
  },
  {
    title: "Answer about fifty questions",
    body: "Across the six areas, plus context on your stage, team and traffic. Stop and resume whenever you like. “Don't know” is a real answer: not knowing where time goes is itself a finding.",
  },
  {
    title: "Read a report that shows its working",
    body: "A risk level per area, findings that quote the answers behind them, and a recommended path with its confidence and what would change it.",
  },
  {
    title: "Act on it, and share it",
    body: "A plan ordered now, next and later. Download a PDF that reads like a consultancy's deliverable, or send a read-only link.",
  },
];

export function HowItWorks() {
  return (
    <section id="how-it-works" aria-labelledby="how-title" className="border-t border-line bg-surface">
      <Container width="wide" className="py-20 sm:py-28">
        <SectionHeading id="how-title" eyebrow="How it works" title="Honest answers first, then a report you can act on" />
        <div className="mt-14 grid gap-14 sm:mt-16 lg:grid-cols-12 lg:gap-16">
          <ol className="lg:col-span-6">
            {STEPS.map((step, index) => (
              <li key={step.title} className="grid grid-cols-[2.5rem_1fr] gap-x-4 border-t border-line py-6 first:border-t-0 first:pt-0">
                <span aria-hidden="true" className="font-mono text-sm leading-7 text-accent">
                  {String(index + 1).padStart(2, "0")}
                </span>
                <div>
                  <h3 className="font-sans text-lg leading-7 font-semibold">{step.title}</h3>
                  <p className="mt-2 text-muted">{step.body}</p>
                </div>
              </li>
            ))}
          </ol>
          <div className="lg:col-span-6">
            <FindingPreview />
          </div>
        </div>
      </Container>
    </section>
  );
}
