import { readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import { listQuestions } from "../lib/questionnaire/find-question";
import { loadQuestionnaire } from "../lib/questionnaire/load";
import type { TQuestion } from "../lib/questionnaire/schema";
import { ms, stats, type TStats } from "./support";

/**
 * Saving answers under load: many clients PUT answers to many reviews and questions, each client
 * sending its next request as soon as the last one is answered (a closed loop), over keep-alive
 * connections, for a fixed time after a warm-up.
 */
export type TReview = { id: string; editToken: string };
export type TLoadResult = { label: string; stats: TStats; wallMs: number; statuses: Record<string, number>; failures: number; cpuMsPerRequest?: number };

/**
 * CPU time (user + system) used so far by every process of a process group, in ms. On a shared machine
 * throughput depends on what else runs; the CPU a server spends per request does not.
 */
export function groupCpuMs(pgid: number): number {
  let ticks = 0;
  for (const pid of readdirSync("/proc").filter((entry) => /^\d+$/.test(entry))) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

const questions = listQuestions(loadQuestionnaire("backend-scaling")).map((located) => located.question);
const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)];

/** A valid answer to a question, as a person would give it: mostly a value, sometimes a note or "don't know". */
function answerFor(question: TQuestion): Record<string, unknown> {
  const note = Math.random() < 0.2 ? { note: `Context from the team, ${Math.random().toString(36).slice(2)}` } : {};
  if (question.allowUnknown && Math.random() < 0.05) return { state: "unknown", ...note };
  switch (question.type) {
    case "single":
      return { value: pick(question.choices).id, ...note };
    case "multi": {
      const open = question.choices.filter((c) => !c.exclusive);
      return { value: [...new Set([pick(open).id, pick(open).id])], ...note };
    }
    case "scale":
      return { value: question.min + Math.floor(Math.random() * (question.max - question.min + 1)), ...note };
    case "number": {
      const value = question.min + Math.random() * Math.min(question.max - question.min, 1_000);
      return { value: question.integer ? Math.round(value) : value, ...note };
    }
    case "text":
      return { value: `We mostly ${pick(["cache", "queue", "shard", "retry", "batch"])} it; ${Math.random().toString(36).slice(2)}`, ...note };
  }
}

function put(agent: http.Agent, base: URL, review: TReview, noWork: boolean): Promise<number> {
  const question = pick(questions);
  const body = noWork ? undefined : JSON.stringify(answerFor(question));
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        agent,
        host: base.hostname,
        port: base.port,
        method: noWork ? "GET" : "PUT",
        path: noWork ? "/api/v1/live" : `/api/v1/assessments/${review.id}/answers/${question.id}`,
        headers: body ? { authorization: `Bearer ${review.editToken}`, "content-type": "application/json", "content-length": Buffer.byteLength(body) } : {},
      },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

export async function loadPutAnswers(
  label: string,
  baseUrl: string,
  reviews: TReview[],
  {
    clients = 64,
    warmupMs = 3_000,
    durationMs = 10_000,
    processGroup,
    noWork = false,
  }: { clients?: number; warmupMs?: number; durationMs?: number; processGroup?: number; /** GET /api/v1/live instead: the framework's floor. */ noWork?: boolean } = {},
): Promise<TLoadResult> {
  const base = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const samples: number[] = [];
  const statuses: Record<string, number> = {};
  let failures = 0;
  const started = performance.now();
  const measureFrom = started + warmupMs;
  const end = measureFrom + durationMs;
  const client = async () => {
    while (performance.now() < end) {
      const sent = performance.now();
      let status = 0;
      try {
        status = await put(agent, base, pick(reviews), noWork);
      } catch {
        failures += 1;
      }
      const done = performance.now();
      if (sent >= measureFrom && done <= end) {
        samples.push(done - sent);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }
  };
  let cpuAtStart = 0;
  const cpuTimer = setTimeout(() => (cpuAtStart = processGroup ? groupCpuMs(processGroup) : 0), warmupMs);
  await Promise.all(Array.from({ length: clients }, client));
  const cpuMs = processGroup ? groupCpuMs(processGroup) - cpuAtStart : undefined;
  clearTimeout(cpuTimer);
  agent.destroy();
  return { label, stats: stats(samples, durationMs), wallMs: durationMs, statuses, failures, cpuMsPerRequest: cpuMs === undefined ? undefined : cpuMs / Math.max(1, samples.length) };
}

export function loadTable(results: TLoadResult[], baselineLabel: string): string {
  const baseline = results.filter((r) => r.label === baselineLabel);
  const baselineRate = baseline.reduce((sum, r) => sum + r.stats.perSecond, 0) / Math.max(1, baseline.length);
  return [
    "| server | round | requests/s | p50 | p99 | server CPU per request | statuses | vs baseline |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...results.map((r, i) => {
      const round = results.slice(0, i + 1).filter((x) => x.label === r.label).length;
      const codes = Object.entries(r.statuses).map(([code, n]) => `${code}: ${n}`).join(", ") + (r.failures ? `, failed: ${r.failures}` : "");
      const cpu = r.cpuMsPerRequest === undefined ? "" : ms(r.cpuMsPerRequest);
      return `| ${r.label} | ${round} | ${r.stats.perSecond.toFixed(0)} | ${ms(r.stats.p50)} | ${ms(r.stats.p99)} | ${cpu} | ${codes} | ${(r.stats.perSecond / baselineRate).toFixed(2)}× |`;
    }),
  ].join("\n");
}
