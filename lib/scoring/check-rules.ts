import { listQuestions } from "../questionnaire/find-question";
import type { TPathSegment } from "../questionnaire/format-issues";
import type { TQuestionnaire } from "../questionnaire/schema";
import { levelRank } from "./levels";
import { checkRuleCondition, PLACES, type TCheckScope, type TReportIssue } from "./check-rule-condition";
import { PATH_IDS, type TRules } from "./rules-schema";

/**
 * The rules that span the rules and the bank: every id a rule names exists, conditions fit their
 * questions, ids are unique, severities are listed from worst to mildest and only rise with risk.
 */
export function checkRules(rules: TRules, questionnaire: TQuestionnaire, report: TReportIssue): void {
  const { key, version } = rules.questionnaire;
  if (key !== questionnaire.key || version !== questionnaire.version) {
    report(["questionnaire"], `These rules are for ${key}@${version}, not ${questionnaire.key}@${questionnaire.version}`);
  }
  const questions = new Map(listQuestions(questionnaire).map((located) => [located.question.id, located]));
  const scope: TCheckScope = {
    questions,
    contexts: new Set(rules.contexts.map((c) => c.id)),
    findings: new Set(rules.findings.map((f) => f.id)),
  };
  const diagnostics = new Set(questionnaire.diagnostics.map((d) => d.id));
  const failureModes = new Set(rules.failureModes.map((m) => m.id));

  checkUnique(rules.findings.map((f) => f.id), ["findings"], "finding id", report);
  checkUnique(rules.contexts.map((c) => c.id), ["contexts"], "context id", report);
  checkUnique(rules.failureModes.map((m) => m.id), ["failureModes"], "failure mode id", report);
  checkUnique(rules.loadShape.questions.map((q) => q.id), ["loadShape", "questions"], "load-shape id", report);

  rules.contexts.forEach((context, i) =>
    checkRuleCondition(context.when, ["contexts", i, "when"], PLACES.context, scope, report),
  );

  const scoredQuestion = (id: string, path: TPathSegment[]) => {
    const found = questions.get(id);
    if (!found) report(path, `Unknown question "${id}"`);
    else if (!found.section.scored || found.question.type === "text") report(path, `"${id}" is not scored`);
    return found;
  };
  rules.weightAdjustments.forEach((adjustment, i) => scoredQuestion(adjustment.question, ["weightAdjustments", i, "question"]));
  rules.hiddenQuestions.implied.forEach((implied, i) => {
    const path = ["hiddenQuestions", "implied", i];
    const found = scoredQuestion(implied.question, [...path, "question"]);
    if (found && !found.question.showIf) report([...path, "question"], `"${implied.question}" is never hidden`);
    if (found && found.question.type === "single" && !found.question.choices.some((c) => c.id === implied.value)) {
      report([...path, "value"], `"${implied.value}" is not a choice of "${implied.question}"`);
    } else if (found && found.question.type !== "single") {
      report([...path, "question"], "Only a single-choice question can have an implied answer");
    }
    checkRuleCondition(implied.when, [...path, "when"], PLACES.implied, scope, report);
  });

  rules.findings.forEach((finding, i) => {
    const path: TPathSegment[] = ["findings", i];
    finding.diagnostics.forEach((d, k) => {
      if (!diagnostics.has(d)) report([...path, "diagnostics", k], `Unknown diagnostic "${d}"`);
    });
    if (finding.failureMode && !failureModes.has(finding.failureMode)) {
      report([...path, "failureMode"], `Unknown failure mode "${finding.failureMode}"`);
    }
    checkRuleCondition(finding.when, [...path, "when"], PLACES.finding, scope, report);
    finding.severity.forEach((rule, k) => {
      const at = [...path, "severity", k];
      const last = k === finding.severity.length - 1;
      if (last && rule.when) report([...at, "when"], "The last severity rule is the default: leave out its `when`");
      if (!last && !rule.when) report(at, "Only the last severity rule may leave out `when`");
      if (k > 0 && levelRank(rule.level) > levelRank(finding.severity[k - 1].level)) {
        report([...at, "level"], "List severity rules from the most to the least severe");
      }
      if (rule.when) checkRuleCondition(rule.when, [...at, "when"], PLACES.finding, scope, report);
    });
    if (!finding.actions.some((action) => !action.when)) {
      report([...path, "actions"], "Give at least one action that applies to every team (no `when`)");
    }
    finding.actions.forEach((action, k) => {
      if (action.when) checkRuleCondition(action.when, [...path, "actions", k, "when"], PLACES.action, scope, report);
    });
  });

  rules.confidence.caps.forEach((cap, i) =>
    checkRuleCondition(cap.when, ["confidence", "caps", i, "when"], PLACES.confidence, scope, report),
  );
  rules.loadShape.questions.forEach((entry, i) =>
    entry.sources.forEach((source, k) => {
      if (!questions.has(source.question)) {
        report(["loadShape", "questions", i, "sources", k, "question"], `Unknown question "${source.question}"`);
      }
    }),
  );
  checkRecommendation(rules, scope, report);
}

function checkRecommendation(rules: TRules, scope: TCheckScope, report: TReportIssue): void {
  const { paths, options, tieOrder } = rules.recommendation;
  for (const [field, ids] of [["paths", paths.map((p) => p.id)], ["options", options.map((o) => o.id)], ["tieOrder", tieOrder]] as const) {
    const missing = PATH_IDS.filter((id) => !ids.includes(id));
    if (missing.length > 0) report(["recommendation", field], `Each of the four paths exactly once; missing ${missing.join(", ")}`);
  }
  if (options.every((option) => option.requires.length > 0)) {
    report(["recommendation", "options"], "At least one option must have no requirements, so there is always a recommendation");
  }
  options.forEach((option, i) => {
    const path: TPathSegment[] = ["recommendation", "options", i];
    option.requires.forEach((requirement, k) =>
      checkRuleCondition(requirement.when, [...path, "requires", k, "when"], PLACES.recommendation, scope, report),
    );
    option.signals.forEach((signal, k) =>
      checkRuleCondition(signal.when, [...path, "signals", k, "when"], PLACES.recommendation, scope, report),
    );
  });
}

function checkUnique(ids: string[], path: TPathSegment[], what: string, report: TReportIssue): void {
  const seen = new Map<string, number>();
  ids.forEach((id, index) => {
    const first = seen.get(id);
    if (first !== undefined) report([...path, index, "id"], `Duplicate ${what} "${id}" (also at index ${first})`);
    else seen.set(id, index);
  });
}
