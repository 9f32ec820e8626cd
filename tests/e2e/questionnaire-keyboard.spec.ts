import { expect, test, type Page } from "@playwright/test";
import { storedAnswers } from "./support";

type TFocus = { tag: string; type: string; checked: boolean; qid: string | null; text: string; min: string; max: string; aria: string | null };

async function focused(page: Page): Promise<TFocus> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    const card = el?.closest("[data-question-id]");
    return {
      tag: el?.tagName ?? "",
      type: el?.type ?? "",
      checked: Boolean(el?.checked),
      qid: card?.getAttribute("data-question-id") ?? null,
      text: (el?.textContent ?? "").trim(),
      min: el?.getAttribute("min") ?? "",
      max: el?.getAttribute("max") ?? "",
      aria: el?.getAttribute("aria-pressed") ?? null,
    };
  });
}

/**
 * Answers every question of the current section with the keyboard alone: Tab to each question's first
 * control and answer it (Space on a radio or checkbox, digits in a number, words in a text), add a
 * note on the first question of the section, then Enter on the button to the next section.
 */
async function answerSectionByKeyboard(page: Page, noted: Map<string, string>, answered: Set<string>): Promise<"next" | "done"> {
  let noteWanted = true;
  for (let step = 0; step < 600; step++) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    if (f.tag === "BUTTON" && f.text.startsWith("Next:")) {
      await page.keyboard.press("Enter");
      return "next";
    }
    if (f.tag === "A" && f.text.startsWith("See your report")) return "done";
    if (!f.qid) continue;
    if (f.tag === "BUTTON" && f.text === "Add a note" && noteWanted) {
      noteWanted = false;
      await page.keyboard.press("Enter");
      const note = `Note on ${f.qid}: measured last quarter, ü ø Ω`;
      await page.keyboard.type(note);
      noted.set(f.qid, note);
      continue;
    }
    if (answered.has(f.qid)) continue;
    if (f.tag === "INPUT" && (f.type === "radio" || f.type === "checkbox")) {
      await page.keyboard.press("Space");
      answered.add(f.qid);
    } else if (f.tag === "INPUT" && f.type === "number") {
      const value = Math.min(Number(f.max || 100), Math.max(Number(f.min || 0), 3));
      await page.keyboard.type(String(value));
      answered.add(f.qid);
    } else if (f.tag === "TEXTAREA" && !f.qid.endsWith("-note")) {
      await page.keyboard.type("Nothing else for now.");
      answered.add(f.qid);
    }
  }
  throw new Error("did not reach the end of the section");
}

test("a whole review completed with the keyboard only, then reopened from its private link elsewhere", async ({ page, browser, request }) => {
  test.setTimeout(240_000);
  await page.goto("/reviews/new");
  await page.keyboard.press("Tab");
  // Tab from the top of the page to the title field.
  for (let i = 0; i < 30 && (await focused(page)).tag !== "INPUT"; i++) await page.keyboard.press("Tab");
  await page.keyboard.type("Keyboard-only review");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Acme");
  await page.keyboard.press("Enter");

  const linkField = page.getByLabel("Private link");
  await expect(linkField).toBeVisible();
  const privateLink = await linkField.inputValue();
  expect(privateLink).toMatch(/\/reviews\/[0-9a-f-]{36}\/open\?token=fle_/);
  for (let i = 0; i < 10 && (await focused(page)).text !== "Start answering →"; i++) await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Your product and team" })).toBeVisible();

  const noted = new Map<string, string>();
  const answered = new Set<string>();
  for (let section = 0; section < 12; section++) {
    const outcome = await answerSectionByKeyboard(page, noted, answered);
    if (outcome === "done") break;
    await expect(page.getByRole("heading", { level: 2 })).toBeFocused();
  }
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "saved", { timeout: 15_000 });
  await expect(page.getByTestId("save-status")).toContainText("All answers saved");
  expect(answered.size).toBeGreaterThan(40);
  expect(noted.size).toBe(8);

  // The server has every answer and note.
  const url = new URL(privateLink);
  const id = url.pathname.split("/")[2];
  const editToken = url.searchParams.get("token")!;
  const stored = await storedAnswers(request, { id, editToken });
  expect(Object.keys(stored).sort()).toEqual([...answered].sort());
  for (const [qid, note] of noted) expect(stored[qid].note).toBe(note);

  // A second browser (another device) opened with the private link sees every answer and note.
  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto(url.pathname + url.search);
  await expect(second.getByRole("heading", { level: 1, name: "Keyboard-only review" })).toBeVisible();
  const sections = await second.getByRole("navigation", { name: "Review sections" }).getByRole("button").all();
  for (const sectionButton of sections) {
    await sectionButton.click();
    for (const card of await second.locator("[data-question-id]").all()) {
      const qid = (await card.getAttribute("data-question-id"))!;
      expect(answered.has(qid), `${qid} was answered`).toBe(true);
      const value = stored[qid].value;
      if (typeof value === "string" && (await card.locator('input[type="radio"]').count())) {
        await expect(card.locator(`input[value="${value}"]`)).toBeChecked();
      }
      if (noted.has(qid)) await expect(card.getByLabel(/^Note/)).toHaveValue(noted.get(qid)!);
    }
  }
  await other.close();
});
