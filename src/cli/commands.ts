/**
 * The CLI's commands over an injected I/O and engine, so tests drive every path (exit codes,
 * messages, progress) without a terminal, files or a long simulation. main.ts wires the real ones.
 * Exit codes (DESIGN §5): 0 ok · 2 invalid scenario or arguments · 1 unexpected failure.
 */
import type { Scenario } from '../scenario/types';
import type { Progress } from '../engine/simulation';
import type { SimulationResult } from '../engine/resultTypes';
import { parseArgs, USAGE, type Command } from './args';
import { formatProgress, formatSummary } from './format';
import { resultToJson } from './resultJson';
import { describeJsonError } from './jsonError';
import { restoreScenario, type RestoreResult } from '../scenario/restore';
import { formatIssue } from '../scenario/issues';
import { decodeScenario, encodeScenario } from '../scenario/urlCodec';
import { getPreset, PRESETS } from '../scenario/presets';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_INVALID = 2;

/** Everything the CLI touches outside itself. */
export interface CliIO {
  /** The text of a file; '-' = standard input. Rejects with a Node-style error (code ENOENT …). */
  readText(path: string): Promise<string>;
  writeText(path: string, text: string): Promise<void>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stderr is a terminal (the progress bar is drawn only then). */
  stderrIsTTY: boolean;
  /** Wall-clock milliseconds, for the progress bar's "runs over a second". */
  now(): number;
}

/** The part of the engine the CLI uses (src/engine/simulation.ts). */
export interface SimulationLike {
  advance(maxEvents: number): boolean;
  progress(): Progress;
  result(): SimulationResult;
}
export interface EngineApi {
  Simulation: new (scenario: Scenario) => SimulationLike;
}

/** Events per `advance` call between progress updates. */
export const EVENTS_PER_CHUNK = 100_000;
/** The progress bar appears once a run has taken this long (ms). */
export const PROGRESS_AFTER_MS = 1000;
const PROGRESS_EVERY_MS = 100;

/** A failure with its exit code and the lines to print on stderr. */
export class CliError extends Error {
  constructor(
    readonly exitCode: number,
    readonly lines: string[],
  ) {
    super(lines.join('\n'));
  }
}

/** Run the CLI on `argv`; returns the exit code. Never throws. */
export async function runCli(
  argv: readonly string[],
  io: CliIO,
  loadEngine: () => Promise<EngineApi>,
): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.stderr(`${parsed.errors.map((e) => `lambdascope: ${e}`).join('\n')}\n(see lambdascope --help)\n`);
    return EXIT_INVALID;
  }
  try {
    await execute(parsed.command, io, loadEngine);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`${error.lines.join('\n')}\n`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`lambdascope: unexpected failure: ${detail}\n`);
    return EXIT_FAILURE;
  }
}

async function execute(command: Command, io: CliIO, loadEngine: () => Promise<EngineApi>): Promise<void> {
  switch (command.kind) {
    case 'help':
      io.stdout(USAGE);
      return;
    case 'presets':
      io.stdout(listPresets());
      return;
    case 'preset': {
      const preset = getPreset(command.id);
      if (!preset)
        throw new CliError(EXIT_INVALID, [
          `lambdascope: unknown preset '${command.id}'; known: ${PRESETS.map((p) => p.id).join(', ')}`,
        ]);
      io.stdout(`${JSON.stringify(preset.scenario, null, 2)}\n`);
      return;
    }
    case 'validate': {
      const scenario = await loadScenario(io, command.file);
      io.stdout(
        `ok: ${scenario.name} — ${plural(scenario.functions.length, 'function')}, ${plural(scenario.sources.length, 'source')}, ${scenario.durationSeconds} s\n`,
      );
      return;
    }
    case 'share':
      io.stdout(`${encodeScenario(await loadScenario(io, command.file))}\n`);
      return;
    case 'decode': {
      const scenario = expectScenario(decodeScenario(command.link), io);
      io.stdout(`${JSON.stringify(scenario, null, 2)}\n`);
      return;
    }
    case 'run':
      await run(command, io, loadEngine);
      return;
    default: {
      const never: never = command;
      throw new Error(`unknown command ${JSON.stringify(never)}`);
    }
  }
}

function listPresets(): string {
  const width = Math.max(...PRESETS.map((p) => p.id.length));
  return `${PRESETS.map((p) => `${p.id.padEnd(width)}  ${p.title}`).join('\n')}\n`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Read, parse and restore a scenario file; warnings go to stderr, problems become exit code 2. */
export async function loadScenario(io: CliIO, file: string): Promise<Scenario> {
  const label = file === '-' ? 'standard input' : file;
  let text: string;
  try {
    text = await io.readText(file);
  } catch (error) {
    throw new CliError(EXIT_INVALID, [`lambdascope: cannot read ${label}: ${describeFileError(error)}`]);
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    throw new CliError(EXIT_INVALID, [`${label}: not valid JSON: ${describeJsonError(text)}`]);
  }
  return expectScenario(restoreScenario(input), io, label);
}

function expectScenario(result: RestoreResult, io: CliIO, label?: string): Scenario {
  const prefix = label ? `${label}: ` : '';
  for (const w of result.warnings) io.stderr(`${prefix}warning: ${formatIssue(w)}\n`);
  if (!result.ok)
    throw new CliError(
      EXIT_INVALID,
      result.errors.map((e) => `${prefix}${formatIssue(e)}`),
    );
  return result.scenario;
}

function describeFileError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

async function run(
  command: Extract<Command, { kind: 'run' }>,
  io: CliIO,
  loadEngine: () => Promise<EngineApi>,
): Promise<void> {
  const restored = await loadScenario(io, command.file);
  const scenario: Scenario = command.seed === null ? restored : { ...restored, seed: command.seed };
  const engine = await loadEngine();
  const result = simulateWithProgress(new engine.Simulation(scenario), io);
  if (command.out !== null) {
    try {
      await io.writeText(command.out, `${JSON.stringify(resultToJson(result))}\n`);
    } catch (error) {
      throw new CliError(EXIT_INVALID, [
        `lambdascope: cannot write ${command.out}: ${describeFileError(error)}`,
      ]);
    }
    if (!command.json) io.stderr(`wrote ${command.out}\n`);
  }
  io.stdout(
    command.json ? `${JSON.stringify(result.summary, null, 2)}\n` : formatSummary(result.summary, scenario),
  );
}

/** Advance the simulation to its end, drawing a progress bar on a terminal for runs over a second. */
export function simulateWithProgress(sim: SimulationLike, io: CliIO): SimulationResult {
  const started = io.now();
  let drawnAt = -Infinity;
  let width = 0;
  while (!sim.advance(EVENTS_PER_CHUNK)) {
    const now = io.now();
    if (!io.stderrIsTTY || now - started < PROGRESS_AFTER_MS || now - drawnAt < PROGRESS_EVERY_MS) continue;
    const line = formatProgress(sim.progress());
    io.stderr(`\r${line.padEnd(width)}`);
    width = line.length;
    drawnAt = now;
  }
  if (width > 0) io.stderr(`\r${' '.repeat(width)}\r`);
  return sim.result();
}
