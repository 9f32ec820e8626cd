/**
 * First focusable element on every page: jumps past the header to <main id="main">. Parked above
 * the viewport (still in the accessibility tree) and slides in when focused.
 */
export function SkipLink() {
  return (
    <a
      href="#main"
      className="fixed top-3 left-3 z-50 -translate-y-24 rounded-md bg-accent px-4 py-2.5 font-medium text-accent-ink no-underline shadow-sheet focus:translate-y-0"
    >
      Skip to content
    </a>
  );
}
