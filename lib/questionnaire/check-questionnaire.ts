import { checkCondition, type TReport } from "./check-condition";
import { formatPath, type TPathSegment } from "./format-issues";
import { conditionSatisfiability, MAX_COMBINATIONS } from "./reachability";
import type { TQuestion, TQuestionnaire, TSection } from "./schema";

/**
 * The rules that span several fields of a bank, reported with the path of the field to fix. Risk data
 * (choice risks, weights, unknownRisk, a scale's riskyEnd, a number's bands) belongs in scored
 * sections and nowhere else, so that "has a risk" and "is scored" can never disagree.
 */
export function checkQuestionnaire(questionnaire: TQuestionnaire, report: TReport): void {
  checkUnique(questionnaire.diagnostics.map((d) => d.id), "diagnostics", "diagnostic id", report);
  checkUnique(questionnaire.sections.map((s) => s.id), "sections", "section id", report);

  const allIds = new Set(questionnaire.sections.flatMap((s) => s.questions.map((q) => q.id)));
  const declared = new Set(questionnaire.diagnostics.map((d) => d.id));
  const earlier = new Map<string, TQuestion>();
  const firstPath = new Map<string, TPathSegment[]>();
  const areaPath = new Map<string, TPathSegment[]>();
  const probed = new Set<string>();

  questionnaire.sections.forEach((section, s) => {
    const sectionPath: TPathSegment[] = ["sections", s];
    checkSectionScoring(section, sectionPath, areaPath, report);

    section.questions.forEach((question, k) => {
      const path: TPathSegment[] = [...sectionPath, "questions", k];
      if (!question.id.startsWith(`${section.id}.`)) {
        report([...path, "id"], `Question id "${question.id}" must start with "${section.id}."`);
      }
      const first = firstPath.get(question.id);
      if (first) {
        report([...path, "id"], `Duplicate question id "${question.id}" (also at ${formatPath(first)})`);
      }
      checkQuestionRisk(question, section.scored, path, report);
      checkProbes(question, section.scored, declared, path, report);
      if (section.scored && question.type !== "text") question.probes.forEach((p) => probed.add(p));

      if (question.showIf) {
        const showIfPath = [...path, "showIf"];
        const wellFormed = checkCondition(question.showIf, showIfPath, earlier, allIds, report);
        if (wellFormed) {
          const result = conditionSatisfiability(question.showIf, earlier);
          if (result === "unsatisfiable") {
            report(showIfPath, "No combination of earlier answers makes this condition true");
          } else if (result === "too-complex") {
            report(showIfPath, `Too many combinations to check (over ${MAX_COMBINATIONS}); simplify`);
          }
        }
      }
      if (!first) {
        firstPath.set(question.id, path);
        earlier.set(question.id, question);
      }
    });
  });

  questionnaire.diagnostics.forEach((diagnostic, i) => {
    if (!probed.has(diagnostic.id)) {
      report(["diagnostics", i], `Diagnostic "${diagnostic.id}" is not probed by any scored question`);
    }
  });
}

function checkUnique(ids: string[], field: string, what: string, report: TReport): void {
  const seen = new Map<string, number>();
  ids.forEach((id, index) => {
    const first = seen.get(id);
    if (first !== undefined) {
      report([field, index, "id"], `Duplicate ${what} "${id}" (also at ${field}[${first}])`);
    } else {
      seen.set(id, index);
    }
  });
}

function checkSectionScoring(
  section: TSection,
  path: TPathSegment[],
  areaPath: Map<string, TPathSegment[]>,
  report: TReport,
): void {
  if (!section.scored) {
    if (section.measures !== undefined) report([...path, "measures"], "An unscored section measures nothing");
    if (section.area !== undefined) report([...path, "area"], "An unscored section has no area");
    return;
  }
  if (section.measures === undefined) {
    report([...path, "measures"], 'A scored section says what it measures: "risk" or "urgency"');
  } else if (section.measures === "risk" && section.area === undefined) {
    report([...path, "area"], "A section that measures risk names its area");
  } else if (section.measures === "urgency" && section.area !== undefined) {
    report([...path, "area"], "An urgency section belongs to no area");
  }
  if (section.area !== undefined) {
    const first = areaPath.get(section.area);
    if (first) report([...path, "area"], `Area "${section.area}" is already covered by ${formatPath(first)}`);
    else areaPath.set(section.area, path);
  }
}

