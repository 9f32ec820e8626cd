import { describe, expect, it, vi } from "vitest";
import { AppError, NotFoundError, ValidationError } from "@/lib/errors";
import { problemFromError } from "@/lib/http/problem";

describe("AppError across copies of lib/errors", () => {
  it("is recognised when another copy of the module threw it (the production server loads route modules from source beside Next.js's bundles)", async () => {
    vi.resetModules();
    const other = await import("@/lib/errors");
    expect(other.AppError).not.toBe(AppError); // really a second copy

    const foreign = new other.ValidationError([{ path: "value", message: "Pick one of the choices" }]);
    expect(foreign instanceof AppError).toBe(true);
    const response = problemFromError(foreign, "req-12345678");
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ code: "invalid-request", errors: [{ path: "value", message: "Pick one of the choices" }] });
  });

  it("keeps subclass checks exact, and refuses look-alikes", () => {
    expect(new NotFoundError() instanceof ValidationError).toBe(false);
    expect(new ValidationError([]) instanceof ValidationError).toBe(true);
    expect(new Error("plain") instanceof AppError).toBe(false);
    expect({ code: "not-found", status: 404 } instanceof AppError).toBe(false);
    expect(problemFromError(new Error("secret detail"), "req-12345678").status).toBe(500);
  });
});
