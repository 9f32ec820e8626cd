/** After a failed submit, moves focus to the first field that has an error (or the form message). */
export function focusFirstError(form: HTMLFormElement, errors: Record<string, string | undefined>) {
  const order = ["name", "email", "password", "confirm"];
  const first = order.find((name) => errors[name]);
  const target = first ? form.querySelector<HTMLElement>(`[name="${first}"]`) : null;
  (target ?? form.querySelector<HTMLElement>("button[type=submit]"))?.focus();
}
