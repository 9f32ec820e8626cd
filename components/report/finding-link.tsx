import { findingAnchor, type TFindingRefs } from "./report-format";

/** "F3", linking to the finding; its title is read aloud and shown on hover. */
export function FindingLink({ findingId, refs }: { findingId: string; refs: TFindingRefs }) {
  const ref = refs.get(findingId);
  if (!ref) return null;
  return (
    <a
      href={`#${findingAnchor(findingId)}`}
      title={ref.finding.title}
      className="inline-flex items-center rounded-[4px] border border-line-strong/50 px-1.5 font-mono text-xs leading-5 text-accent no-underline hover:border-accent print:text-ink"
    >
      {ref.number}
      <span className="sr-only">: {ref.finding.title}</span>
    </a>
  );
}

/** Text from the scoring that names findings by id ("… (db-queue, load-jobs) …"), with each id as its reference. */
export function WithFindingRefs({ text, refs }: { text: string; refs: TFindingRefs }) {
  const ids = [...refs.keys()].sort((a, b) => b.length - a.length);
  if (ids.length === 0) return <>{text}</>;
  const pattern = new RegExp(`\\b(${ids.map((id) => id.replace(/[-]/g, "\\-")).join("|")})\\b`, "g");
  const parts = text.split(pattern);
  return (
    <>
      {parts.map((part, i) => (i % 2 === 1 ? <FindingLink key={i} findingId={part} refs={refs} /> : part))}
    </>
  );
}
