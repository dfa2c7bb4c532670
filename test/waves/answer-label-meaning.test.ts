import * as assert from "node:assert/strict";
import { classifyAnswerLabel, describeAnswerLabelMeaning, impliedScalePosition, labelContradiction } from "../../lib/waves/answer-label-meaning";

/** label → expected reading ("positive, strong", "do not know / refused / no answer", …). */
const READINGS: readonly (readonly [string, string])[] = [
  // English: CAB's wording of the three scales and its non-substantive answers
  ["Very favorable", "positive, strong"],
  ["Somewhat favorable", "positive, moderate"],
  ["Somewhat unfavorable", "negative, moderate"],
  ["Very unfavorable", "negative, strong"],
  ["Very favourable", "positive, strong"],
  ["Strongly support", "positive, strong"],
  ["Somewhat oppose", "negative, moderate"],
  ["Strongly agree", "positive, strong"],
  ["Somewhat disagree", "negative, moderate"],
  ["Strongly disagree", "negative, strong"],
  ["Do not support", "negative"],
  ["Don't know / Refused (vol.)", "do not know / refused / no answer"],
  ["Don’t know", "do not know / refused / no answer"],
  ["DK", "do not know / refused / no answer"],
  ["Refused / no answer", "do not know / refused / no answer"],
  ["N/A", "do not know / refused / no answer"],
  ["Hard to say", "do not know / refused / no answer"],
  ["Neither agree nor disagree", "middle of the scale"],
  // Russian
  ["Очень положительно", "positive, strong"],
  ["Скорее положительно", "positive, moderate"],
  ["Скорее отрицательно", "negative, moderate"],
  ["Очень отрицательно", "negative, strong"],
  ["Полностью поддерживаю", "positive, strong"],
  ["Скорее не поддерживаю", "negative, moderate"],
  ["Совершенно не поддерживаю", "negative, strong"],
  ["Полностью согласен", "positive, strong"],
  ["Скорее не согласен", "negative, moderate"],
  ["Категорически против", "negative, strong"],
  ["Затрудняюсь ответить", "do not know / refused / no answer"],
  ["Отказ от ответа", "do not know / refused / no answer"],
  ["Не знаю", "do not know / refused / no answer"],
  ["Нет ответа", "do not know / refused / no answer"],
  ["Ни то ни другое", "middle of the scale"],
  // Kazakh, and CAB's bilingual labels
  ["Өте оң", "positive, strong"],
  ["Оңға жақын", "positive, moderate"],
  ["Теріске жақын", "negative, moderate"],
  ["Өте теріс", "negative, strong"],
  ["Толығымен келісемін", "positive, strong"],
  ["Мүлдем келіспеймін", "negative, strong"],
  ["Білмеймін", "do not know / refused / no answer"],
  ["Жауап беруге қиналамын", "do not know / refused / no answer"],
  ["Жауап бермеді", "do not know / refused / no answer"],
  ["Очень положительно / Өте оң", "positive, strong"],
  ["Скорее отрицательно / Теріске жақын", "negative, moderate"],
  ["Затрудняюсь ответить / Жауап беруге қиналамын", "do not know / refused / no answer"],
  ["Отказ / Жауап бермеді", "do not know / refused / no answer"],
  // Not recognised rather than guessed
  ["RU domestic qualities", "not recognised"],
  ["Not very favorable", "not recognised"],
  ["Очень положительно / Өте теріс", "not recognised"],
  ["Somewhat favorable, very", "not recognised"],
  ["", "not recognised"],
];

describe("classifyAnswerLabel: what an answer label says, in English, Russian and Kazakh", () => {
  for (const [label, reading] of READINGS) {
    it(`${JSON.stringify(label)} → ${reading}`, () => {
      assert.equal(describeAnswerLabelMeaning(classifyAnswerLabel(label)), reading);
    });
  }

  it("reads the non-substantive phrase first, whatever else the label says", () => {
    assert.equal(classifyAnswerLabel("Don't know if favorable").kind, "nonsubstantive");
  });

  it("gives the words that decided, for messages", () => {
    assert.deepEqual(classifyAnswerLabel("Скорее не согласен").cues, ["не согласен", "скорее"]);
  });
});

describe("impliedScalePosition", () => {
  it("is direction × strength, or null when either is unknown", () => {
    assert.equal(impliedScalePosition(classifyAnswerLabel("Very favorable")), 2);
    assert.equal(impliedScalePosition(classifyAnswerLabel("Скорее отрицательно")), -1);
    assert.equal(impliedScalePosition(classifyAnswerLabel("Do not support")), null);
    assert.equal(impliedScalePosition(classifyAnswerLabel("Затрудняюсь ответить")), null);
    assert.equal(impliedScalePosition(classifyAnswerLabel("Neither agree nor disagree")), null);
  });
});

describe("labelContradiction: the file's label against the codebook's reading of a code", () => {
  const at = (kind: "substantive" | "nonsubstantive", scalePosition: number | null) => ({ kind, scalePosition });

  it("accepts a label that agrees, and one it does not recognise (shown for review, not an error)", () => {
    assert.equal(labelContradiction(classifyAnswerLabel("Очень положительно"), at("substantive", 2)), null);
    assert.equal(labelContradiction(classifyAnswerLabel("Затрудняюсь ответить"), at("nonsubstantive", null)), null);
    assert.equal(labelContradiction(classifyAnswerLabel("Generally good relations"), at("substantive", null)), null, "unordered items: only the kind is checked");
    assert.equal(labelContradiction(classifyAnswerLabel("RU domestic qualities"), at("substantive", 2)), null);
  });

  it("refuses a positive label on a negative position (a scale coded the other way round), and the reverse", () => {
    assert.match(labelContradiction(classifyAnswerLabel("Очень положительно"), at("substantive", -2)) ?? "", /says positive, strong; the codebook reads the code as scale position -2/);
    assert.match(labelContradiction(classifyAnswerLabel("Very unfavorable"), at("substantive", 2)) ?? "", /says negative, strong; .* scale position \+2/);
  });

  it("refuses a strong label on a moderate position", () => {
    assert.match(labelContradiction(classifyAnswerLabel("Somewhat favorable"), at("substantive", 2)) ?? "", /positive, moderate/);
  });

  it("refuses a 'do not know' label on a substantive code, and a substantive label on a non-substantive code", () => {
    assert.match(labelContradiction(classifyAnswerLabel("Затрудняюсь ответить"), at("substantive", 1)) ?? "", /do not know .* substantive answer \(scale position \+1\)/);
    assert.match(labelContradiction(classifyAnswerLabel("Very favorable"), at("nonsubstantive", null)) ?? "", /non-substantive/);
  });

  it("refuses a middle-of-the-scale label on a scale position; accepts it on a non-substantive code", () => {
    assert.match(labelContradiction(classifyAnswerLabel("Neither agree nor disagree"), at("substantive", 1)) ?? "", /has no middle/);
    assert.equal(labelContradiction(classifyAnswerLabel("Neither agree nor disagree"), at("nonsubstantive", null)), null);
  });
});
