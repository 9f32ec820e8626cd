"use client";

import { useEffect, useState } from "react";
import type { TPublicQuestion } from "@/lib/questionnaire/public-questionnaire";

type TProps = {
  question: TPublicQuestion;
  value: unknown;
  disabled: boolean;
  describedBy: string;
  onChange: (value: unknown, options?: { debounce?: boolean }) => void;
  onClear: () => void;
};

const optionRow =
  "group flex cursor-pointer items-start gap-3 rounded-md border border-line bg-surface px-4 py-3 text-[0.9375rem] leading-snug " +
  "transition-colors hover:border-line-strong has-[:checked]:border-accent has-[:checked]:bg-[color-mix(in_oklab,var(--color-accent)_7%,var(--color-surface))] " +
  "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent has-[:disabled]:opacity-60";
const control = "mt-0.5 size-4 shrink-0 accent-[var(--color-accent)]";

/** The input for one question, by its type; all native controls, so the keyboard works as expected. */
export function AnswerInput({ question, value, disabled, describedBy, onChange, onClear }: TProps) {
  const name = `q-${question.id}`;
  switch (question.type) {
    case "single":
      return (
        <div className="grid gap-2" role="radiogroup" aria-describedby={describedBy}>
          {question.choices?.map((choice) => (
            <label key={choice.id} className={optionRow}>
              <input
                type="radio"
                className={control}
                name={name}
                value={choice.id}
                checked={value === choice.id}
                disabled={disabled}
                onChange={() => onChange(choice.id)}
              />
              <span>{choice.label}</span>
            </label>
          ))}
        </div>
      );
    case "multi": {
      const picked = Array.isArray(value) ? (value as string[]) : [];
      const toggle = (id: string, exclusive: boolean) => {
        let next = picked.includes(id) ? picked.filter((x) => x !== id) : [...picked, id];
        if (!picked.includes(id)) {
          const exclusiveIds = new Set(question.choices?.filter((c) => c.exclusive).map((c) => c.id));
          next = exclusive ? [id] : next.filter((x) => !exclusiveIds.has(x));
        }
        // Keep the bank's order, so the same set of choices is always stored the same way.
        const order = question.choices?.map((c) => c.id) ?? [];
        next.sort((a, b) => order.indexOf(a) - order.indexOf(b));
        if (next.length) onChange(next);
        else onClear();
      };
      return (
        <div className="grid gap-2" aria-describedby={describedBy}>
          <p className="text-sm text-muted">Choose all that apply.</p>
          {question.choices?.map((choice) => (
            <label key={choice.id} className={optionRow}>
              <input
                type="checkbox"
                className={`${control} rounded-sm`}
                name={name}
                value={choice.id}
                checked={picked.includes(choice.id)}
                disabled={disabled}
                onChange={() => toggle(choice.id, Boolean(choice.exclusive))}
              />
              <span>{choice.label}</span>
            </label>
          ))}
        </div>
      );
    }
    case "scale": {
      const min = question.min ?? 1;
      const max = question.max ?? 5;
      const points = Array.from({ length: max - min + 1 }, (_, i) => min + i);
      return (
        <div aria-describedby={describedBy}>
          <div role="radiogroup" aria-label={`From ${min} (${question.labels?.min}) to ${max} (${question.labels?.max})`} className="flex flex-wrap gap-2">
            {points.map((point) => (
              <label
                key={point}
                className="flex size-11 cursor-pointer items-center justify-center rounded-md border border-line bg-surface font-mono text-base has-[:checked]:border-accent has-[:checked]:bg-accent has-[:checked]:text-accent-ink has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent"
              >
                <input type="radio" className="sr-only" name={name} value={point} checked={value === point} disabled={disabled} onChange={() => onChange(point)} />
                {point}
              </label>
            ))}
          </div>
          <div className="mt-2 flex justify-between gap-4 text-sm text-muted">
            <span>
              {min}: {question.labels?.min}
            </span>
            <span className="text-right">
              {max}: {question.labels?.max}
            </span>
          </div>
        </div>
      );
    }
    case "number":
      return <NumberInput question={question} value={value} disabled={disabled} describedBy={describedBy} onChange={onChange} onClear={onClear} />;
    case "text":
      return <TextInput question={question} value={value} disabled={disabled} describedBy={describedBy} onChange={onChange} onClear={onClear} />;
  }
}

function NumberInput({ question, value, disabled, describedBy, onChange, onClear }: TProps) {
  const [text, setText] = useState(typeof value === "number" ? String(value) : "");
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setText(typeof value === "number" ? String(value) : ""), [value]);
  const id = `${question.id}-number`;
  return (
    <div className="flex flex-wrap items-center gap-3">
      <label htmlFor={id} className="sr-only">
        {question.prompt}
      </label>
      <input
        id={id}
        type="number"
        inputMode={question.integer ? "numeric" : "decimal"}
        min={question.min}
        max={question.max}
        step={question.integer ? 1 : "any"}
        value={text}
        disabled={disabled}
        aria-describedby={`${describedBy} ${id}-error`}
        aria-invalid={problem ? true : undefined}
        className="h-11 w-36 rounded-md border border-line-strong/70 bg-surface px-3 font-mono text-base text-ink focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          if (next.trim() === "") {
            setProblem(null);
            onClear();
            return;
          }
          const number = Number(next);
          const min = question.min ?? -Infinity;
          const max = question.max ?? Infinity;
          if (!Number.isFinite(number) || number < min || number > max || (question.integer && !Number.isInteger(number))) {
            setProblem(`Enter ${question.integer ? "a whole number" : "a number"} from ${question.min} to ${question.max}.`);
            return;
          }
          setProblem(null);
          onChange(number, { debounce: true });
        }}
      />
      <span className="text-muted">{question.unit}</span>
      <p id={`${id}-error`} aria-live="polite" className="w-full text-sm text-risk-high empty:hidden">
        {problem}
      </p>
    </div>
  );
}

function TextInput({ question, value, disabled, describedBy, onChange, onClear }: TProps) {
  const [text, setText] = useState(typeof value === "string" ? value : "");
  const id = `${question.id}-text`;
  return (
    <div>
      <label htmlFor={id} className="sr-only">
        {question.prompt}
      </label>
      <textarea
        id={id}
        rows={4}
        maxLength={question.maxLength}
        value={text}
        disabled={disabled}
        aria-describedby={describedBy}
        className="w-full rounded-md border border-line-strong/70 bg-surface px-3 py-2 text-base text-ink focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
        onChange={(event) => {
          setText(event.target.value);
          if (event.target.value.trim()) onChange(event.target.value, { debounce: true });
          else onClear();
        }}
      />
    </div>
  );
}
