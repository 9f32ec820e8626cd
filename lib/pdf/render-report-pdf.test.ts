import { describe, expect, it } from "vitest";

import { renderReportPdf } from "./render-report-pdf";
import { profileView } from "./test-fixtures";

// The PDF's content, paper sizes and looks are checked with poppler in tests/integration/pdf.test.ts;
// here only what needs no external tool.
describe("renderReportPdf", { timeout: 120_000 }, () => {
  const view = profileView("healthy-routine-checkup", { whatWouldChangeIt: false });

  it("renders a PDF document on either paper", async () => {
    for (const paper of ["A4", "LETTER"] as const) {
      const pdf = await renderReportPdf(view, { paper });
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(pdf.length).toBeGreaterThan(10_000);
    }
  });

  it("gives the same bytes for the same review", async () => {
    const [a, b] = [await renderReportPdf(view, { paper: "A4" }), await renderReportPdf(view, { paper: "A4" })];
    expect(a.equals(b)).toBe(true);
  });
});
