import { logBeta } from "../../lib/survey/distributions";
import { normalCdf, normalQuantile, studentTCdf, studentTQuantile, twoSidedPValue } from "../../lib/survey";
import { assertClose, rReference } from "./fixture-data";

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
