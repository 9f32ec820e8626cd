import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import type { z } from "zod";

import { defaultContentDir } from "../questionnaire/load";
import { formatIssues, formatPath, type TQuestionnaireIssue } from "../questionnaire/format-issues";
import type { TQuestionnaire } from "../questionnaire/schema";
import { checkRules } from "./check-rules";
import { RulesInvalidError, RulesNotFoundError } from "./rules-error";
import { ZFindingsFile, ZLoadShapeFile, ZRecommendationFile, ZRules, ZRulesIndex, type TRules } from "./rules-schema";

// Where rules live, beside their bank:
//   content/<key>/rules/index.json              levels, areas, contexts, confidence; lists the files below
//   content/<key>/rules/findings/<area>.json    the findings of one area
//   content/<key>/rules/recommendation.json     the four paths and how each is scored
//   content/<key>/rules/load-shape.json         the article's four load-shape questions
//   content/<key>/versions/<n>/rules/...        the rules of an older bank version, kept whole
// Reading files is the only side effect, as in lib/questionnaire/load.ts.

/** The raw rules assembled from their files, before validation, and where each part came from. */
export type TRulesSource = { data: Record<string, unknown>; findingFiles: string[]; files: Record<string, string>; label: string };

export function rulesDir(questionnaire: Pick<TQuestionnaire, "key" | "version">, contentDir = defaultContentDir()): string {
  const keyDir = path.join(contentDir, questionnaire.key);
  const archived = path.join(keyDir, "versions", String(questionnaire.version), "rules");
  return existsSync(path.join(archived, "index.json")) ? archived : path.join(keyDir, "rules");
}

/** Loads and validates the rules of a loaded bank; throws RulesNotFoundError or RulesInvalidError. */
export function loadRules(questionnaire: TQuestionnaire, options: { contentDir?: string } = {}): TRules {
  const dir = rulesDir(questionnaire, options.contentDir);
  if (!existsSync(path.join(dir, "index.json"))) throw new RulesNotFoundError(questionnaire.key, questionnaire.version);
  const source = readRulesSource(dir, path.relative(path.dirname(options.contentDir ?? defaultContentDir()), dir));
  return parseRules(source, questionnaire);
}

export function readRulesSource(dir: string, label = dir): TRulesSource {
  const indexLabel = `${label}/index.json`;
  const index = readJson(path.join(dir, "index.json"), indexLabel);
  const parsedIndex = ZRulesIndex.safeParse(index);
  if (!parsedIndex.success) throw new RulesInvalidError(indexLabel, formatIssues(parsedIndex.error));
  const { files, ...rest } = parsedIndex.data;

  const findings: unknown[] = [];
  const findingFiles: string[] = [];
  for (const file of files.findings) {
    const data = readJson(path.join(dir, file), `${label}/${file}`);
    const parsed = ZFindingsFile.safeParse(data);
    if (!parsed.success) throw new RulesInvalidError(`${label}/${file}`, formatIssues(parsed.error));
    parsed.data.findings.forEach((finding, i) => {
      if (finding.area !== parsed.data.area) {
        throw new RulesInvalidError(`${label}/${file}`, [{ path: `findings[${i}].area`, message: `This file holds findings of area "${parsed.data.area}"` }]);
      }
      findings.push(finding);
      findingFiles.push(file);
    });
  }
  const recommendation = parseFile(ZRecommendationFile, path.join(dir, files.recommendation), `${label}/${files.recommendation}`);
  const loadShape = parseFile(ZLoadShapeFile, path.join(dir, files.loadShape), `${label}/${files.loadShape}`);
  return {
    data: { ...rest, findings, recommendation, loadShape },
    findingFiles,
    files: { recommendation: files.recommendation, loadShape: files.loadShape },
    label: indexLabel,
  };
}

/** Validates assembled rules against their bank; every issue names the file to fix. */
export function parseRules(source: TRulesSource, questionnaire: TQuestionnaire): TRules {
  const parsed = ZRules.safeParse(source.data);
  if (!parsed.success) throw new RulesInvalidError(source.label, formatIssues(parsed.error));
  const issues: TQuestionnaireIssue[] = [];
  checkRules(parsed.data, questionnaire, (at, message) => {
    const [head, index] = at;
    const file =
      head === "findings" && typeof index === "number"
        ? source.findingFiles[index]
        : head === "recommendation"
          ? source.files.recommendation
          : head === "loadShape"
            ? source.files.loadShape
            : "index.json";
    const where = head === "findings" && typeof index === "number" ? ` [${parsed.data.findings[index]?.id}]` : "";
    issues.push({ path: formatPath(at) + where, message, file });
  });
  if (issues.length > 0) throw new RulesInvalidError(source.label, issues);
  return parsed.data;
}

function parseFile<T>(schema: z.ZodType<T>, file: string, label: string): T {
  const parsed = schema.safeParse(readJson(file, label));
  if (!parsed.success) throw new RulesInvalidError(label, formatIssues(parsed.error));
  return parsed.data;
}

function readJson(file: string, label: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new RulesInvalidError(label, [{ path: "", message: "File is missing or unreadable" }]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new RulesInvalidError(label, [{ path: "", message: `Invalid JSON: ${error instanceof SyntaxError ? error.message : "not JSON"}` }]);
  }
}
