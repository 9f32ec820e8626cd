import { Worker } from "node:worker_threads";
import type { TPdfJob } from "./render-job";
import type { TWorkerReply } from "./pdf-worker";

type TTask = { id: number; job: TPdfJob; resolve: (pdf: Buffer) => void; reject: (error: Error) => void; timer?: NodeJS.Timeout };

/**
 * A fixed number of worker threads that render PDFs, each one at a time; jobs wait in order for a free
 * worker. A worker that fails, exits or takes longer than `timeoutMs` is replaced, and only its own
 * job fails. `workerFile` is the worker bundled for Node (scripts/build-pdf-worker.ts builds it with
 * the app): as plain ESM, it loads the renderer's ES modules as Node does, which a TypeScript loader
 * compiling them to CommonJS cannot.
 */
export class PdfWorkerPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, TTask>();
  private readonly retired = new WeakSet<Worker>();
  private readonly queue: TTask[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly workerFile: string,
    readonly size: number,
    private readonly timeoutMs = 60_000,
  ) {
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  /** Renders on the next free worker. */
  readonly render = (job: TPdfJob): Promise<Buffer> => {
    if (this.closed) return Promise.reject(new Error("The PDF workers are stopped."));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, resolve, reject });
      this.dispatch();
    });
  };

  /** Worker threads running now (a failed one is replaced at once). */
  get threads(): number {
    return this.idle.length + this.busy.size;
  }

  /** Jobs waiting for a worker (for metrics and tests). */
  get waiting(): number {
    return this.queue.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new Error("The PDF workers are stopped."));
    const workers = [...this.idle.splice(0), ...this.busy.keys()];
    for (const [worker, task] of this.busy) this.retire(worker, task, new Error("The PDF workers are stopped."));
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const task = this.queue.shift()!;
      this.busy.set(worker, task);
      task.timer = setTimeout(() => this.replace(worker, new Error(`The PDF took longer than ${this.timeoutMs / 1000} s to render.`)), this.timeoutMs);
      try {
        worker.postMessage({ id: task.id, job: task.job });
      } catch (error) {
        // The job could not be copied to the worker (not plain data): this job fails, the worker is fine.
        clearTimeout(task.timer);
        this.busy.delete(worker);
        this.idle.push(worker);
        task.reject(error instanceof Error ? error : new Error(String(error)));
      }
    }
  }

  private spawn(): Worker {
    const worker = new Worker(this.workerFile, { execArgv: [] });
    worker.unref(); // an idle pool does not keep the process alive
    worker.on("message", (reply: TWorkerReply) => {
      const task = this.busy.get(worker);
      if (!task || task.id !== reply.id) return;
      clearTimeout(task.timer);
      this.busy.delete(worker);
      this.idle.push(worker);
      if (reply.ok) task.resolve(Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength));
      else task.reject(new Error(`The PDF could not be rendered: ${reply.message}`));
      this.dispatch();
    });
    worker.on("error", (error) => this.replace(worker, error));
    worker.on("exit", (code) => this.replace(worker, new Error(`A PDF worker stopped (exit code ${code}).`)));
    return worker;
  }

  /** Takes a failed worker out (failing its job), and starts another in its place. */
  private replace(worker: Worker, error: Error): void {
    if (this.retired.has(worker)) return;
    const task = this.busy.get(worker);
    this.retire(worker, task, error);
    const index = this.idle.indexOf(worker);
    if (index !== -1) this.idle.splice(index, 1);
    void worker.terminate();
    if (!this.closed) this.idle.push(this.spawn());
    this.dispatch();
  }

  private retire(worker: Worker, task: TTask | undefined, error: Error): void {
    this.retired.add(worker);
    this.busy.delete(worker);
    if (task) {
      clearTimeout(task.timer);
      task.reject(error);
    }
  }
}