function checkQuestionRisk(
  question: TQuestion,
  scored: boolean,
  path: TPathSegment[],
  report: TReport,
): void {
  const needsRisk = scored && question.type !== "text";
  const where = scored ? "a text question" : "an unscored section";

  if (needsRisk && question.weight === undefined) {
    report([...path, "weight"], "A scored question needs a weight (1-3)");
  } else if (!needsRisk && question.weight !== undefined) {
    report([...path, "weight"], `A weight has no meaning in ${where}`);
  }

  if (question.type === "text" && question.allowUnknown) {
    report([...path, "allowUnknown"], "A text question cannot be answered \"don't know\"");
  }
  if (question.unknownRisk !== undefined && !question.allowUnknown) {
    report([...path, "unknownRisk"], "unknownRisk is set but allowUnknown is not");
  } else if (question.unknownRisk !== undefined && !needsRisk) {
    report([...path, "unknownRisk"], `unknownRisk has no meaning in ${where}`);
  } else if (needsRisk && question.allowUnknown && question.unknownRisk === undefined) {
    report([...path, "unknownRisk"], "A scored question that allows \"don't know\" needs an unknownRisk");
  }

  switch (question.type) {
    case "single":
    case "multi":
      checkUnique(question.choices.map((c) => c.id), "choices", "choice id", (at, message) =>
        report([...path, ...at], message),
      );
      question.choices.forEach((choice, c) => {
        const choicePath = [...path, "choices", c];
        if (scored && choice.risk === undefined) {
          report([...choicePath, "risk"], `Choice "${choice.id}" needs a risk (0 healthy to 1 worst)`);
        } else if (!scored && choice.risk !== undefined) {
          report([...choicePath, "risk"], "A choice in an unscored section carries no risk");
        }
        if (question.type === "single" && choice.exclusive !== undefined) {
          report([...choicePath, "exclusive"], "Only a multi question has exclusive choices");
        }
      });
      return;
    case "scale":
      if (question.min >= question.max) report([...path, "max"], "max must be greater than min");
      else if (question.max - question.min > 10) report([...path, "max"], "A scale has at most 11 points");
      if (scored && question.riskyEnd === undefined) {
        report([...path, "riskyEnd"], 'A scored scale says which end is risky: "min" or "max"');
      } else if (!scored && question.riskyEnd !== undefined) {
        report([...path, "riskyEnd"], "riskyEnd has no meaning in an unscored section");
      }
      return;
    case "number":
      if (question.min >= question.max) report([...path, "max"], "max must be greater than min");
      checkBands(question, scored, path, report);
      return;
    case "text":
      return;
  }
}

function checkBands(
  question: Extract<TQuestion, { type: "number" }>,
  scored: boolean,
  path: TPathSegment[],
  report: TReport,
): void {
  const bands = question.bands;
  if (!scored) {
    if (bands) report([...path, "bands"], "Risk bands have no meaning in an unscored section");
    return;
  }
  if (!bands) {
    report([...path, "bands"], "A scored number question needs risk bands");
    return;
  }
  bands.forEach((band, b) => {
    const at = [...path, "bands", b, "from"];
    if (b === 0 && band.from !== question.min) {
      report(at, `The first band must start at min (${question.min})`);
    } else if (b > 0 && band.from <= bands[b - 1].from) {
      report(at, "Bands must be in ascending order of from");
    } else if (band.from > question.max) {
      report(at, `A band cannot start above max (${question.max})`);
    } else if (question.integer && !Number.isInteger(band.from)) {
      report(at, "An integer question's bands start at integers");
    }
  });
}

function checkProbes(
  question: TQuestion,
  scored: boolean,
  declared: ReadonlySet<string>,
  path: TPathSegment[],
  report: TReport,
): void {
  if (scored && question.type !== "text" && question.probes.length === 0) {
    report([...path, "probes"], "A scored question probes at least one diagnostic");
  }
  const seen = new Set<string>();
  question.probes.forEach((id, p) => {
    if (!declared.has(id)) report([...path, "probes", p], `Unknown diagnostic "${id}"`);
    else if (seen.has(id)) report([...path, "probes", p], `Diagnostic "${id}" is listed twice`);
    seen.add(id);
  });
}
