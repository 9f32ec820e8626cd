import { describe, expect, it } from "vitest";
import { defaultMilestoneLabel } from "../milestones/default-label";
import { milestoneLine } from "./cover-page";

describe("milestoneLine (a milestone PDF's cover)", () => {
  const publishedAt = "2026-11-27T10:00:00.000Z";

  it("names the milestone, its label and when it was published", () => {
    expect(milestoneLine({ number: 2, label: "After the queue work", publishedAt })).toBe("Milestone 2 — After the queue work, published 27 November 2026");
  });

  it("does not repeat the default label's number and date", () => {
    const label = defaultMilestoneLabel(3, new Date(publishedAt));
    expect(milestoneLine({ number: 3, label, publishedAt })).toBe("Milestone 3, published 27 November 2026");
  });

  it("does not prefix a label that already names the milestone, but does prefix another number", () => {
    expect(milestoneLine({ number: 1, label: "Milestone 1: kick-off", publishedAt })).toBe("Milestone 1: kick-off, published 27 November 2026");
    expect(milestoneLine({ number: 1, label: "Milestone 12 plan", publishedAt })).toBe("Milestone 1 — Milestone 12 plan, published 27 November 2026");
  });
});
