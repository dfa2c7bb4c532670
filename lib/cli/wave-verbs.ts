import type { CliVerb } from "./cli-verb";
import { exportVerb } from "./wave-export";
import { inspectVerb } from "./wave-inspect";

/** The verbs of `npm run wave -- <verb>`, in the order `--help` lists them. Add a verb here, one module each. */
export const WAVE_VERBS: readonly CliVerb[] = [inspectVerb, exportVerb];
