import type { TLevel } from "./levels";
import type { TReport } from "./report-schema";

// The report as a consultant's written summary, for the CLI (and anything else that wants text).
// Every number says what it means; levels are always written out, never shown by colour alone.

const LEVEL: Record<TLevel, string> = { low: "Low", medium: "Medium", high: "High", critical: "Critical" };
const HORIZON = { now: "Now", next: "Next", later: "Later" } as const;

export function renderMarkdown(report: TReport): string {
  const lines: string[] = [];
  const add = (...more: string[]) => lines.push(...more);
  const level = (l: TLevel | null) => (l ? LEVEL[l] : "Not assessed");
  const score = (s: number | null) => (s === null ? "–" : `${s}/100`);

  add(`# ${report.questionnaire.title}: findings and recommendation`, "");
  add(`*Questionnaire ${report.questionnaire.key}@${report.questionnaire.version}. ${report.coverage.summary}*`, "");

  const rec = report.recommendation;
  add(`## Recommendation: ${rec.title} (confidence: ${rec.confidence})`, "");
  rec.rationale.forEach((line) => add(`- ${line}`));
  add("", `**How sure we are.** ${rec.confidenceReasons.join(" ")}`, "");
  if (rec.whatWouldChangeIt.length > 0) {
    add("**What would change this recommendation**", "");
    rec.whatWouldChangeIt.forEach((line) => add(`- ${line}`));
    add("");
  }

  add(`## Overall risk: ${level(report.overall.level)} (${score(report.overall.score)})`, "", report.overall.summary, "");
  report.overall.reasons.forEach((line) => add(`- ${line}`));
  add("", `**Urgency: ${level(report.urgency.level)} (${score(report.urgency.score)}).** ${report.urgency.summary}`, "");

  add("## Risk by area", "", "Scores run from 0 (no sign of risk) to 100 (the worst answer to every question).", "");
  add("| Area | Level | Score | Answered | Don't know | Findings |", "|---|---|---|---|---|---|");
  for (const area of report.areas) {
    add(`| ${area.title} | ${level(area.level)} | ${score(area.score)} | ${area.answered} of ${area.total} | ${area.unknown} | ${area.findingIds.length} |`);
  }
  add("");

  add("## Load shape", "", "The article's four questions about how load behaves, answered from your answers.", "");
  for (const item of report.loadShape) {
    const state = item.state === "unknown" ? " *(unknown)*" : item.state === "partial" ? " *(partly answered)*" : "";
    add(`- **${item.question}**${state} ${item.answer}`);
  }
  add("");

  add(`## Findings (${report.findings.length}, most severe first)`, "");
  if (report.findings.length === 0) add("No findings: nothing in the answers matches a known scaling mistake.", "");
  for (const finding of report.findings) {
    const area = report.areas.find((a) => a.id === finding.area)?.title ?? finding.area;
    const mode = finding.failureMode ? ` · failure mode: ${finding.failureMode.label}` : "";
    add(`### ${LEVEL[finding.severity]}: ${finding.title}`, "", `*${area}${mode} · \`${finding.id}\`*`, "", finding.explanation, "");
    add("Because you answered:");
    finding.evidence.forEach((e) => add(`- ${e.prompt} → *${e.answer}*`));
    add("", "What to do:");
    finding.steps.forEach((s) => add(`- (${HORIZON[s.horizon]}) ${s.action}`));
    add("");
  }

  add("## Improvement plan", "");
  for (const horizon of ["now", "next", "later"] as const) {
    const steps = report.plan.filter((step) => step.horizon === horizon);
    if (steps.length === 0) continue;
    add(`### ${HORIZON[horizon]}`, "");
    steps.forEach((step, i) => add(`${i + 1}. ${step.action} *(${LEVEL[step.severity]}; ${step.findingIds.join(", ")})*`));
    add("");
  }

  add("## The four paths", "", "The article's comparison, with our verdict for your team.", "");
  add("| Path | Short-term relief | Long-term risk | When it makes sense | Verdict |", "|---|---|---|---|---|");
  for (const path of report.paths) {
    add(`| ${path.chosen ? `**${path.title}** (recommended)` : path.title} | ${path.shortTermRelief} | ${path.longTermRisk} | ${path.whenItMakesSense} | ${path.why.replace(/\|/g, "/")} |`);
  }
  add("");

  if (report.respondents && report.respondents.disagreements.length > 0) {
    add(`## Where the ${report.respondents.count} respondents disagreed`, "");
    report.respondents.disagreements.forEach((d) => add(`- ${d.prompt}: ${d.answers.map((a) => `*${a}*`).join(" / ")}`));
    add("");
  }
  add("---", "", `*${report.legend.score} ${report.legend.levels} ${report.legend.fit}*`, "");
  return lines.join("\n");
}
