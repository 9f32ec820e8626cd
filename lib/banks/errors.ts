import { AppError } from "@/lib/errors";
import { MAX_BANK_BYTES, type TBankError } from "./bank-format";

/** An uploaded bank that cannot be used: 422 with every problem, each with its path, line and column. */
export class BankInvalidError extends AppError {
  constructor(readonly errors: TBankError[]) {
    const count = errors.length === 1 ? "1 problem" : `${errors.length} problems`;
    super("invalid-bank", 422, `The question bank was not imported: ${count} to fix.`, { errors });
  }
}

/** A bank file over MAX_BANK_BYTES: refused before it is parsed. */
export class BankTooLargeError extends AppError {
  constructor(bytes: number) {
    const size = (n: number) => `${(n / (1024 * 1024)).toFixed(2)} MB`;
    super("bank-too-large", 413, `The bank file is ${size(bytes)}; the limit is ${size(MAX_BANK_BYTES)} (${MAX_BANK_BYTES} bytes).`, {
      limitBytes: MAX_BANK_BYTES,
    });
  }
}
