import { Fragment } from "react";
import type { TBankError } from "@/lib/banks/bank-format";

type TShownError = TBankError | { path: string; message: string };

function hasPlace(error: TShownError): error is TBankError {
  return "line" in error && typeof error.line === "number";
}

/** `a.b[2].c` with a line-break opportunity before each step, so a long path wraps where it reads well. */
function breakablePath(path: string) {
  return path.split(/(?=[.[])/).map((part, i) => (
    <Fragment key={i}>
      {i > 0 ? <wbr /> : null}
      {part}
    </Fragment>
  ));
}

/** The line at fault, without its indentation, and a caret under the column. */
function Excerpt({ line, column, text }: { line: number; column: number; text: string }) {
  const shown = text.replace(/\r$/, "");
  const indent = shown.length - shown.trimStart().length;
  const gutter = `${String(line).padStart(4)} | `;
  return (
    <pre className="mt-2 overflow-x-auto rounded-md bg-sunken px-3 py-2 font-mono text-[0.75rem] leading-5 text-ink" aria-hidden="true">
      <span className="text-muted select-none">{gutter}</span>
      {shown.trimStart()}
      {"\n"}
      <span className="text-risk-high select-none">{" ".repeat(gutter.length + Math.max(0, column - 1 - indent))}^</span>
    </pre>
  );
}

/**
 * A refused import's problems, in the order of the file: where (line, column and the field's path),
 * what, and the line itself with a caret under the place, so each one can be read without the file.
 */
export function BankErrorList({
  detail,
  errors,
  source,
  onShow,
}: {
  detail: string;
  errors: TShownError[];
  source: string;
  onShow: (line: number, column: number) => void;
}) {
  const lines = source.split("\n");
  return (
    <div className="rounded-xl border border-risk-high/40 border-l-4 border-l-risk-high bg-surface p-4">
      <p className="flex items-start gap-2 font-medium">
        <svg viewBox="0 0 16 16" aria-hidden="true" className="mt-1 size-4 shrink-0 text-risk-high" fill="currentColor">
          <path d="M8 1 15 14H1Zm-.75 5v4h1.5V6Zm0 5v1.5h1.5V11Z" />
        </svg>
        <span>{detail}</span>
      </p>
      <ol className="mt-3 grid gap-3" aria-label="Problems in the bank file">
        {errors.map((error, index) => (
          <li key={index} className="min-w-0 border-t border-line pt-3 text-sm first:border-t-0 first:pt-0">
            <p className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
              {hasPlace(error) ? (
                <span className="font-semibold tabular-nums">
                  Line {error.line}, column {error.column}
                </span>
              ) : null}
              {error.path ? <code className="min-w-0 rounded bg-sunken px-1.5 py-0.5 font-mono text-[0.75rem] break-words text-ink">{breakablePath(error.path)}</code> : null}
            </p>
            <p className="mt-1 text-ink">{error.message}</p>
            {hasPlace(error) && lines[error.line - 1] !== undefined ? (
              <>
                <Excerpt line={error.line} column={error.column} text={lines[error.line - 1]} />
                <button
                  type="button"
                  onClick={() => onShow(error.line, error.column)}
                  className="mt-1.5 text-sm font-medium text-accent underline decoration-accent/40 hover:decoration-accent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
                >
                  Show line {error.line} in the text<span className="sr-only">: {error.path}</span>
                </button>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
