import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { compareMilestones, type TComparable } from "../milestones/compare-milestones";
import { levelThresholds } from "./format";
import { renderComparisonPdf } from "./comparison-render";
import { profileView } from "./test-fixtures";

function comparable(name: string, number: number): TComparable {
  const view = profileView(name, { title: "Northwind platform review" });
  return { id: `m${number}`, assessmentId: view.assessment.id, number, label: `Milestone ${number} — before the migration`, createdAt: `2026-11-2${number}T10:00:00.000Z`, reviewTitle: view.assessment.title, report: view.report, appendix: view.appendix };
}

describe("renderComparisonPdf", () => {
  it("prints both milestones, every area and the new and resolved findings as text", async () => {
    const before = comparable("fintech-fragile-foundations", 1);
    const after = comparable("healthy-routine-checkup", 2);
    const comparison = compareMilestones(before, after);
    const pdf = await renderComparisonPdf({
      comparison,
      review: { title: "Northwind platform review", organization: "Northwind Invoicing" },
      thresholds: levelThresholds(profileView("healthy-routine-checkup").report.legend.levels),
      paper: "A4",
    });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const dir = mkdtempSync(path.join(tmpdir(), "comparison-"));
    const file = path.join(dir, "comparison.pdf");
    writeFileSync(file, pdf);
    const text = execFileSync("pdftotext", ["-layout", file, "-"]).toString().replace(/\s+/g, " ");
    expect(text.toLowerCase()).toContain("milestone comparison");
    if (process.env.COMPARISON_PDF_OUT) writeFileSync(process.env.COMPARISON_PDF_OUT, pdf);
    for (const area of comparison.areas) expect(text).toContain(area.title);
    expect(text).toContain(`New (${comparison.findings.new.length})`);
    expect(text).toContain(`Resolved (${comparison.findings.resolved.length})`);
    for (const finding of comparison.findings.resolved) expect(text).toContain(finding.title.slice(0, 30));
    expect(text).toContain("Answers that changed");
  }, 60_000);
});
