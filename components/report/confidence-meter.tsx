const FILLED = { low: 1, medium: 2, high: 3 } as const;

/** Three ticks, filled up to the confidence. Decorative: the word always goes beside it. */
export function ConfidenceMeter({ confidence }: { confidence: keyof typeof FILLED }) {
  return (
    <span aria-hidden="true" className="inline-flex items-end gap-0.5">
      {[1, 2, 3].map((tick) => (
        <span
          key={tick}
          className={`w-1.5 rounded-[1px] ${tick <= FILLED[confidence] ? "bg-ink" : "bg-line-strong/40"}`}
          style={{ height: `${6 + tick * 4}px` }}
        />
      ))}
    </span>
  );
}
