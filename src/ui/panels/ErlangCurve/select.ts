import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

/** The SVG path of a blocking curve drawn into width × height. */
export function curvePath(curve: Float64Array, width: number, height: number): string {
  const x = scaleLinear().domain([0, Math.max(1, curve.length - 1)]).range([0, width]);
  const y = scaleLinear().domain([0, 1]).range([height, 0]);
  return line<number>((_, i) => x(i), (d) => y(d))(Array.from(curve)) ?? '';
}
