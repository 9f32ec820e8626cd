import fc from "fast-check";
import type { TQuestion } from "@/lib/questionnaire/schema";
import type { TReview } from "./fixtures";
import { hostileString } from "./hostile-inputs";
import type { TWorkspaceReview } from "./workspace-reviews";

/** The seeded reviews the fuzz test aims at: two self-serve (A, B) and two in workspaces (WA, WB). */
export type TSeededReviews = { A: TReview; B: TReview; WA: TWorkspaceReview; WB: TWorkspaceReview };

/** A valid value for a question, so that a request can get past validation to the writes. */
export function validValue(question: TQuestion): fc.Arbitrary<unknown> {
  switch (question.type) {
    case "single":
      return fc.constantFrom(...question.choices.map((c) => c.id));
    case "multi":
      return fc.subarray(question.choices.filter((c) => !c.exclusive).map((c) => c.id), { minLength: 1 });
    case "scale":
      return fc.integer({ min: question.min, max: question.max });
    case "number":
      return fc.double({ min: question.min, max: question.max, noNaN: true }).map((v) => (question.integer ? Math.round(v) : v));
    case "text":
      return fc.oneof(fc.string({ unit: "binary", maxLength: 50 }), hostileString);
  }
}

/** Mostly values that mean something (`known`), sometimes a random uuid, often something hostile. */
function knownOrHostile(known: string[], { uuids = true, knownWeight = 4 } = {}): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: knownWeight, arbitrary: fc.constantFrom(...known) },
    ...(uuids ? [{ weight: 1, arbitrary: fc.uuid() }] : []),
    { weight: 2, arbitrary: hostileString },
  );
}

/** A value for a route's path parameter, by its name: the seeded reviews' own ids, near misses, and hostile strings. */
export function pathParamArbitrary(name: string, { A, B, WA, WB }: TSeededReviews, questions: TQuestion[]): fc.Arbitrary<string> {
  switch (name) {
    case "id":
      return fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(A.id, B.id, WA.id, WB.id) },
        { weight: 1, arbitrary: fc.constantFrom(A.id.toUpperCase(), B.respondentId, A.shareId, WA.workspaceId, "00000000-0000-0000-0000-000000000000", ` ${A.id}`) },
        { weight: 1, arbitrary: fc.uuid() },
        { weight: 2, arbitrary: hostileString },
      );
    case "questionId":
      return fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...questions.map((q) => q.id)) },
        { weight: 1, arbitrary: fc.constantFrom("CONTEXT.STAGE", "context..stage", "context.stage/../x", "context.stage ", "constructor", "__proto__") },
        { weight: 2, arbitrary: hostileString },
      );
    case "shareId":
      return knownOrHostile([A.shareId, B.shareId, A.revokedShareId, B.revokedShareId]);
    case "token":
      return knownOrHostile([A.shareToken, B.shareToken, B.revokedShareToken, A.token, `fls_${"A".repeat(43)}`, `${B.shareToken.slice(0, -1)}x`], { uuids: false });
    case "key":
      return knownOrHostile(["backend-scaling", "backend-scaling@1", "BACKEND-SCALING", "../content/backend-scaling", "..", ".", "bank.json"], { uuids: false, knownWeight: 2 });
    case "workspaceId":
      return knownOrHostile([WA.workspaceId, WB.workspaceId, WA.id, WA.workspaceId.toUpperCase()]);
    case "respondentId":
      return knownOrHostile([WA.respondentId, WB.respondentId, A.respondentId, WA.id]);
    case "findingId":
      return knownOrHostile(["no-such-finding", ...WA.findingIds, ...WB.findingIds], { uuids: false });
    case "number":
      return knownOrHostile(["1", "2", "0", "-1", "01", "1.5", "1e3", "2147483648", "99999999999999999999"], { uuids: false });
    default:
      return hostileString;
  }
}
