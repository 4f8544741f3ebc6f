/**
 * Cold-start timeline (lazy-loaded): a row per execution environment. Ctrl/⌘ + wheel zooms around
 * the pointer, dragging pans, a click moves the playhead; hovering tells what a segment was, and
 * so do the arrow keys when the rows have focus (spanCursor.ts). The zoom is the shared time
 * window, so every chart follows.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { Legend } from '../../charts/Legend';
import { COLORS } from '../../charts/palette';
import { Playhead } from '../../charts/Playhead';
import { runDuration } from '../../charts/seriesAccess';
import { panWindow, zoomWindow, type TimeWindow } from '../../charts/timeAxis';
import { useElementWidth } from '../../charts/useElementWidth';
import { useViewWindow } from '../../charts/useViewWindow';
import { Panel } from '../../components/Panel';
import { formatNumber } from '../../lib/format';
import type { Run } from '../../queries/useSimulation';
import { usePlaybackStore } from '../../state/usePlaybackStore';
import { useUiStore } from '../../state/useUiStore';
import { KIND_LEGEND, selectTimeline, spanAt, spansByEnv } from './select';
import { describeSpan, initialCursor, moveCursor, type SpanCursor } from './spanCursor';

interface Hover {
  x: number;
  y: number;
  text: string;
}

export default function TimelinePanel({ run }: { run: Run }) {
  const { result } = run;
  const duration = runDuration(result);
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const functionFilter = useUiStore((s) => s.functionFilter);
  const setWindow = useUiStore((s) => s.setWindow);
  const window = useViewWindow(duration);
  const byEnv = useMemo(() => spansByEnv(result.environments.spans), [result]);
  const view = useMemo(
    () => (width > 0 ? selectTimeline(result, functionFilter, window, width, byEnv) : null),
    [result, functionFilter, window.t0, window.t1, width, byEnv], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const [hover, setHover] = useState<Hover | null>(null);
  const [cursor, setCursor] = useState<SpanCursor | null>(null);
  const drag = useRef<{ startX: number; window: TimeWindow; moved: boolean } | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const minSpan = Math.max(result.series.bucketSeconds, 0.05);
  const apply = (next: TimeWindow) => setWindow(next.t0 <= 0 && next.t1 >= duration ? null : next);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || !view) return undefined;
    const onWheel = (e: WheelEvent) => {
      if (!e.ctrlKey && !e.metaKey) return;
      e.preventDefault();
      const center = view.x.invert(e.clientX - svg.getBoundingClientRect().left);
      apply(zoomWindow(window, e.deltaY > 0 ? 1.25 : 0.8, center, duration, minSpan));
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    return () => svg.removeEventListener('wheel', onWheel);
  });

  if (!view) return <div ref={ref} className="chart-box timeline-scroll" />;
  const localX = (e: PointerEvent) => e.clientX - (svgRef.current?.getBoundingClientRect().left ?? 0);
  const localY = (e: PointerEvent) => e.clientY - (svgRef.current?.getBoundingClientRect().top ?? 0);
  const onMove = (e: PointerEvent<SVGRectElement>) => {
    const d = drag.current;
    if (d && e.buttons === 1) {
      const dx = localX(e) - d.startX;
      if (Math.abs(dx) > 3) d.moved = true;
      if (d.moved) apply(panWindow(d.window, -(dx / (view.x.range()[1]! - view.x.range()[0]!)) * (d.window.t1 - d.window.t0), duration));
      return;
    }
    const t = view.x.invert(localX(e));
    const row = view.rows[Math.floor((localY(e) - (view.rows[0]?.y ?? 0)) / view.rowHeight)];
    if (!row) return setHover(null);
    setHover({ x: localX(e), y: localY(e), text: describeSpan(row, spanAt(byEnv.get(row.env), t), t) });
  };
  const cursorRow = cursor ? view.rows[cursor.row] : undefined;
  const cursorSpan = cursor && cursorRow ? (byEnv.get(cursorRow.env)?.[cursor.index] ?? null) : null;
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const fresh = !(cursor && cursorSpan);
    const from = fresh ? initialCursor(view.rows, byEnv, window) : cursor;
    const moved = from ? moveCursor(from, e.key, view.rows, byEnv) : null;
    if (!from || !moved) return;
    // The first key press lands on the first span in view; later ones move.
    const next = fresh ? from : moved;
    e.preventDefault();
    setCursor(next);
    const row = view.rows[next.row];
    const target = row ? byEnv.get(row.env)?.[next.index] : undefined;
    if (target && (target.end <= window.t0 || target.start >= window.t1)) apply(panWindow(window, (target.start + target.end) / 2 - (window.t0 + window.t1) / 2, duration));
    if (row) e.currentTarget.scrollTop = Math.max(0, Math.min(e.currentTarget.scrollTop, row.y - 20), row.y + view.rowHeight + 30 - e.currentTarget.clientHeight);
  };
  const span = window.t1 - window.t0;
  return (
    <Panel
      id="timeline"
      title="Cold-start timeline"
      explanation="One row per execution environment, in the order they were created: orange is a cold start (init), blue busy, grey idle and warm, × where it was reaped. New rows mean new environments — each one a cold start."
      empty={view.empty}
      actions={
        <div className="zoom" role="group" aria-label="Timeline zoom and pan">
          <button type="button" onClick={() => apply(panWindow(window, -span / 4, duration))} disabled={window.t0 <= 0} aria-label="Pan the time window left">◀</button>
          <button type="button" onClick={() => apply(zoomWindow(window, 0.5, window.t0 + span / 2, duration, minSpan))} aria-label="Zoom the time window in">+</button>
          <button type="button" onClick={() => apply(zoomWindow(window, 2, window.t0 + span / 2, duration, minSpan))} disabled={span >= duration} aria-label="Zoom the time window out">−</button>
          <button type="button" onClick={() => apply(panWindow(window, span / 4, duration))} disabled={window.t1 >= duration} aria-label="Pan the time window right">▶</button>
        </div>
      }
    >
      <Legend items={[...KIND_LEGEND.map((k) => ({ key: k.kind, label: k.label, color: k.color, shape: 'area' as const })), { key: 'reaped', label: 'Reaped (×)', color: COLORS.text, shape: 'line' as const }]} />
      <p className="muted small" data-testid="timeline-summary">
        {formatNumber(view.coldStartsInView)} cold start{view.coldStartsInView === 1 ? '' : 's'} in view · {formatNumber(result.environments.total)} environments created in the run
        {view.note ? ` · ${view.note}` : ''} · Ctrl/⌘ + wheel to zoom, drag to pan.
      </p>
      <div
        ref={ref}
        className="chart-box timeline-scroll timeline-rows"
        tabIndex={0}
        role="region"
        aria-label="Timeline rows: arrow keys move from span to span, Home and End to a row's ends"
        aria-describedby="timeline-span"
        onKeyDown={onKeyDown}
        data-testid="timeline-rows"
      >
        <svg ref={svgRef} width={view.width} height={view.height} role="img" aria-label={`Execution environments over time: ${view.rows.length} rows, ${view.coldStartsInView} cold starts in view`} data-testid="timeline-chart" data-export="Cold-start timeline" fontSize={10} fontFamily="system-ui, sans-serif" xmlns="http://www.w3.org/2000/svg">
          <rect width={view.width} height={view.height} fill="#ffffff" />
          {view.rows.map((r) => (
            <text key={r.env} x={view.x.range()[0]! - 6} y={r.y + view.rowHeight / 2} dy="0.1em" textAnchor="end" fill={COLORS.axis} fontSize={view.rowHeight < 10 ? 8 : 10}>
              {r.label}
            </text>
          ))}
          {view.layers.map((l) => l.d && <path key={l.kind} d={l.d} fill={l.color} data-kind={l.kind} />)}
          {view.initTicks && <path d={view.initTicks} fill={KIND_LEGEND[0]?.color} data-kind="init" />}
          {view.cut && (
            <g>
              <rect x={view.cut.x} y={6} width={Math.max(0, view.x.range()[1]! - view.cut.x)} height={view.height - 30} fill="#f3f4f6" />
              <text x={view.cut.x + 8} y={20} fill={COLORS.axis} fontSize={11}>
                {view.cut.label}
              </text>
            </g>
          )}
          {view.rows.map((r) => r.reapedX !== null && <path key={`x${r.env}`} d={`M${r.reapedX - 3},${r.y}l6,${view.rowHeight - 2}m0,-${view.rowHeight - 2}l-6,${view.rowHeight - 2}`} stroke={COLORS.text} strokeWidth={1.2} />)}
          {view.xTicks.map((t) => (
            <text key={t.value} x={t.pos} y={view.height - 10} textAnchor="middle" fill={COLORS.axis}>
              {t.label}
            </text>
          ))}
          {cursorRow && cursorSpan && (
            <rect
              x={Math.max(view.x.range()[0]!, view.x(cursorSpan.start)) - 1}
              y={cursorRow.y - 1}
              width={Math.max(4, Math.min(view.x.range()[1]!, view.x(cursorSpan.end)) - Math.max(view.x.range()[0]!, view.x(cursorSpan.start)) + 2)}
              height={view.rowHeight}
              fill="none"
              stroke={COLORS.text}
              strokeWidth={2}
              data-testid="timeline-cursor"
            />
          )}
          <Playhead x={view.x} top={6} bottom={view.height - 24} />
          <rect
            x={view.x.range()[0]}
            y={0}
            width={Math.max(0, view.x.range()[1]! - view.x.range()[0]!)}
            height={view.height}
            fill="transparent"
            style={{ cursor: 'grab', touchAction: 'none' }}
            onPointerDown={(e) => {
              e.currentTarget.setPointerCapture(e.pointerId);
              drag.current = { startX: localX(e), window, moved: false };
            }}
            onPointerUp={(e) => {
              if (drag.current && !drag.current.moved) usePlaybackStore.getState().seek(view.x.invert(localX(e)));
              drag.current = null;
            }}
            onPointerMove={onMove}
            onPointerLeave={() => setHover(null)}
          />
        </svg>
        {hover && (
          <div className="tooltip" role="status" style={{ left: Math.min(hover.x + 12, view.width - 320), top: hover.y + 14 }}>
            {hover.text}
          </div>
        )}
      </div>
      <p id="timeline-span" className="muted small timeline-span" role="status" data-testid="timeline-span">
        {cursorRow && cursorSpan ? describeSpan(cursorRow, cursorSpan, cursorSpan.start) : 'Focus the rows and use the arrow keys to step through what each environment did.'}
      </p>
    </Panel>
  );
}
