import { strict as assert } from "node:assert";
import * as aq from "arquero";
import { figureLocation, textFigure } from "../../lib/article/text-figure-lookup";
import { DataError } from "../../lib/io/data-error";

const figures = aq.from([{ figure_id: "f", section: "Conclusion", paragraph: 3, phrase: "p", value: 72, unit: "percent" }]);

describe("textFigure", () => {
  it("finds a figure by id", () => {
    assert.equal(textFigure(figures, "f").value, 72);
  });
  it("names the file when the figure is not transcribed", () => {
    assert.throws(() => textFigure(figures, "g", "x.csv"), (e: unknown) => e instanceof DataError && e.location.file === "x.csv" && /"g"/.test(e.message));
  });
});

describe("figureLocation", () => {
  it("cites section and paragraph", () => {
    assert.equal(figureLocation({ section: "Conclusion", paragraph: 3 }), "Conclusion ¶3");
  });
});
