import { Container } from "@/components/ui/container";

/** While the report is computed from the latest answers: the cover's outline, calm and still. */
export default function Loading() {
  return (
    <div aria-busy="true">
      <div className="border-b border-line bg-surface">
        <Container width="wide" className="pt-10 pb-12 sm:pt-14">
          <p className="eyebrow text-muted" role="status">
            Preparing your report…
          </p>
          <div aria-hidden="true" className="mt-6 h-14 max-w-xl rounded-md bg-sunken" />
          <div aria-hidden="true" className="mt-4 h-6 max-w-xs rounded-md bg-sunken" />
        </Container>
      </div>
      <Container width="wide" className="py-12 sm:py-16">
        <div aria-hidden="true" className="h-80 rounded-lg border border-line bg-surface" />
      </Container>
    </div>
  );
}
