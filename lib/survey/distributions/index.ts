export { logBeta, logGamma } from "./log-gamma";
export { regularizedIncompleteBeta } from "./incomplete-beta";
export { regularizedUpperGamma, chiSquareUpperTail } from "./chi-square";
export { fUpperTail } from "./f-distribution";
export { normalCdf, normalQuantile } from "./normal";
export { studentTCdf, studentTQuantile, twoSidedPValue } from "./student-t";
