import { Container } from "@/components/ui/container";

/** The article's starting point, in a sentence a CTO will recognise. */
export function Premise() {
  return (
    <section aria-labelledby="premise-title" className="border-t border-line">
      <Container width="wide" className="grid gap-8 py-20 sm:py-28 lg:grid-cols-12 lg:gap-12">
        <h2 id="premise-title" className="text-title lg:col-span-5">
          Backends rarely fail with a crash. They fail quietly.
        </h2>
        <div className="space-y-5 text-lead text-muted lg:col-span-6 lg:col-start-7 lg:pt-2">
          <p>
            Deploys slow down, incidents repeat, small changes take a week, and confidence drains away long before
            traffic explodes. By then the pressure is on to rewrite everything.
          </p>
          <p>
            A review tells you what is actually limiting scale, which decisions can still be reversed, and where a
            targeted fix would buy the most headroom.
          </p>
        </div>
      </Container>
    </section>
  );
}
