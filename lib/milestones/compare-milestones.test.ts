import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { profileView } from "../pdf/test-fixtures";
import type { TReportView } from "../reports/get-report";
import { LEVELS, type TLevel } from "../scoring/levels";
import { compareMilestones, formatDelta, NOT_ASKED, type TComparable } from "./compare-milestones";

function milestone(view: TReportView, number: number): TComparable {
  return {
    id: `m${number}`,
    assessmentId: view.assessment.id,
    number,
    label: `Milestone ${number}`,
    createdAt: `2026-11-2${number}T10:00:00.000Z`,
    reviewTitle: view.assessment.title,
    report: view.report,
    appendix: view.appendix,
  };
}

const ids = (items: { id: string }[]) => items.map((item) => item.id).sort();

describe("compareMilestones on real reports", () => {
  const before = milestone(profileView("fintech-fragile-foundations"), 1);
  const after = milestone(profileView("healthy-routine-checkup"), 2);
  const comparison = compareMilestones(before, after);

  it("compares the overall level and every area by id, with the score's change", () => {
    expect(comparison.overall.before.score).toBe(before.report.overall.score);
    expect(comparison.overall.after.score).toBe(after.report.overall.score);
    expect(comparison.overall.delta).toBe(after.report.overall.score! - before.report.overall.score!);
    // A fragile fintech moving to a routine check-up is an improvement overall.
    expect(comparison.overall.direction).toBe("better");
    expect(comparison.areas.map((area) => area.id)).toEqual(after.report.areas.map((area) => area.id));
    for (const area of comparison.areas) {
      const b = before.report.areas.find((a) => a.id === area.id)!;
      const a = after.report.areas.find((x) => x.id === area.id)!;
      expect(area.before).toEqual({ score: b.score, level: b.level });
      expect(area.after).toEqual({ score: a.score, level: a.level });
      expect(area.delta).toBe(a.score === null || b.score === null ? null : a.score - b.score);
    }
  });

  it("sorts findings into new, resolved, unchanged and severity changed by id", () => {
    const beforeIds = new Set(before.report.findings.map((f) => f.id));
    const afterIds = new Set(after.report.findings.map((f) => f.id));
    expect(ids(comparison.findings.new)).toEqual([...afterIds].filter((id) => !beforeIds.has(id)).sort());
    expect(ids(comparison.findings.resolved)).toEqual([...beforeIds].filter((id) => !afterIds.has(id)).sort());
    expect(comparison.findings.resolved.length).toBeGreaterThan(0);
    expect(comparison.recommendation.before.option).toBe(before.report.recommendation.option);
    expect(comparison.recommendation.after.option).toBe(after.report.recommendation.option);
  });

  it("lists the answers whose wording changed, with both sides", () => {
    expect(comparison.answers.length).toBeGreaterThan(0);
    const beforeText = new Map(before.appendix.flatMap((s) => s.entries).map((e) => [e.questionId, e.answer]));
    const afterText = new Map(after.appendix.flatMap((s) => s.entries).map((e) => [e.questionId, e.answer]));
    for (const change of comparison.answers) {
      expect(change.before).toBe(beforeText.get(change.questionId) ?? NOT_ASKED);
      expect(change.after).toBe(afterText.get(change.questionId) ?? NOT_ASKED);
      expect(change.before).not.toBe(change.after);
    }
  });

  it("finds nothing changed between a milestone and itself", () => {
    const same = compareMilestones(before, { ...before, id: "m9", number: 9 });
    expect(same.findings.new).toEqual([]);
    expect(same.findings.resolved).toEqual([]);
    expect(same.findings.severityChanged).toEqual([]);
    expect(same.answers).toEqual([]);
    expect(same.overall.direction).toBe("same");
    expect(same.recommendation.changed).toBe(false);
  });

  it("marks a finding whose severity moved, with the direction", () => {
    const [first] = before.report.findings;
    const raised: TLevel = first.severity === "critical" ? "low" : "critical";
    const changed = { ...before, report: { ...before.report, findings: before.report.findings.map((f) => (f.id === first.id ? { ...f, severity: raised } : f)) } };
    const result = compareMilestones(before, changed);
    expect(result.findings.severityChanged).toEqual([
      { id: first.id, title: first.title, area: first.area, before: first.severity, after: raised, direction: raised === "critical" ? "worse" : "better" },
    ]);
  });
});

