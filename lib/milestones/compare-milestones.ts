import type { TAppendixSection } from "../reports/get-report";
import { levelRank, type TLevel } from "../scoring/levels";
import type { TReport } from "../scoring/report-schema";

// Two published milestones side by side: what moved between them. Pure (no Next, React or Prisma), so
// the page, the JSON route and the PDF print the same comparison. Scores are 0-100, higher is more risk:
// a negative delta is an improvement.

/** What a comparison reads of a milestone: its stored report view (only the parts it compares). */
export type TComparable = {
  id: string;
  assessmentId: string;
  number: number;
  label: string;
  createdAt: string;
  reviewTitle: string;
  report: Pick<TReport, "overall" | "areas" | "findings" | "recommendation">;
  appendix: TAppendixSection[];
};

export type TScored = { score: number | null; level: TLevel | null };
/** better: less risk; worse: more; same; unknown when either side was not assessed. */
export type TDirection = "better" | "worse" | "same" | "unknown";
export type TChange = { before: TScored; after: TScored; delta: number | null; direction: TDirection };

export type TComparedFinding = { id: string; title: string; area: string; severity: TLevel };
export type TSeverityChange = { id: string; title: string; area: string; before: TLevel; after: TLevel; direction: "better" | "worse" };

export type TAnswerChange = { questionId: string; prompt: string; section: string; before: string; after: string };

export type TMilestoneRef = Pick<TComparable, "id" | "assessmentId" | "number" | "label" | "createdAt" | "reviewTitle">;

export type TComparison = {
  from: TMilestoneRef;
  to: TMilestoneRef;
  overall: TChange;
  areas: ({ id: string; title: string } & TChange)[];
  findings: { new: TComparedFinding[]; resolved: TComparedFinding[]; unchanged: TComparedFinding[]; severityChanged: TSeverityChange[] };
  recommendation: {
    before: { option: string; title: string; confidence: string };
    after: { option: string; title: string; confidence: string };
    changed: boolean;
  };
  answers: TAnswerChange[];
};

/** Shown for a question one milestone did not ask (hidden by an earlier answer, or not in its bank). */
export const NOT_ASKED = "Not asked";

function change(before: TScored, after: TScored): TChange {
  if (before.score === null || after.score === null) return { before, after, delta: null, direction: "unknown" };
  const delta = after.score - before.score;
  const levelMove = before.level && after.level ? levelRank(after.level) - levelRank(before.level) : 0;
  // The score decides; a level that moves while the score stays (thresholds) still counts.
  const sign = delta !== 0 ? Math.sign(delta) : Math.sign(levelMove);
  return { before, after, delta, direction: sign < 0 ? "better" : sign > 0 ? "worse" : "same" };
}

const scored = (item: { score: number | null; level: TLevel | null }): TScored => ({ score: item.score, level: item.level });

const brief = (finding: TReport["findings"][number]): TComparedFinding => ({
  id: finding.id,
  title: finding.title,
  area: finding.area,
  severity: finding.severity,
});

/** Worst first, then by title, so a list reads the same on screen and on paper. */
function worstFirst<T extends { title: string }>(items: T[], level: (item: T) => TLevel): T[] {
  return [...items].sort((a, b) => levelRank(level(b)) - levelRank(level(a)) || a.title.localeCompare(b.title));
}

function answersByQuestion(appendix: TAppendixSection[]): Map<string, { prompt: string; section: string; answer: string }> {
  const map = new Map<string, { prompt: string; section: string; answer: string }>();
  for (const section of appendix) {
    for (const entry of section.entries) map.set(entry.questionId, { prompt: entry.prompt, section: section.title, answer: entry.answer });
  }
  return map;
}

/**
 * Everything that changed from one milestone to another: the overall level and score, each area
 * (matched by area id, in the later milestone's order), findings by id (new, resolved, unchanged, or
 * with another severity), the recommended path, and every answer whose wording changed (notes are not
 * compared). Answers are read from each milestone's appendix, so a question is compared as it was asked.
 */
export function compareMilestones(from: TComparable, to: TComparable): TComparison {
  const beforeAreas = new Map(from.report.areas.map((area) => [area.id, area]));
  const afterIds = new Set(to.report.areas.map((area) => area.id));
  const empty: TScored = { score: null, level: null };
  const areas = [
    ...to.report.areas.map((area) => ({ id: area.id as string, title: area.title, ...change(beforeAreas.has(area.id) ? scored(beforeAreas.get(area.id)!) : empty, scored(area)) })),
    ...from.report.areas.filter((area) => !afterIds.has(area.id)).map((area) => ({ id: area.id as string, title: area.title, ...change(scored(area), empty) })),
  ];

  const beforeFindings = new Map(from.report.findings.map((finding) => [finding.id, finding]));
  const afterFindings = new Map(to.report.findings.map((finding) => [finding.id, finding]));
  const added: TComparedFinding[] = [];
  const unchanged: TComparedFinding[] = [];
  const severityChanged: TSeverityChange[] = [];
  for (const finding of afterFindings.values()) {
    const before = beforeFindings.get(finding.id);
    if (!before) added.push(brief(finding));
    else if (before.severity === finding.severity) unchanged.push(brief(finding));
    else {
      const direction = levelRank(finding.severity) < levelRank(before.severity) ? "better" : "worse";
      severityChanged.push({ id: finding.id, title: finding.title, area: finding.area, before: before.severity, after: finding.severity, direction });
    }
  }
  const resolved = [...beforeFindings.values()].filter((finding) => !afterFindings.has(finding.id)).map(brief);

  const beforeAnswers = answersByQuestion(from.appendix);
  const afterAnswers = answersByQuestion(to.appendix);
  const answers: TAnswerChange[] = [];
  for (const [questionId, after] of afterAnswers) {
    const before = beforeAnswers.get(questionId);
    if (before?.answer !== after.answer) answers.push({ questionId, prompt: after.prompt, section: after.section, before: before?.answer ?? NOT_ASKED, after: after.answer });
  }
  for (const [questionId, before] of beforeAnswers) {
    if (!afterAnswers.has(questionId)) answers.push({ questionId, prompt: before.prompt, section: before.section, before: before.answer, after: NOT_ASKED });
  }

  const path = (recommendation: TReport["recommendation"]) => ({ option: recommendation.option, title: recommendation.title, confidence: recommendation.confidence });
  return {
    from: ref(from),
    to: ref(to),
    overall: change(scored(from.report.overall), scored(to.report.overall)),
    areas,
    findings: {
      new: worstFirst(added, (f) => f.severity),
      resolved: worstFirst(resolved, (f) => f.severity),
      unchanged: worstFirst(unchanged, (f) => f.severity),
      severityChanged: worstFirst(severityChanged, (f) => f.after),
    },
    recommendation: {
      before: path(from.report.recommendation),
      after: path(to.report.recommendation),
      changed: from.report.recommendation.option !== to.report.recommendation.option,
    },
    answers,
  };
}

function ref(milestone: TComparable): TMilestoneRef {
  const { id, assessmentId, number, label, createdAt, reviewTitle } = milestone;
  return { id, assessmentId, number, label, createdAt, reviewTitle };
}

/** "+12", "−8", "±0", or an em dash when either side was not assessed. */
export function formatDelta(delta: number | null): string {
  if (delta === null) return "—";
  if (delta === 0) return "±0";
  return delta > 0 ? `+${delta}` : `−${Math.abs(delta)}`;
}

export const DIRECTION_LABEL: Record<TDirection, string> = {
  better: "Less risk",
  worse: "More risk",
  same: "No change",
  unknown: "Not comparable",
};
