"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, type ChangeEvent, type FormEvent } from "react";
import { FormError } from "@/components/auth/form-field";
import { Button } from "@/components/ui/button";
import { MAX_BANK_BYTES, type TBankError, type TBankSourceFormat } from "@/lib/banks/bank-format";
import { detectBankFormat } from "@/lib/banks/detect-format";
import { BankErrorList } from "./bank-error-list";

type TResult =
  | { kind: "idle" }
  | { kind: "imported"; title: string; key: string; version: number }
  | { kind: "refused"; detail: string; errors: (TBankError | { path: string; message: string })[]; source: string }
  | { kind: "failed"; message: string };

const FORMAT_LABELS: Record<TBankSourceFormat, string> = { json: "JSON", yaml: "YAML" };

/**
 * Import a bank file: pick it or paste it, the format is detected (and can be changed), and the
 * server's verdict comes back as a list of problems, each with its line, column and field.
 */
export function ImportBankForm({ workspaceId }: { workspaceId: string }) {
  const router = useRouter();
  const id = useId();
  const [source, setSource] = useState("");
  const [format, setFormat] = useState<TBankSourceFormat>("yaml");
  const [formatChosen, setFormatChosen] = useState(false);
  const [fileName, setFileName] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<TResult>({ kind: "idle" });
  const textarea = useRef<HTMLTextAreaElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const summary = useRef<HTMLDivElement>(null);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > MAX_BANK_BYTES) {
      setResult({ kind: "failed", message: `${file.name} is ${(file.size / 1048576).toFixed(2)} MB; a bank file can be at most 1 MB.` });
      return;
    }
    const text = await file.text();
    setSource(text);
    setFileName(file.name);
    setFormat(detectBankFormat(text, file.name));
    setFormatChosen(false);
    setResult({ kind: "idle" });
  }

  function onText(event: ChangeEvent<HTMLTextAreaElement>) {
    const text = event.target.value;
    setSource(text);
    if (!formatChosen && text.trim() !== "") setFormat(detectBankFormat(text, fileName ?? undefined));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (source.trim() === "") {
      setResult({ kind: "failed", message: "Choose a bank file, or paste one into the text box." });
      return;
    }
    setPending(true);
    const sent = source;
    try {
      const response = await fetch(`/api/v1/workspaces/${workspaceId}/banks`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ format, source: sent }),
      });
      const body = await response.json().catch(() => null);
      if (response.status === 201 && body) {
        setResult({ kind: "imported", title: body.title, key: body.key, version: body.version });
        setSource("");
        setFileName(null);
        setFormatChosen(false);
        if (fileInput.current) fileInput.current.value = "";
        router.refresh();
      } else if (response.status === 422 && Array.isArray(body?.errors)) {
        setResult({ kind: "refused", detail: body.detail, errors: body.errors, source: sent });
      } else {
        setResult({ kind: "failed", message: typeof body?.detail === "string" ? body.detail : `The import failed (HTTP ${response.status}). Try again.` });
      }
    } catch {
      setResult({ kind: "failed", message: "The import could not reach Faultline. Check the connection and try again." });
    } finally {
      setPending(false);
      // Like an error summary: take focus to the verdict so it is read, and seen, first.
      requestAnimationFrame(() => summary.current?.focus());
    }
  }

  /** Selects the line of an error in the text box, so it can be fixed where it is. */
  function showInText(line: number, column: number) {
    const box = textarea.current;
    if (!box) return;
    const lines = box.value.split("\n");
    const start = lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0);
    const end = start + (lines[line - 1]?.length ?? 0);
    box.focus();
    box.setSelectionRange(Math.min(start + column - 1, end), end);
    const lineHeight = parseFloat(getComputedStyle(box).lineHeight) || 20;
    box.scrollTop = Math.max(0, (line - 3) * lineHeight);
  }

  const describedBy = `${id}-source-hint`;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-5" aria-describedby={`${id}-result`}>
      <div>
        <label htmlFor={`${id}-file`} className="font-medium">
          Bank file
        </label>
        <input
          ref={fileInput}
          id={`${id}-file`}
          type="file"
          accept=".json,.yaml,.yml,application/json,application/yaml,text/yaml"
          onChange={onFile}
          className="mt-1.5 block w-full text-sm text-muted file:mr-3 file:h-10 file:cursor-pointer file:rounded-md file:border file:border-line-strong/70 file:bg-transparent file:px-3.5 file:text-sm file:font-medium file:text-ink hover:file:border-ink focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
        />
      </div>
      <div>
        <label htmlFor={`${id}-source`} className="font-medium">
          Or paste it
        </label>
        <textarea
          ref={textarea}
          id={`${id}-source`}
          value={source}
          onChange={onText}
          rows={9}
          wrap="off"
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          placeholder={"faultline: question-bank/1\nquestionnaire:\n  key: my-bank\n  …"}
          aria-describedby={describedBy}
          aria-invalid={result.kind === "refused" ? true : undefined}
          className="mt-1.5 block w-full resize-y rounded-md border border-line-strong/70 bg-surface px-3.5 py-3 font-mono text-[0.8125rem] leading-5 text-ink placeholder:text-muted/70 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent aria-invalid:border-risk-high"
        />
        <p id={describedBy} className="mt-1.5 text-sm text-muted">
          {fileName ? `${fileName} is loaded here: edit it before importing if you like. ` : ""}At most 1 MB.
        </p>
      </div>
      <fieldset>
        <legend className="font-medium">Format</legend>
        <div className="mt-2 flex flex-wrap items-center gap-2">
          {(["yaml", "json"] as const).map((option) => (
            <label
              key={option}
              className="flex cursor-pointer items-center gap-2 rounded-md border border-line px-3 py-1.5 text-sm has-checked:border-accent has-checked:bg-accent/5 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent"
            >
              <input
                type="radio"
                name="format"
                value={option}
                checked={format === option}
                onChange={() => {
                  setFormat(option);
                  setFormatChosen(true);
                }}
                className="accent-(--color-accent) focus-visible:outline-none"
              />
              {FORMAT_LABELS[option]}
            </label>
          ))}
          <span className="text-sm text-muted">{formatChosen || source.trim() === "" ? "" : "detected"}</span>
        </div>
      </fieldset>
      <div id={`${id}-result`} ref={summary} tabIndex={-1} aria-live="polite" className="min-w-0 focus:outline-none">
        {result.kind === "imported" ? (
          <p role="status" className="rounded-xl border border-line border-l-4 border-l-risk-low bg-sunken/60 p-4 text-sm">
            <span className="font-medium">Imported {result.title}</span> ({result.key}@{result.version}). It is in the list of banks, and in the bank choice when
            you start a review.
          </p>
        ) : null}
        {result.kind === "refused" ? <BankErrorList detail={result.detail} errors={result.errors} source={result.source} onShow={showInText} /> : null}
        {result.kind === "failed" ? <FormError id={`${id}-error`} message={result.message} /> : null}
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Checking and importing…" : "Import bank"}
        </Button>
      </div>
    </form>
  );
}
