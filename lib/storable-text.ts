/**
 * Whether PostgreSQL can store a string exactly as given: `text` and `jsonb` refuse U+0000, `jsonb`
 * refuses a lone surrogate and `text` would silently turn one into U+FFFD. Every string an API client
 * sends for storage is checked with this, so such input is a 422 naming the field instead of a 500.
 */
export function isStorableText(value: string): boolean {
  return !value.includes("\u0000") && value.isWellFormed();
}

export const STORABLE_TEXT_MESSAGE = "Remove the U+0000 character or broken Unicode from this text";
