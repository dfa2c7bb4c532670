import { strict as assert } from "node:assert";
import { loadTable2, table2Cells } from "../../lib/article/table2";
import {
  categorizableShareClaimResults,
  columnSumClaimResults,
  describeRebase,
  powerClaimResults,
  respondentShareBounds,
  rebaseClaimResults,
  relationClaimResults,
  textShareClaimResults,
  unpublishedClaimResults,
} from "../../lib/article/table2-claims";
import { table2RebaseChecks } from "../../lib/article/table2-rebase";
import { TextFigure } from "../../lib/article/text-figure-lookup";
import { ClaimRecord } from "../../lib/claims/claims-registry";
import { interval, intervalDifference, intervalScale, intervalSum } from "../../lib/rounding/interval";
import { checkWithinRange, compareIntervals } from "../../lib/rounding/interval-comparison";
import { checkRoundedDerivation } from "../../lib/rounding/rounded-derivation";
import { checkRoundedSum, roundingInterval } from "../../lib/rounding/rounding";
import { intervalShareOfSum } from "../../lib/rounding/share-of-sum";

// Table 2 as the memo prints it: column 1 = 47, 8, 7, 2, 11, 7 and 18 (uncategorizable); column 2 = 57, 10, 9, 3, 14, 9.
const table2 = loadTable2();
const figure = (figureId: string, value: number): TextFigure => ({ figure_id: figureId, section: "What Kazakhstanis Value in Russia", paragraph: 2, phrase: "p", value, unit: "percent" });
const claim = (id: string, evidence: ClaimRecord["evidence_needed"] = "published table"): ClaimRecord => ({
  id, section: "Introduction", paragraph: 2, statement: "s", reported: "r", evidence_needed: evidence, notebook: "03-reasons-table2.ipynb", check: "c",
});

