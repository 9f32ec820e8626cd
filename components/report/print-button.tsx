"use client";

import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog; the report's print styles turn the page into a clean document. */
export function PrintButton() {
  return (
    <Button variant="secondary" size="sm" onClick={() => window.print()}>
      <svg viewBox="0 0 16 16" aria-hidden="true" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.4">
        <path d="M4.5 6V1.75h7V6M4.5 12H2.25V6h11.5v6H11.5" strokeLinejoin="round" />
        <path d="M4.5 9.5h7v4.75h-7z" strokeLinejoin="round" />
      </svg>
      Print
    </Button>
  );
}
