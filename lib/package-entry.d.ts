// Types of the workspace package "@love-with-nuances/lib": the declarations that
// `npm run build` emits for lib/index.ts (see package-entry.js).
export * from "../output/build/lib/index";
