import type { CliVerb } from "./cli-verb";
import { checkVerb } from "./wave-check";
import { draftCodebookVerb } from "./wave-draft-codebook";
import { exportVerb } from "./wave-export";
import { inspectVerb } from "./wave-inspect";

/** The verbs of `npm run wave -- <verb>`, in the order `--help` lists them. Add a verb here, one module each. */
export const WAVE_VERBS: readonly CliVerb[] = [inspectVerb, exportVerb, checkVerb, draftCodebookVerb];
