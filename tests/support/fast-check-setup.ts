import fc from "fast-check";
import { testEnv } from "./test-env";

// In CI the property tests run with a fixed seed, so a submission's result does not depend on luck;
// locally every run explores new cases. A failure prints its seed: FC_SEED=<seed> replays it.
const seed = testEnv.FC_SEED ?? (testEnv.CI ? 20261127 : undefined);
if (seed !== undefined) fc.configureGlobal({ seed });
