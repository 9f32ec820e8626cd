import { describe, expect, it } from "vitest";
import { confirm, enqueue, keepMine, keepTheirs, markConflict, parseOutbox, sendable, type TServerAnswer } from "@/lib/answer-sync/outbox";

const draft = (value: string) => ({ state: "answered" as const, value, note: null });
const server = (value: string, version: number): TServerAnswer => ({ questionId: "q", state: "answered", value, note: null, version, updatedAt: "" });

describe("outbox", () => {
  it("keeps one entry per question and the base version of the first unsent edit", () => {
    let box = enqueue({}, "q", draft("a"), 3, 1);
    box = enqueue(box, "q", draft("b"), 3, 2);
    expect(box.q).toMatchObject({ draft: { value: "b" }, baseVersion: 3, seq: 2 });
    expect(sendable(box)).toHaveLength(1);
  });

  it("drops an entry the server confirmed, and rebases a newer edit made while it was in flight", () => {
    let box = enqueue({}, "q", draft("a"), 0, 1);
    expect(confirm(box, "q", 1, 1)).toEqual({});
    box = enqueue(box, "q", draft("b"), 0, 2);
    box = confirm(box, "q", 1, 1);
    expect(box.q).toMatchObject({ draft: { value: "b" }, baseVersion: 1, seq: 2 });
  });

  it("holds a conflicting edit until the person chooses", () => {
    let box = enqueue({}, "q", draft("mine"), 1, 1);
    box = markConflict(box, "q", 1, server("theirs", 2));
    expect(sendable(box)).toHaveLength(0);
    const mine = keepMine(box, "q", 2);
    expect(mine.q).toMatchObject({ draft: { value: "mine" }, baseVersion: 2, seq: 2 });
    expect(mine.q.conflict).toBeUndefined();
    expect(keepTheirs(box, "q")).toEqual({});
  });

  it("survives a round trip through storage and ignores garbage", () => {
    const box = enqueue({}, "q", draft("a"), 1, 1);
    expect(parseOutbox(JSON.stringify(box))).toEqual(box);
    expect(parseOutbox("{nope")).toEqual({});
    expect(parseOutbox("[1,2]")).toEqual({});
    expect(parseOutbox(JSON.stringify({ q: { questionId: "other", draft: {}, seq: 1 } }))).toEqual({});
  });
});