describe("Table 2 claims (T2-01 … T2-25)", () => {
  it("T2-01, T2-02: column 1 adds up to 100; column 2's 102 is rounding, and the rows that print above their rebased value are named", () => {
    const columnSums = [
      { id: "T2-01", label: "column 1 (all reasons)", check: checkRoundedSum(100, [47, 8, 7, 2, 11, 7, 18]) },
      { id: "T2-02", label: "column 2 (categorizable reasons)", check: checkRoundedSum(100, [57, 10, 9, 3, 14, 9]) },
    ];
    const [col1, col2] = columnSumClaimResults(columnSums, ["a", "b"]);
    assert.equal(col1.verdict, "reproduced");
    assert.equal(col1.detail, "The 7 printed shares of column 1 (all reasons) add up to 100; with each share rounded to a whole percent their true sum lies in [96.5, 103.5], which includes 100.");
    assert.equal(col2.verdict, "consistent within rounding");
    assert.match(col2.detail, /which includes 100\. The excess of 2 points is rounding: 2 of the 6 shares print above their value rebased from column 1 \(a; b; Step 4\)\.$/);
    const short = columnSumClaimResults([{ id: "T2-02", label: "c", check: checkRoundedSum(100, [50, 40]) }], []);
    assert.equal(short[0].verdict, "internally inconsistent");
    assert.match(short[0].detail, /which excludes 100\.$/);
  });

  it("T2-03, T2-04: 82% is 100 − 18 and the sum of the categorizable rows; 18% is the last row", () => {
    const otherCell = table2Cells(table2).find((c) => c.reason_group === "uncategorizable")!;
    const results = categorizableShareClaimResults({
      categorizableText: figure("reasons_categorizable", 82),
      uncategorizableText: figure("reasons_uncategorizable", 18),
      otherCell,
      complement: checkRoundedDerivation(82, 82, intervalDifference(interval(100, 100), roundingInterval(18))),
      rowSum: checkRoundedSum(82, [47, 8, 7, 2, 11, 7]),
      otherCheck: checkRoundedSum(18, [18]),
    });
    assert.deepEqual(results.map((r) => [r.id, r.verdict]), [["T2-03", "reproduced"], ["T2-04", "reproduced"]]);
    assert.equal(results[0].computed, "100 − 18 = 82%; 47 + 8 + 7 + 2 + 11 + 7 = 82%");
    assert.equal(results[0].interval, "[81.5, 82.5]; [79, 85]");
  });

  it("T2-05 … T2-10: 2 / 0.82 = 2.44 prints as 2, so the printed 3 holds only within rounding", () => {
    const rebase = table2RebaseChecks(table2);
    assert.equal(describeRebase(rebase[0]), "47 / 0.82 = 57.32");
    const results = rebaseClaimResults(rebase);
    assert.deepEqual(results.map((r) => r.id), ["T2-05", "T2-06", "T2-07", "T2-08", "T2-09", "T2-10"]);
    const practical = results[3];
    assert.equal(practical.verdict, "consistent within rounding");
    assert.equal(practical.computed, "2 / 0.82 = 2.44% (printed 3%)");
    assert.match(practical.detail, /^2 \/ 0\.82 = 2\.44 would print as 2, not 3; 3 is reachable only because/);
    assert.equal(results[0].detail, "47 / 0.82 rounds to the printed 57.");
    assert.throws(() => rebaseClaimResults([{ ...rebase[0], category_id: "other" }]), /no registered claim for the Table 2 row other/);
  });

  it("T2-05 … T2-10: a printed share no rounding allows is inconsistent, with the gap", () => {
    const check = { ...table2RebaseChecks(table2)[0], reported: 60, outcome: "inconsistent" as const, gap: 1.94 };
    assert.match(rebaseClaimResults([check])[0].detail, /^No rounding of 47 and 18 gives 60: the interval \[.*\] misses it by 1\.94 points/);
  });

  it("T2-11 … T2-17: the people-worded shares depend on the reading (column 2 of reasons, or respondents bounded by up to two reasons each); T2-17 has one base", () => {
    const exact = { id: "T2-11", figure: figure("reasons_domestic", 57), category: "ru_domestic", categorizable: 57, check: checkRoundedSum(57, [57]) };
    const off = { id: "T2-13", figure: figure("reasons_good_relationship", 12), category: "kz_ru_good_relationship", categorizable: 10, check: checkRoundedSum(12, [10]) };
    const far = { id: "T2-14", figure: figure("reasons_innate_bonds", 30), category: "kz_ru_innate_bonds", categorizable: 10, check: checkRoundedSum(30, [10]) };
    const reasonsWorded = { id: "T2-17", figure: figure("reasons_benign", 14), category: "ru_international_benign", categorizable: 14, check: checkRoundedSum(14, [14]) };
    const [domestic, relationship, bonds, benign] = textShareClaimResults([exact, off, far, reasonsWorded], interval(1, 2));
    assert.equal(domestic.verdict, "depends on the reading");
    // 57% of reasons, up to two each: respondents citing it ∈ [56.5 / (200 − 56.5), 100] = [39.37, 100]
    assert.equal(domestic.computed, "Table 2 column 2: 57% of categorizable reasons; as a share of respondents ∈ [39.37, 100]%");
    assert.match(domestic.detail, /"of the categorizable reasons \(the base the sentence names\)": reproduced; "of the respondents \(the people who 'admire'\)" \[39\.4, 100\]: needs respondent-level data/);
    assert.match(domestic.detail, /A wording ambiguity, not two contradictory figures/);
    assert.equal(relationship.verdict, "depends on the reading");
    assert.match(relationship.detail, /^The in-text 12% differs from column 2 \(10%\) by 2 points\./);
    // 10% of reasons: respondents ∈ [9.5 / 1.905, 21] = [4.99, 21]; 30 lies outside: no reading saves it, so the printed-figure verdict stands
    assert.match(bonds.detail, /"of the respondents \(the people who 'cite'\)" \[5, 21\]: not supported by the memo's own numbers/);
    assert.equal(bonds.verdict, "internally inconsistent");
    assert.match(bonds.detail, /No reading saves the figure/);
    assert.equal(benign.verdict, "reproduced");
    assert.match(benign.detail, /so it has one base\.$/);
  });

  it("respondentShareBounds: p/(2 − p) to min(1, 2p) for up to two reasons; one reason each gives p itself", () => {
    const bounds = respondentShareBounds(interval(9.5, 10.5), interval(1, 2));
    assert.ok(Math.abs(bounds.lower - (100 * 0.095) / 1.905) < 1e-9 && Math.abs(bounds.upper - 21) < 1e-9);
    const one = respondentShareBounds(interval(9.5, 10.5), interval(1, 1));
    assert.ok(Math.abs(one.lower - 9.5) < 1e-9 && Math.abs(one.upper - 10.5) < 1e-9);
  });

  it("T2-18 … T2-21: benign > strong holds, 'of the total' names the wrong base, both quantifiers hold", () => {
    const col1 = (p: number) => roundingInterval(p);
    const share = (part: ReturnType<typeof col1>, other: ReturnType<typeof col1>) => intervalScale(intervalShareOfSum(part, other), 100);
    const overwhelmingly = interval(66.7, 100);
    const usually = interval(50, 100);
    const notInternational = intervalSum([col1(47), col1(8), col1(7), col1(2)]);
    const international = intervalSum([col1(11), col1(7)]);
    const notForeignShare = share(notInternational, international);
    const domesticOnlyShare = share(intervalSum([col1(47), col1(7)]), intervalSum([international, col1(8), col1(2)]));
    const benignShare = share(col1(11), col1(7));
    const relations = {
        benignVsStrongCol2: compareIntervals(col1(14), ">", col1(9)),
        benignVsStrongCol1: compareIntervals(col1(11), ">", col1(7)),
        ofTotal: checkRoundedSum(14, [11]),
        notInternational,
        notForeignShare,
        notForeignCheck: checkWithinRange(notForeignShare, overwhelmingly),
        domesticOnlyShare,
        domesticOnlyCheck: checkWithinRange(domesticOnlyShare, overwhelmingly),
        benignShare,
        benignCheck: checkWithinRange(benignShare, usually),
        overwhelmingly,
        usually,
      };
    const results = relationClaimResults(relations, table2);
    assert.deepEqual(results.map((r) => [r.id, r.verdict]), [
      ["T2-18", "reproduced"],
      ["T2-19", "depends on the reading"],
      ["T2-20", "reproduced"],
      ["T2-21", "reproduced"],
    ]);
    // 14 vs 9 of categorizable reasons: ratio 1.56, benign − strong ∈ [13.5 − 9.5, 14.5 − 8.5] = [4, 6].
    assert.match(results[0].detail, /a ratio of 1\.56 and a difference of \[4, 6\] points/);
    // 11% of all reasons: true value in [10.5, 11.5], 2 points short of 13.5, the smallest value printed as 14.
    assert.match(results[1].detail, /gives 11% \(true value in \[10\.5, 11\.5\], 2 points short of the smallest value that prints as 14\)/);
    assert.equal(results[3].computed, "benign / (benign + strong) ∈ [58.33, 63.89]%");
    assert.match(results[1].detail, /"of all reasons \(Table 2's total column\)": internally inconsistent; "of the categorizable reasons [^"]*": reproduced/);
    assert.match(results[1].detail, /A wording ambiguity, not two contradictory figures/);
    assert.doesNotMatch(results[0].detail, /Sampling error/);
    const scenarios = { categorizable: [{ name: "per wave", n: interval(1000, 2000), designEffect: interval(1, 2) }], all: [{ name: "per wave", n: interval(1200, 2600), designEffect: interval(1, 2) }] };
    const withSampling = relationClaimResults(relations, table2, scenarios);
    // 14 vs 9 of categorizable reasons: difference [4, 6] against 1.96·100·√(V·deff/n), V·n ∈ about [0.22, 0.24]: depends on n and deff
    assert.match(withSampling[0].detail, /of categorizable reasons, per wave \(n = 1000–2000, design effect 1–2\): difference \[4, 6\] points, .*: (depends on the assumptions|beyond sampling error)/);
  });

  it("T2-24, T2-25: a basis tied with power holds only within rounding while the bundle is ahead: depends on the reading; all ahead gives reproduced", () => {
    const strong = roundingInterval(7);
    const bases = [
      { category_id: "kz_ru_innate_bonds", percent: 7, comparison: compareIntervals(roundingInterval(7), ">", strong) },
      { category_id: "ru_domestic", percent: 47, comparison: compareIntervals(roundingInterval(47), ">", strong) },
    ];
    const [intro] = powerClaimResults(bases, 7, [claim("T2-24")]);
    assert.equal(intro.verdict, "depends on the reading");
    assert.equal(intro.interval, "[-1, 1]");
    // together 7 + 47 = 54 against 7: [53 − 7.5, 55 − 6.5] = [45.5, 48.5]
    assert.match(intro.detail, /Together \(7 \+ 47 against 7\), the bases exceed strength by \[45\.5, 48\.5\] points \(certain\)/);
    assert.match(intro.detail, /"each basis more common than power": consistent within rounding; "the bases together \(the bundle\) more common than power": reproduced/);
    assert.match(intro.detail, /^ru_domestic is more common than praise .* but kz_ru_innate_bonds \(7%\) is not: kz_ru_innate_bonds − strong ∈ \[-1, 1\] points/);
    assert.match(intro.detail, /\(Introduction ¶2\)/);
    const [ahead] = powerClaimResults(bases.slice(1), 7, [claim("T2-25")]);
    assert.equal(ahead.verdict, "reproduced");
    assert.equal(ahead.interval, "[39, 41]");
    assert.match(ahead.detail, /Kazakhstan's own national interests/);
  });

  it("T2-12, T2-22, T2-23: need the respondent-level data; an id with nothing written is refused", () => {
    const results = unpublishedClaimResults([claim("T2-12", "respondent-level data"), claim("T2-23", "respondent-level data")]);
    assert.deepEqual(results.map((r) => r.verdict), ["needs respondent-level data", "needs respondent-level data"]);
    assert.equal(results[0].evidence, "not in the package: respondent-level data (licensed CAB data)");
    assert.throws(() => unpublishedClaimResults([claim("T2-99", "respondent-level data")]), /nothing is written for T2-99/);
  });
});
