/**
 * A small Prometheus registry: counters and histograms with labels, rendered in the text exposition
 * format. Each app instance keeps its own numbers (Prometheus scrapes every instance and sums them),
 * which is the one kind of in-memory state a stateless app is meant to have.
 */
type TLabels = Record<string, string>;

const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

const escapeLabel = (value: string) => value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
const labelText = (labels: TLabels) => {
  const entries = Object.entries(labels);
  return entries.length ? `{${entries.map(([k, v]) => `${k}="${escapeLabel(v)}"`).join(",")}}` : "";
};

class Counter {
  private values = new Map<string, { labels: TLabels; value: number }>();
  constructor(readonly name: string, readonly help: string) {}
  inc(labels: TLabels = {}, by = 1) {
    const key = labelText(labels);
    const entry = this.values.get(key) ?? { labels, value: 0 };
    entry.value += by;
    this.values.set(key, entry);
  }
  render(): string[] {
    return [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`, ...[...this.values.values()].map((e) => `${this.name}${labelText(e.labels)} ${e.value}`)];
  }
}

class Histogram {
  private values = new Map<string, { labels: TLabels; buckets: number[]; sum: number; count: number }>();
  constructor(readonly name: string, readonly help: string, readonly bounds = DURATION_BUCKETS) {}
  observe(labels: TLabels, value: number) {
    const key = labelText(labels);
    const entry = this.values.get(key) ?? { labels, buckets: this.bounds.map(() => 0), sum: 0, count: 0 };
    this.bounds.forEach((bound, i) => {
      if (value <= bound) entry.buckets[i] += 1;
    });
    entry.sum += value;
    entry.count += 1;
    this.values.set(key, entry);
  }
  render(): string[] {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    for (const entry of this.values.values()) {
      this.bounds.forEach((bound, i) => lines.push(`${this.name}_bucket${labelText({ ...entry.labels, le: String(bound) })} ${entry.buckets[i]}`));
      lines.push(`${this.name}_bucket${labelText({ ...entry.labels, le: "+Inf" })} ${entry.count}`);
      lines.push(`${this.name}_sum${labelText(entry.labels)} ${entry.sum}`);
      lines.push(`${this.name}_count${labelText(entry.labels)} ${entry.count}`);
    }
    return lines;
  }
}

// Kept on globalThis: Next may load this module once per route bundle, and all must share one registry.
const registry = ((globalThis as unknown as { faultlineMetrics?: ReturnType<typeof createRegistry> }).faultlineMetrics ??= createRegistry());

function createRegistry() {
  return {
    requests: new Counter("faultline_http_requests_total", "HTTP requests answered by the API, by route and status."),
    duration: new Histogram("faultline_http_request_duration_seconds", "Time to answer an API request, by route."),
    dbDuration: new Histogram("faultline_http_request_db_seconds", "Database time within an API request, by route."),
    pdf: new Histogram("faultline_pdf_render_seconds", "Time to render a PDF (waiting for a worker included), by paper and by the thread that rendered it: a worker, or the request's own.", [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]),
    pdfCache: new Counter("faultline_pdf_cache_total", "Report PDFs asked for, by whether the rendered PDF was cached (hit) or rendered (miss)."),
  };
}

export const metrics = registry;

// The segment after each collection is its member's id; folded to the name the route gives it.
const MEMBER_OF = new Map<string, string>(Object.entries({
  assessments: ":id",
  answers: ":questionId",
  "agreed-answers": ":questionId",
  findings: ":findingId",
  milestones: ":number",
  respondents: ":respondentId",
  shares: ":shareId",
  shared: ":token",
  questionnaires: ":key",
  workspaces: ":workspaceId",
  banks: ":bankId",
  reviews: ":id",
}));
// Every other segment a route of ours has (better-auth's under /api/auth included). Anything else is
// folded to ":other", so the set of labels is fixed by the code, not by what clients send.
const STATIC_SEGMENTS = new Set([
  ...MEMBER_OF.keys(),
  ...["api", "v1", "auth", "health", "live", "ready", "metrics", "report", "report.pdf", "export", "claim", "audit", "compare", "compare.pdf"],
  ...["consolidation", "review", "presenter", "progress", "re-review", "open", "email", "social", "callback"],
  ...["sign-in", "sign-up", "sign-out", "get-session", "request-password-reset", "reset-password", "verify-email", "send-verification-email"],
  ...["change-password", "change-email", "update-user", "delete-user", "list-sessions", "revoke-session", "revoke-sessions", "revoke-other-sessions", "ok", "error"],
]);

/** A route's pattern, so ids and tokens do not each make a time series of their own. */
export function routePattern(pathname: string): string {
  // Every dynamic segment is folded, whatever it holds: a client choosing the path must not be able to
  // grow the registry without bound, nor put an id into labels that anyone can read at /metrics.
  const segments = pathname.split("/").slice(1);
  return (
    "/" +
    segments
      .map((segment, i) => {
        // A Map, not an object: "constructor" or "toString" in a path must not find Object's own.
        const collection = i > 0 ? MEMBER_OF.get(segments[i - 1]) : undefined;
        if (collection) return collection;
        return STATIC_SEGMENTS.has(segment) ? segment : ":other";
      })
      .join("/")
  );
}

export function renderMetrics(gauges: { name: string; help: string; values: { labels: TLabels; value: number }[] }[]): string {
  const lines = [...registry.requests.render(), ...registry.duration.render(), ...registry.dbDuration.render(), ...registry.pdf.render(), ...registry.pdfCache.render()];
  for (const gauge of gauges) {
    lines.push(`# HELP ${gauge.name} ${gauge.help}`, `# TYPE ${gauge.name} gauge`);
    for (const v of gauge.values) lines.push(`${gauge.name}${labelText(v.labels)} ${v.value}`);
  }
  return lines.join("\n") + "\n";
}
