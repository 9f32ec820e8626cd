/** A place in a text, as editors count: both 1-based, columns in characters. */
export type TTextPosition = { line: number; column: number };

/** Converts offsets in one text to line and column; builds its line index once. */
export function textPositions(text: string): (offset: number) => TTextPosition {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= at) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: at - starts[low] + 1 };
  };
}
