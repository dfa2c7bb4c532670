export { logBeta, logGamma } from "./log-gamma";
export { regularizedIncompleteBeta } from "./incomplete-beta";
export { normalCdf, normalQuantile } from "./normal";
export { studentTCdf, studentTQuantile, twoSidedPValue } from "./student-t";
