import { logLevel } from "@/lib/env";

/** Structured JSON logs, one object a line on stdout, tied to requests by `requestId`. */
type TLevel = "debug" | "info" | "warn" | "error";
const order: Record<TLevel | "silent", number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

const threshold = order[logLevel()];

function write(level: TLevel, msg: string, fields: Record<string, unknown>) {
  if (order[level] < threshold) return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields }, (_key, value) =>
    value instanceof Error ? { name: value.name, message: value.message, stack: value.stack } : value,
  );
  (level === "error" || level === "warn" ? process.stderr : process.stdout).write(line + "\n");
}

export const log = {
  debug: (msg: string, fields: Record<string, unknown> = {}) => write("debug", msg, fields),
  info: (msg: string, fields: Record<string, unknown> = {}) => write("info", msg, fields),
  warn: (msg: string, fields: Record<string, unknown> = {}) => write("warn", msg, fields),
  error: (msg: string, fields: Record<string, unknown> = {}) => write("error", msg, fields),
};
