import { describe, expect, it } from "vitest";

import { bankAndRules } from "../scoring/test-fixtures";
import { consolidateTeam, type TTeamInput } from "./team-inputs";

const { questionnaire } = bankAndRules();
const answer = (respondentId: string, state: "answered" | "unknown" | "not_applicable", value: unknown, note: string | null = null) => ({ respondentId, state, value, note });

describe("consolidateTeam", () => {
  it("passes one person's answers through unchanged, with no team section for the report", () => {
    const team: TTeamInput = {
      respondents: [{ id: "owner" }],
      byQuestion: { "team.deploys": { answers: [answer("owner", "answered", "tense", "needs Sam")], agreed: null } },
    };
    const result = consolidateTeam(questionnaire, team);
    expect(result.answers).toEqual({ "team.deploys": { state: "answered", value: "tense", note: "needs Sam" } });
    expect(result.respondents).toBeUndefined();
  });

  it("lists only the questions the team differs on, in respondent order, and whether each was agreed", () => {
    const team: TTeamInput = {
      respondents: [{ id: "dana" }, { id: "sam" }],
      byQuestion: {
        // Stored out of order: the respondents' order wins.
        "team.deploys": { answers: [answer("sam", "answered", "feared"), answer("dana", "answered", "routine")], agreed: null },
        "team.diagrams": { answers: [answer("dana", "answered", "none"), answer("sam", "answered", "none")], agreed: null },
        "team.onboarding": { answers: [answer("dana", "answered", "ask-around"), answer("sam", "unknown", null)], agreed: { state: "answered", value: "ask-around", note: "checked" } },
        // A respondent the review no longer lists (not in `respondents`) is left out.
        "team.small-change": { answers: [answer("gone", "answered", "longer"), answer("dana", "answered", "hours")], agreed: null },
      },
    };
    const result = consolidateTeam(questionnaire, team);
    expect(result.respondents?.count).toBe(2);
    expect(result.respondents?.disagreements).toEqual([
      { questionId: "team.onboarding", answers: [{ state: "answered", value: "ask-around", note: null }, { state: "unknown", value: undefined, note: null }], agreed: true },
      { questionId: "team.deploys", answers: [{ state: "answered", value: "routine", note: null }, { state: "answered", value: "feared", note: null }], agreed: false },
    ]);
    expect(result.answers["team.deploys"]?.value).toBe("feared");
    expect(result.answers["team.onboarding"]).toEqual({ state: "answered", value: "ask-around", note: "checked" });
    expect(result.answers["team.small-change"]?.value).toBe("hours");
    expect(result.effective["team.deploys"]?.provisional).toBe(true);
    expect(result.effective["team.diagrams"]?.provisional).toBe(false);
  });
});
