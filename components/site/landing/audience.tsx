import { Container } from "@/components/ui/container";
import { SectionHeading } from "./section-heading";

const AUDIENCES = [
  {
    title: "A CTO, on their own",
    body: "Start in a minute, without an account. Answer over a few sittings, on any device, through a private link that brings you back to where you stopped.",
    points: [
      "Read the report on screen or download it as a PDF",
      "Share a read-only link with your board, investors or team",
      "Revoke the link when it has done its job",
    ],
  },
  {
    title: "A consultant, with the client's team",
    body: "Invite the CTO and senior engineers to answer separately, then settle one agreed answer per question in a live session, one question at a time.",
    points: [
      "Where the team's answers diverge, that is a finding in itself",
      "Add notes, and adjust a finding with a written justification",
      "Publish the report, and compare it with a re-review months later",
    ],
  },
];

export function Audience() {
  return (
    <section aria-labelledby="audience-title" className="border-t border-line">
      <Container width="wide" className="py-20 sm:py-28">
        <SectionHeading id="audience-title" eyebrow="Who it's for" title="For whoever has to choose the path" />
        <div className="mt-14 grid gap-12 sm:mt-16 md:grid-cols-2 md:gap-16">
          {AUDIENCES.map((audience) => (
            <div key={audience.title} className="border-l-2 border-accent pl-6 sm:pl-8">
              <h3 className="text-heading">{audience.title}</h3>
              <p className="mt-3 text-muted">{audience.body}</p>
              <ul className="mt-6 space-y-2.5">
                {audience.points.map((point) => (
                  <li key={point} className="flex gap-3">
                    <span aria-hidden="true" className="mt-[0.7em] h-px w-3 shrink-0 bg-ink" />
                    <span>{point}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </Container>
    </section>
  );
}
