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
    pdf: new Histogram("faultline_pdf_render_seconds", "Time to render a report PDF.", [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]),
    pdfCache: new Counter("faultline_pdf_cache_total", "Report PDFs asked for, by whether the rendered PDF was cached (hit) or rendered (miss)."),
  };
}

export const metrics = registry;

/** A route's pattern, so ids and tokens do not each make a time series of their own. */
export function routePattern(pathname: string): string {
  // Every dynamic segment is folded, whatever it holds: a client choosing the path must not be able to
  // grow the registry without bound, nor put an id into labels that anyone can read at /metrics.
  return pathname
    .replace(/\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?=\/|$)/gi, "/:id")
    .replace(/\/(assessments|reviews|shares)\/[^/]*(?=\/|$)/g, "/$1/:id")
    .replace(/\/shared\/[^/]+/, "/shared/:token")
    .replace(/\/answers\/[^/]+/, "/answers/:questionId")
    .replace(/\/questionnaires\/[^/]+/, "/questionnaires/:key");
}

export function renderMetrics(gauges: { name: string; help: string; values: { labels: TLabels; value: number }[] }[]): string {
  const lines = [...registry.requests.render(), ...registry.duration.render(), ...registry.dbDuration.render(), ...registry.pdf.render(), ...registry.pdfCache.render()];
  for (const gauge of gauges) {
    lines.push(`# HELP ${gauge.name} ${gauge.help}`, `# TYPE ${gauge.name} gauge`);
    for (const v of gauge.values) lines.push(`${gauge.name}${labelText(v.labels)} ${v.value}`);
  }
  return lines.join("\n") + "\n";
}