describe("formatDelta", () => {
  it("signs the change and marks what cannot be compared", () => {
    expect([formatDelta(12), formatDelta(-8), formatDelta(0), formatDelta(null)]).toEqual(["+12", "−8", "±0", "—"]);
  });
});

// Small synthetic milestones: six areas, up to eight findings, six questions.
const AREA_IDS = ["load", "database", "foundations", "state", "observability", "team"] as const;
const arbLevel = fc.constantFrom(...LEVELS);
type TScoredValue = { score: number | null; level: TLevel | null };
const arbScored: fc.Arbitrary<TScoredValue> = fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }).chain(
  (score): fc.Arbitrary<TScoredValue> => (score === null ? fc.constant({ score: null, level: null }) : arbLevel.map((level) => ({ score, level }))),
);
const arbComparable: fc.Arbitrary<TComparable> = fc
  .record({
    overall: arbScored,
    areas: fc.tuple(...AREA_IDS.map(() => arbScored)),
    findings: fc.uniqueArray(fc.record({ id: fc.constantFrom("f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8"), severity: arbLevel }), { selector: (f) => f.id, maxLength: 8 }),
    option: fc.constantFrom("full-rewrite", "add-infrastructure", "targeted-refactor", "system-audit"),
    answers: fc.array(fc.option(fc.constantFrom("Yes", "No", "Don't know"), { nil: undefined }), { minLength: 6, maxLength: 6 }),
  })
  .map((r) => ({
    id: "m",
    assessmentId: "a",
    number: 1,
    label: "Milestone",
    createdAt: "2026-11-27T00:00:00.000Z",
    reviewTitle: "Review",
    report: {
      overall: { ...r.overall, summary: "", reasons: [] },
      areas: AREA_IDS.map((id, i) => ({ id, title: id, ...r.areas[i], summary: "", answered: 0, total: 0, unknown: 0, notApplicable: 0, findingIds: [] })),
      findings: r.findings.map((f) => ({ ...f, area: "load", title: `Finding ${f.id}`, explanation: "", evidence: [], actions: [], failureMode: null, diagnostics: [], steps: [] })),
      recommendation: { option: r.option, confidence: "medium", rationale: [], whatWouldChangeIt: [], title: r.option, confidenceReasons: [], alternatives: [] },
    } as TComparable["report"],
    appendix: [
      {
        id: "s",
        title: "Section",
        entries: r.answers.flatMap((answer, i) => (answer === undefined ? [] : [{ questionId: `q${i}`, prompt: `Question ${i}`, answer, note: null, state: "answered" as const }])),
      },
    ],
  }));

describe("compareMilestones properties", () => {
  it("a milestone compared with itself shows no change", () => {
    fc.assert(
      fc.property(arbComparable, (m) => {
        const c = compareMilestones(m, m);
        expect(c.findings.new.length + c.findings.resolved.length + c.findings.severityChanged.length + c.answers.length).toBe(0);
        expect(c.areas.every((area) => area.delta === null || area.delta === 0)).toBe(true);
      }),
    );
  });

  it("every finding of either milestone lands in exactly one group", () => {
    fc.assert(
      fc.property(arbComparable, arbComparable, (a, b) => {
        const c = compareMilestones(a, b);
        const inAfter = [...c.findings.new, ...c.findings.unchanged, ...c.findings.severityChanged].map((f) => f.id).sort();
        const inBefore = [...c.findings.resolved, ...c.findings.unchanged, ...c.findings.severityChanged].map((f) => f.id).sort();
        expect(inAfter).toEqual(ids(b.report.findings));
        expect(inBefore).toEqual(ids(a.report.findings));
      }),
    );
  });

  it("swapping the milestones swaps new and resolved and negates every delta", () => {
    fc.assert(
      fc.property(arbComparable, arbComparable, (a, b) => {
        const forward = compareMilestones(a, b);
        const back = compareMilestones(b, a);
        expect(ids(back.findings.new)).toEqual(ids(forward.findings.resolved));
        expect(ids(back.findings.resolved)).toEqual(ids(forward.findings.new));
        const negated = (delta: number | null) => (delta === null ? null : delta === 0 ? 0 : -delta);
        expect(negated(back.overall.delta)).toBe(forward.overall.delta);
        for (const area of forward.areas) expect(negated(back.areas.find((x) => x.id === area.id)!.delta)).toBe(area.delta);
        expect(back.answers.length).toBe(forward.answers.length);
      }),
    );
  });
});
