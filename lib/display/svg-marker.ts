import { SeriesSymbol } from "./palette";
import { px } from "./svg-parts";

/**
 * SVG markup of a marker of the given symbol (the shapes of Plotly's
 * "circle", "square", "triangle-up", "diamond", "triangle-down") centred on
 * (cx, cy), about `size` px across, with a white outline so it stays visible
 * over lines and interval bars.
 *
 * @example svgMarker("circle", 10, 10, "#0072B2") // => '<circle cx="10" cy="10" r="4.5" .../>'
 */
export function svgMarker(symbol: SeriesSymbol, cx: number, cy: number, fill: string, size = 9): string {
  const r = size / 2;
  const paint = `fill="${fill}" stroke="#ffffff" stroke-width="1"`;
  switch (symbol) {
    case "circle":
      return `<circle cx="${px(cx)}" cy="${px(cy)}" r="${px(r)}" ${paint}/>`;
    case "square":
      return `<rect x="${px(cx - r)}" y="${px(cy - r)}" width="${px(size)}" height="${px(size)}" ${paint}/>`;
    case "triangle-up":
      return polygon([[cx, cy - r * 1.2], [cx + r * 1.15, cy + r * 0.8], [cx - r * 1.15, cy + r * 0.8]], paint);
    case "triangle-down":
      return polygon([[cx, cy + r * 1.2], [cx + r * 1.15, cy - r * 0.8], [cx - r * 1.15, cy - r * 0.8]], paint);
    case "diamond":
      return polygon([[cx, cy - r * 1.3], [cx + r * 1.1, cy], [cx, cy + r * 1.3], [cx - r * 1.1, cy]], paint);
  }
}

function polygon(points: readonly (readonly [number, number])[], paint: string): string {
  return `<polygon points="${points.map(([x, y]) => `${px(x)},${px(y)}`).join(" ")}" ${paint}/>`;
}
