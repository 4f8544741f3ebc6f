/**
 * Exports (loaded on first use): the whole result as JSON (typed arrays as arrays, via the CLI's
 * writer), metrics as CSV, and the charts on screen as one SVG or PNG.
 */
import { resultToJson } from '../../cli/resultJson';
import type { SimulationResult } from '../../engine/resultTypes';
import { metricsCsv } from '../lib/metricsCsv';

function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'scenario';
}

export function exportResultJson(result: SimulationResult, name: string): void {
  const text = JSON.stringify(resultToJson(result), null, 2);
  download(new Blob([text], { type: 'application/json' }), `${slug(name)}-result.json`);
}

export function exportMetricsCsv(result: SimulationResult, name: string): void {
  download(new Blob([metricsCsv(result)], { type: 'text/csv' }), `${slug(name)}-metrics.csv`);
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Every chart marked data-export, stacked into one standalone SVG with its panel's title above it. */
function composeCharts(title: string): { svg: string; width: number; height: number } {
  const charts = [...document.querySelectorAll<SVGSVGElement>('svg[data-export]')];
  const width = Math.max(400, ...charts.map((c) => c.width.baseVal.value));
  const parts: string[] = [];
  let y = 30;
  parts.push(`<text x="10" y="20" font-size="16" font-weight="600" font-family="system-ui, sans-serif">${escapeXml(title)}</text>`);
  for (const chart of charts) {
    const heading = chart.getAttribute('data-export') ?? '';
    parts.push(`<text x="10" y="${y + 14}" font-size="13" font-weight="600" font-family="system-ui, sans-serif">${escapeXml(heading)}</text>`);
    y += 20;
    const clone = chart.cloneNode(true) as SVGSVGElement;
    clone.setAttribute('x', '0');
    clone.setAttribute('y', String(y));
    parts.push(new XMLSerializer().serializeToString(clone));
    y += chart.height.baseVal.value + 10;
  }
  const svg = `<svg xmlns="${SVG_NS}" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}"><rect width="100%" height="100%" fill="#fff"/>${parts.join('')}</svg>`;
  return { svg, width, height: y };
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] ?? c);
}

export function exportChartsSvg(name: string): void {
  download(new Blob([composeCharts(name).svg], { type: 'image/svg+xml' }), `${slug(name)}-charts.svg`);
}

export async function exportChartsPng(name: string): Promise<void> {
  const { svg, width, height } = composeCharts(name);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw to a canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the browser could not encode the PNG');
    download(blob, `${slug(name)}-charts.png`);
  } finally {
    URL.revokeObjectURL(url);
  }
}
