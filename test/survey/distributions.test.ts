import { logBeta, regularizedUpperGamma } from "../../lib/survey/distributions";
import { chiSquareUpperTail, fUpperTail, normalCdf, normalQuantile, studentTCdf, studentTQuantile, twoSidedPValue } from "../../lib/survey";
import { assertClose, rEstimators, rReference } from "./fixture-data";

describe("distributions (vs R qt, pt, qnorm, pnorm)", () => {
  const r = rReference().distributions;
  const dfs: number[] = r.df;
  const ps: number[] = r.p;
  const ts: number[] = r.t;

  it("studentTQuantile matches qt (relative 1e-9)", () => {
    dfs.forEach((df, i) => ps.forEach((p, j) => assertClose(studentTQuantile(p, df), r.qt[i][j], `qt(${p}, ${df})`)));
  });

  it("studentTCdf matches pt", () => {
    dfs.forEach((df, i) => ts.forEach((t, j) => assertClose(studentTCdf(t, df), r.pt[i][j], `pt(${t}, ${df})`)));
  });

  it("normalQuantile and normalCdf match qnorm and pnorm", () => {
    ps.forEach((p, j) => assertClose(normalQuantile(p), r.qnorm[j], `qnorm(${p})`));
    ts.forEach((t, j) => assertClose(normalCdf(t), r.pnorm[j], `pnorm(${t})`));
  });

  it("twoSidedPValue is 2·pt(−|t|, df) and uses the normal for df = Infinity", () => {
    assertClose(twoSidedPValue(2.2281388519649385, 10), 0.05, "t");
    assertClose(twoSidedPValue(-1.959963984540054, Infinity), 0.05, "z");
  });
});

describe("logBeta", () => {
  it("equals ln Γ(a) + ln Γ(b) − ln Γ(a + b) for small and large arguments", () => {
    assertClose(logBeta(2, 3), Math.log(1 / 12), "B(2, 3)");
    // R: lbeta(5e5, 0.5)
    assertClose(logBeta(5e5, 0.5), -5.9888164957774643, "B(5e5, 0.5)");
  });
});

describe("F and chi-square upper tails (vs R pf and pchisq, lower.tail = FALSE)", () => {
  const r = rEstimators().distributions;

  it("fUpperTail matches pf for fractional degrees of freedom", () => {
    (r.fdf as number[][]).forEach(([df1, df2], i) => (r.fx as number[]).forEach((x, j) => assertClose(fUpperTail(x, df1, df2), r.pfUpper[i][j], `pf(${x}, ${df1}, ${df2})`)));
    assertClose(fUpperTail(0, 2, 3), 1, "x = 0");
  });

  it("chiSquareUpperTail matches pchisq (series and continued-fraction branches)", () => {
    (r.cdf as number[]).forEach((df, i) => (r.cx as number[]).forEach((x, j) => assertClose(chiSquareUpperTail(x, df), r.pchisqUpper[i][j], `pchisq(${x}, ${df})`)));
    assertClose(regularizedUpperGamma(1, 2), Math.exp(-2), "Q(1, 2) = e^-2");
  });
});
