import path from "node:path";

import { loadQuestionnaire, readBankSource } from "../questionnaire/load";
import { readRulesSource, rulesDir } from "../scoring/load-rules";
import { BANK_FORMAT, type TBankDocument } from "./bank-format";

/**
 * A bank in content/ as one bank file: its section files written in place, its rules files in one
 * object. Validated first (loadQuestionnaire), so what is exported can be imported again.
 */
export function builtinBankDocument(key: string, version?: number): TBankDocument {
  const questionnaire = loadQuestionnaire(key, { version });
  // rulesDir picks versions/<n>/rules for an archived version: its parent is that version's bank folder.
  const dir = rulesDir(questionnaire);
  const bank = readBankSource(path.dirname(dir)).data as Record<string, unknown>;
  const rules = readRulesSource(dir).data;
  // The rules name their questionnaire; in a bank file that is the questionnaire beside them.
  const { questionnaire: _named, ...ownRules } = rules as Record<string, unknown>;
  return { faultline: BANK_FORMAT, questionnaire: bank, rules: ownRules };
}
