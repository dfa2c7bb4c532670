import * as assert from "node:assert/strict";
import { conceptsOfLabel, KNOWN_CAB_ITEM_NAMES } from "../../lib/waves/concept-cues";

describe("conceptsOfLabel: which concept a variable label speaks of (English, Russian, Kazakh)", () => {
  const cases: readonly (readonly [string, string[]])[] = [
    ["Opinion of Russia", ["russia_opinion"]],
    ["E1b. Ваше мнение о России", ["russia_opinion"]],
    ["Ресейге көзқарас", ["russia_opinion"]],
    ["What is your opinion of the United States?", ["us_opinion"]],
    ["Мнение о США / АҚШ-қа көзқарас", ["us_opinion"]],
    ["Ваше отношение к Китаю", ["china_opinion"]],
    ["Қытайға көзқарас", ["china_opinion"]],
    ["Closer economic relations with China", ["china_economic_relations"]],
    ["E3b. Развитие более тесных экономических отношений с Россией", ["russia_economic_relations"]],
    ["Ресеймен экономикалық қарым-қатынасты дамыту", ["russia_economic_relations"]],
    ["E4. Вступление в ЕАЭС принесло пользу экономике страны", ["eeu_benefit"]],
    ["Joining the Eurasian Economic Union has benefitted the economy", ["eeu_benefit"]],
    ["Мнение о руководстве страны", ["leadership_opinion"]],
    ["Why do you have a positive opinion of Russia? First reason", ["russia_positive_reason_1"]],
    ["Почему вы положительно относитесь к России? Вторая причина", ["russia_positive_reason_2"]],
    ["Reason for positive view of Russia", ["russia_positive_reason_1"]],
    // not placed: two countries, no country, unrelated
    ["Opinion of Russia and China", []],
    ["D1. Ваше мнение о Европейском союзе", []],
    ["Возраст", []],
    ["ЕАЭС", []],
  ];
  for (const [label, concepts] of cases) {
    it(`${JSON.stringify(label)} → ${concepts.join(", ") || "none"}`, () => assert.deepEqual(conceptsOfLabel(label), concepts));
  }

  it("uses the name for a reason's order when the label does not say it", () => {
    assert.deepEqual(conceptsOfLabel("Reason for a positive opinion of Russia", "Q21_2"), ["russia_positive_reason_2"]);
  });

  it("knows CAB's item names of the opinions of Russia, the US and China", () => {
    assert.deepEqual(KNOWN_CAB_ITEM_NAMES.russia_opinion, ["OpinionRussia", "E1b"]);
    assert.deepEqual(KNOWN_CAB_ITEM_NAMES.us_opinion, ["OpinionUSA", "E1c"]);
    assert.deepEqual(KNOWN_CAB_ITEM_NAMES.china_opinion, ["OpinionChina", "E1a"]);
  });
});
