/**
 * Whether a card (or a section of cards) stays on the consolidation page under its filter: it matches
 * the filter, or the consultant settled one of its questions since choosing the filter. Without the
 * second part a card under "Not agreed yet" would vanish, with its confirmation, the moment its agreed
 * answer is recorded, and the consultant would lose their place.
 */
export function staysInView(matches: boolean, questionIds: readonly string[], kept: ReadonlySet<string>): boolean {
  return matches || questionIds.some((id) => kept.has(id));
}

/** The "nothing under this filter" notice shows only while no settled card is being kept on screen. */
export function showsEmptyNotice(matching: number, kept: ReadonlySet<string>): boolean {
  return matching === 0 && kept.size === 0;
}
