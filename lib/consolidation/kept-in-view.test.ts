import { describe, expect, it } from "vitest";
import { matchesFilter } from "./filter-consolidation";
import { showsEmptyNotice, staysInView } from "./kept-in-view";

const answers = [{ respondentId: "r1" }] as never;
const open = { divergence: { score: 1 }, agreed: null, answers } as never;
const settled = { divergence: { score: 1 }, agreed: { version: 1 }, answers } as never;

describe("staysInView", () => {
  it("keeps a card under \"Not agreed yet\" once its agreed answer is recorded on this page, and only that card", () => {
    const kept = new Set(["team.deploys"]);
    // After the refresh the question no longer matches the filter…
    expect(matchesFilter(settled, "not-agreed")).toBe(false);
    // …but the card the consultant just settled stays, with its confirmation; another settled card does not come back.
    expect(staysInView(matchesFilter(settled, "not-agreed"), ["team.deploys"], kept)).toBe(true);
    expect(staysInView(matchesFilter(settled, "not-agreed"), ["team.onboarding"], kept)).toBe(false);
    expect(staysInView(matchesFilter(open, "not-agreed"), ["team.onboarding"], kept)).toBe(true);
  });

  it("keeps a section while any of its kept cards is on screen", () => {
    const kept = new Set(["team.deploys"]);
    expect(staysInView(false, ["team.onboarding", "team.deploys"], kept)).toBe(true);
    expect(staysInView(false, ["context.stage"], kept)).toBe(false);
    expect(staysInView(false, [], new Set())).toBe(false);
  });

  it("shows the empty notice only when nothing matches and nothing is kept", () => {
    expect(showsEmptyNotice(0, new Set())).toBe(true);
    expect(showsEmptyNotice(0, new Set(["team.deploys"]))).toBe(false);
    expect(showsEmptyNotice(2, new Set())).toBe(false);
  });
});
