/**
 * Renders a ChartGeometry (d3 computed it; React draws it). Presentation is in SVG attributes, not
 * CSS classes, so an exported SVG or PNG looks the same as on screen. Clicking or dragging on the
 * plot moves the playhead (scrubbing).
 */
import { useId, type PointerEvent } from 'react';
import { usePlaybackStore } from '../state/usePlaybackStore';
import type { ChartGeometry } from './chartGeometry';
import { COLORS } from './palette';
import { Playhead } from './Playhead';

interface Props {
  geometry: ChartGeometry;
  /** What the chart shows, for screen readers (and the SVG's <title>). */
  label: string;
  description: string;
  testId: string;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export function ChartSvg({ geometry: g, label, description, testId }: Props) {
  const id = useId();
  const seek = usePlaybackStore((s) => s.seek);
  const scrub = (event: PointerEvent<SVGRectElement>) => {
    if (event.type === 'pointermove' && event.buttons !== 1) return;
    const box = event.currentTarget.ownerSVGElement?.getBoundingClientRect();
    if (box) seek(g.x.invert(event.clientX - box.left));
  };
  const plotHeight = g.plot.bottom - g.plot.top;
  return (
    <svg
      width={g.width}
      height={g.height}
      viewBox={`0 0 ${g.width} ${g.height}`}
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
      data-testid={testId}
      data-export={label}
      fontFamily={FONT}
      fontSize={11}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={`${id}-t`}>{label}</title>
      <desc id={`${id}-d`}>{description}</desc>
      <defs>
        <clipPath id={`${id}-clip`}>
          <rect x={g.plot.left} y={g.plot.top - 2} width={g.plot.right - g.plot.left} height={plotHeight + 2} />
        </clipPath>
      </defs>
      <rect x={0} y={0} width={g.width} height={g.height} fill="#ffffff" />
      {g.yTicks.map((t) => (
        <g key={`y${t.value}`}>
          <line x1={g.plot.left} x2={g.plot.right} y1={t.pos} y2={t.pos} stroke={COLORS.grid} />
          <text x={g.plot.left - 6} y={t.pos} dy="0.32em" textAnchor="end" fill={COLORS.axis}>
            {t.label}
          </text>
        </g>
      ))}
      <g clipPath={`url(#${id}-clip)`} data-testid={`${testId}-marks`}>
        {g.areas.map((a) => (
          <path key={a.key} d={a.d} fill={a.color} data-series={a.key} />
        ))}
        {g.lines.map((l) => (
          <path key={l.key} d={l.d} fill="none" stroke={l.color} strokeWidth={l.width} strokeDasharray={l.dash} data-series={l.key} />
        ))}
      </g>
      <line x1={g.plot.left} x2={g.plot.right} y1={g.plot.bottom} y2={g.plot.bottom} stroke={COLORS.axis} />
      {g.xTicks.map((t) => (
        <g key={`x${t.value}`}>
          <line x1={t.pos} x2={t.pos} y1={g.plot.bottom} y2={g.plot.bottom + 4} stroke={COLORS.axis} />
          <text x={t.pos} y={g.plot.bottom + 16} textAnchor="middle" fill={COLORS.axis}>
            {t.label}
          </text>
        </g>
      ))}
      <text transform={`translate(12 ${g.plot.top + plotHeight / 2}) rotate(-90)`} textAnchor="middle" fill={COLORS.axis}>
        {g.yLabel}
      </text>
      <Playhead x={g.x} top={g.plot.top} bottom={g.plot.bottom} />
      <rect
        x={g.plot.left}
        y={g.plot.top}
        width={Math.max(0, g.plot.right - g.plot.left)}
        height={Math.max(0, plotHeight)}
        fill="transparent"
        style={{ cursor: 'crosshair', touchAction: 'none' }}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          scrub(e);
        }}
        onPointerMove={scrub}
      />
    </svg>
  );
}
