/** A native select in the field style; pair it with <SelectChevron /> inside a `relative` wrapper. */
export const SELECT_CLASSES =
  "w-full appearance-none rounded-md border border-line-strong/70 bg-surface pr-9 pl-3 text-ink " +
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent";
