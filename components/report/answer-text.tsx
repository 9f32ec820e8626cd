import { splitChoices } from "./report-format";

/** An answer in words; several choices become a short list so each reads on its own line. */
export function AnswerText({ answer, className = "" }: { answer: string; className?: string }) {
  const choices = splitChoices(answer);
  if (choices.length === 1) return <span className={className}>{answer}</span>;
  return (
    <ul className={`grid gap-1 ${className}`}>
      {choices.map((choice) => (
        <li key={choice} className="flex gap-2">
          <span aria-hidden="true" className="mt-[0.7em] h-px w-2 shrink-0 bg-current opacity-60" />
          <span>{choice}</span>
        </li>
      ))}
    </ul>
  );
}
