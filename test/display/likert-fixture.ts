import { DivergingLikertChart } from "../../lib/display/diverging-likert";

/**
 * A two-item Likert chart (test fixture; numbers are arbitrary): the first
 * item has two narrow negative segments (2% and 6%) that cannot hold their
 * labels, the second only wide segments.
 */
export function likertChart(overrides: Partial<DivergingLikertChart> = {}): DivergingLikertChart {
  return {
    title: "Attitudes",
    caption: "Source: fixture; n = 1000",
    bars: [
      {
        label: "Opinion of the neighbouring country",
        segments: [
          { response: "Very favorable", position: 2, percent: 39 },
          { response: "Somewhat favorable", position: 1, percent: 48 },
          { response: "Do not know", position: null, percent: 5 },
          { response: "Somewhat unfavorable", position: -1, percent: 6 },
          { response: "Very unfavorable", position: -2, percent: 2 },
        ],
      },
      {
        label: "Agreement that joining the union has benefited the national economy of the country",
        segments: [
          { response: "Strongly agree", position: 2, percent: 30 },
          { response: "Somewhat agree", position: 1, percent: 25 },
          { response: "Somewhat disagree", position: -1, percent: 20 },
          { response: "Strongly disagree", position: -2, percent: 15 },
          { response: "Do not know", position: null, percent: 10 },
        ],
      },
    ],
    ...overrides,
  };
}
