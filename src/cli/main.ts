/**
 * The `lambdascope` command (DESIGN §5): wires Node's files, streams and clock into the pure CLI
 * of commands.ts. Run with `npm run sim -- <args>` or `npx lambdascope <args>` from a checkout.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { runCli, type CliIO, type EngineApi } from './commands';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

const nodeIO: CliIO = {
  readText: (path) => (path === '-' ? readStdin() : readFile(path, 'utf8')),
  writeText: (path, text) => writeFile(path, text, 'utf8'),
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  stderrIsTTY: process.stderr.isTTY === true,
  now: () => performance.now(),
};

// The engine is loaded only by `run`, so validate/share/decode start fast.
const loadEngine = async (): Promise<EngineApi> => import('../engine/simulation');

process.exitCode = await runCli(process.argv.slice(2), nodeIO, loadEngine);
