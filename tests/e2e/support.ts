import { expect, type APIRequestContext, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export type TCreated = { id: string; editToken: string; links: { edit: string; report: string } };

export async function createReviewViaApi(request: APIRequestContext, title = "E2E review"): Promise<TCreated> {
  const response = await request.post("/api/v1/assessments", { data: { title, organization: "Acme" } });
  expect(response.status()).toBe(201);
  return (await response.json()) as TCreated;
}

export async function storedAnswers(request: APIRequestContext, created: { id: string; editToken: string }) {
  const response = await request.get(`/api/v1/assessments/${created.id}`, { headers: { authorization: `Bearer ${created.editToken}` } });
  expect(response.status()).toBe(200);
  return (await response.json()).answers as Record<string, { value: unknown; note: string | null; state: string; version: number }>;
}

/** Fails on any serious or critical axe-core violation, listing them. */
export async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}
