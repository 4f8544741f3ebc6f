import { ErlangCurvePanel } from './panels/ErlangCurve/ErlangCurvePanel';

export function App() {
  return (
    <main>
      <h1>LambdaScope</h1>
      <ErlangCurvePanel />
    </main>
  );
}
