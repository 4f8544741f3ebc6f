import { useEffect } from 'react';
import { useErlangCurve } from '../../queries/useErlangCurve';
import { useCurveStore } from '../../state/useCurveStore';
import { curvePath } from './select';

const WIDTH = 480;
const HEIGHT = 200;

export function ErlangCurvePanel() {
  const load = useCurveStore((s) => s.load);
  const curve = useCurveStore((s) => s.curve);
  const setCurve = useCurveStore((s) => s.setCurve);
  const query = useErlangCurve(60, load);
  useEffect(() => {
    if (query.data) setCurve(query.data);
  }, [query.data, setCurve]);
  return (
    <figure>
      <svg width={WIDTH} height={HEIGHT} role="img" aria-label="Throttled fraction against concurrency cap">
        {curve && <path data-testid="erlang-path" d={curvePath(curve, WIDTH, HEIGHT)} fill="none" stroke="#2563eb" />}
      </svg>
      <figcaption>Erlang B: fraction throttled as reserved concurrency grows, offered load {load}.</figcaption>
    </figure>
  );
}
