import { describe, expect, it } from "vitest";
import { describeAuditEvent, withoutSecrets } from "./describe-audit-event";

const empty = { note: null, severity: null, justification: null };

describe("describeAuditEvent", () => {
  it("says what changed on a finding's review, with the computed severity and the justification", () => {
    const text = describeAuditEvent("finding-review.changed", {
      findingTitle: "One busy endpoint can slow down everything",
      computedSeverity: "high",
      before: empty,
      after: { note: "Seen on the call.", severity: "medium", justification: "Only the admin export hits it, at night." },
    });
    expect(text).toBe(
      "on the finding “One busy endpoint can slow down everything”, set the severity to Medium (computed: High) because: “Only the admin export hits it, at night.”; added a note: “Seen on the call.”",
    );
  });

  it("removing an adjustment, rewording a justification, changing and removing a note", () => {
    const adjusted = { note: "a", severity: "low", justification: "first reason, long enough" };
    expect(describeAuditEvent("finding-review.changed", { findingTitle: "T", computedSeverity: "high", before: adjusted, after: { ...adjusted, severity: null, justification: null } })).toMatch(
      /removed the severity adjustment \(Low\); the computed severity, High, stands again/,
    );
    expect(describeAuditEvent("finding-review.changed", { findingTitle: "T", before: adjusted, after: { ...adjusted, justification: "second reason, long enough" } })).toMatch(/reworded the justification of Low/);
    expect(describeAuditEvent("finding-review.changed", { findingTitle: "T", before: adjusted, after: { ...adjusted, note: "b" } })).toMatch(/changed the note to “b”/);
    expect(describeAuditEvent("finding-review.changed", { findingTitle: "T", before: adjusted, after: { ...adjusted, note: null } })).toMatch(/removed the note/);
    expect(describeAuditEvent("finding-review.cleared", { findingTitle: "T" })).toBe("cleared the review of the finding “T”");
  });

  it("known actions of other features in words, unknown ones readable", () => {
    expect(describeAuditEvent("share.created", { shareId: "x" })).toBe("created a read-only share link");
    expect(describeAuditEvent("respondent.invited", { name: "Rita" })).toBe("invited Rita as a respondent");
    expect(describeAuditEvent("agreed-answer.recorded", null)).toBe("agreed answer recorded");
  });
});

describe("withoutSecrets", () => {
  it("drops token, hash, password and email keys at any depth", () => {
    expect(withoutSecrets({ shareId: "s", tokenHash: "h", nested: [{ email: "a@b", password: "p", editToken: "t", name: "n" }] })).toEqual({ shareId: "s", nested: [{ name: "n" }] });
  });
});
