import { Container } from "@/components/ui/container";
import { RiskBadge } from "@/components/ui/risk-badge";
import type { RiskLevel } from "@/components/ui/risk-levels";
import { SectionHeading } from "./section-heading";

// The article's comparison of the four paths, in our words.
const PATHS: {
  title: string;
  body: string;
  relief: string;
  risk: { level: RiskLevel; label: string };
  when: string;
}[] = [
  {
    title: "Full rewrite",
    body: "Start over. It feels like progress, and tends to carry the same unexamined assumptions into new code.",
    relief: "Emotional",
    risk: { level: "critical", label: "Very high" },
    when: "Rarely",
  },
  {
    title: "Add infrastructure",
    body: "More servers, caches or queues. It buys time, and is what teams reach for when they misread where load comes from.",
    relief: "Temporary",
    risk: { level: "medium", label: "Medium" },
    when: "Once load is understood",
  },
  {
    title: "Targeted refactor",
    body: "Fix the few decisions that actually limit scale, such as isolating a workload or externalising state, and leave the rest alone.",
    relief: "Moderate",
    risk: { level: "low", label: "Low" },
    when: "Most cases",
  },
  {
    title: "System audit",
    body: "Map what limits scale, which decisions are reversible and where a fix buys the most headroom, before committing to anything.",
    relief: "High",
    risk: { level: "low", label: "Lowest" },
    when: "Before a major change",
  },
];

export function Paths() {
  return (
    <section id="paths" aria-labelledby="paths-title" className="border-t border-line bg-surface">
      <Container width="wide" className="py-20 sm:py-28">
        <SectionHeading id="paths-title" eyebrow="The recommendation" title="Four ways forward, and when each one makes sense">
          <p>
            Under pressure, teams reach for the most dramatic option. Faultline weighs all four against your answers
            and recommends one, with how confident it is and what would change its mind.
          </p>
        </SectionHeading>

        <ul className="mt-14 grid gap-5 sm:mt-16 sm:grid-cols-2 xl:grid-cols-4">
          {PATHS.map((path) => (
            <li key={path.title} className="flex flex-col rounded-lg border border-line bg-bg p-6 sm:p-7">
              <h3 className="text-heading">{path.title}</h3>
              <p className="mt-3 text-[0.9375rem] text-muted">{path.body}</p>
              <dl className="mt-auto pt-7 text-[0.9375rem]">
                <div className="flex items-baseline justify-between gap-4 border-t border-line py-3">
                  <dt className="text-muted">Short-term relief</dt>
                  <dd className="text-right font-medium">{path.relief}</dd>
                </div>
                <div className="flex items-center justify-between gap-4 border-t border-line py-3">
                  <dt className="text-muted">Long-term risk</dt>
                  <dd>
                    <RiskBadge level={path.risk.level} label={path.risk.label} size="sm" />
                  </dd>
                </div>
                <div className="border-t border-line pt-3">
                  <dt className="text-muted">When it makes sense</dt>
                  <dd className="mt-1 font-serif text-lg leading-snug font-semibold">{path.when}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>

        <p className="mt-10 max-w-3xl text-muted">
          Faultline can recommend any of the four. The report names the answers that led there, and the smallest
          change in them that would tip it towards another path.
        </p>
      </Container>
    </section>
  );
}
