import Link from "next/link";

/**
 * The mark: three strata cut by a fault, the right-hand block slipped down by half a layer. The left
 * block takes the text colour, the slipped block the accent, so it works on either theme.
 */
export function FaultlineMark({ className = "" }: { className?: string }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className={className}>
      <path fill="currentColor" d="M4 2.5H14L13 6.5H4ZM4 8.5H12.5L11.5 12.5H4ZM4 14.5H11L10 18.5H4Z" />
      <path
        className="fill-accent"
        d="M14.75 5.5H20V9.5H13.75ZM13.25 11.5H20V15.5H12.25ZM11.75 17.5H20V21.5H10.75Z"
      />
    </svg>
  );
}

/** "Faultline" with its mark, linking home. */
export function Wordmark({ className = "" }: { className?: string }) {
  return (
    <Link
      href="/"
      className={`inline-flex items-center gap-2.5 rounded-sm text-ink no-underline ${className}`}
    >
      <FaultlineMark className="size-6" />
      <span className="font-serif text-[1.3125rem] leading-none font-semibold tracking-[-0.01em]">Faultline</span>
    </Link>
  );
}
