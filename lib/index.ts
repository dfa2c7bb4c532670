/**
 * @love-with-nuances/lib: the tested helpers behind the notebooks, one
 * namespace per area (see README.md, "What is where"). Notebooks import the
 * areas they use, e.g.
 *
 *   import { article, claims, display, rounding } from "@love-with-nuances/lib";
 *   const table1 = article.loadTable1();
 */
// Cores: reusable, they know nothing of the memo.
export * as rounding from "./rounding";
export * as survey from "./survey";
export * as spss from "./spss";

// Reading and writing files: CSV, schemas, provenance, atomic writes, project paths.
export * as io from "./io";

// The memo: its published figures, its claims and their verdicts.
export * as article from "./article";
export * as claims from "./claims";

// Respondent-level waves: the contract, the memo's analyses on them, the SYNTHETIC generator.
export * as waves from "./waves";
export * as waveAnalyses from "./wave-analyses";
export * as synthetic from "./synthetic";

// Charts, tables and notebook output.
export * as display from "./display";
