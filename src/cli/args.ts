/**
 * Command-line arguments (DESIGN §5), parsed into a typed command or a list of problems. Pure: no
 * I/O, so every path (and every mistake a user can make) is unit-tested.
 */

export type Command =
  | { kind: 'run'; file: string; json: boolean; out: string | null; seed: number | null }
  | { kind: 'validate'; file: string }
  | { kind: 'presets' }
  | { kind: 'preset'; id: string }
  | { kind: 'share'; file: string }
  | { kind: 'decode'; link: string }
  | { kind: 'help' };

export type ParseResult = { ok: true; command: Command } | { ok: false; errors: string[] };

/** The largest seed a scenario accepts (a 32-bit unsigned integer). */
const MAX_SEED = 4_294_967_295;

export const USAGE = `lambdascope — simulate the AWS Lambda execution model

Usage:
  lambdascope run <scenario.json | -> [--json] [--out result.json] [--seed N]
  lambdascope validate <scenario.json | ->
  lambdascope presets                  list preset ids and titles
  lambdascope preset <id>              print a preset's scenario JSON
  lambdascope share <scenario.json | -> print the share-URL fragment
  lambdascope decode <url-or-fragment> print the scenario JSON a share URL holds

Options (run):
  --json         print exactly the result summary as JSON on stdout
  --out <file>   write the whole result as JSON
  --seed <N>     override the scenario's seed (a whole number 0–${MAX_SEED})
  -h, --help     show this help

"-" reads the scenario from standard input.
Exit codes: 0 ok · 2 invalid scenario or arguments · 1 unexpected failure.
From a checkout: npm run sim -- <command> …
`;

const COMMANDS = ['run', 'validate', 'presets', 'preset', 'share', 'decode', 'help'] as const;
type CommandName = (typeof COMMANDS)[number];

/** What each command takes as its one positional argument (null = none). */
const POSITIONAL: Record<CommandName, string | null> = {
  run: '<scenario.json | ->',
  validate: '<scenario.json | ->',
  presets: null,
  preset: '<id>',
  share: '<scenario.json | ->',
  decode: '<url-or-fragment>',
  help: null,
};

interface Tokens {
  positionals: string[];
  flags: Map<string, string | true>;
  errors: string[];
}

const VALUE_OPTIONS = new Set(['--out', '--seed']);
const SWITCHES = new Set(['--json', '--help', '-h']);

function tokenize(argv: readonly string[]): Tokens {
  const tokens: Tokens = { positionals: [], flags: new Map(), errors: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      tokens.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      tokens.positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (SWITCHES.has(name) && eq < 0) tokens.flags.set(name === '-h' ? '--help' : name, true);
    else if (VALUE_OPTIONS.has(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[i + 1];
      if (eq < 0) i += 1;
      if (value === undefined || value === '') tokens.errors.push(`${name} needs a value`);
      else tokens.flags.set(name, value);
    } else tokens.errors.push(`unknown option ${arg}`);
  }
  return tokens;
}

function parseSeed(value: string): number | string {
  const seed = /^\d+$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(seed) && seed <= MAX_SEED
    ? seed
    : `--seed must be a whole number between 0 and ${MAX_SEED} (got '${value}')`;
}

/** Parse `argv` (without `node` and the script). */
export function parseArgs(argv: readonly string[]): ParseResult {
  const { positionals, flags, errors } = tokenize(argv);
  if (flags.has('--help') || positionals[0] === 'help') return { ok: true, command: { kind: 'help' } };
  const [name, ...rest] = positionals;
  if (name === undefined)
    return { ok: false, errors: [...errors, `missing command; one of ${COMMANDS.slice(0, -1).join(', ')}`] };
  if (!(COMMANDS as readonly string[]).includes(name)) {
    return {
      ok: false,
      errors: [...errors, `unknown command '${name}'; one of ${COMMANDS.slice(0, -1).join(', ')}`],
    };
  }
  const command = name as CommandName;
  const wanted = POSITIONAL[command];
  if (wanted !== null && rest.length === 0) errors.push(`${command}: missing ${wanted}`);
  const extra = wanted === null ? rest : rest.slice(1);
  for (const arg of extra) errors.push(`${command}: unexpected argument '${arg}'`);
  if (command !== 'run') {
    for (const flag of ['--json', '--out', '--seed'])
      if (flags.has(flag)) errors.push(`${flag} applies only to run`);
  }
  let seed: number | null = null;
  const seedFlag = flags.get('--seed');
  if (typeof seedFlag === 'string') {
    const parsed = parseSeed(seedFlag);
    if (typeof parsed === 'string') errors.push(parsed);
    else seed = parsed;
  }
  if (errors.length > 0) return { ok: false, errors };
  const arg = rest[0] ?? '';
  return { ok: true, command: build(command, arg, flags, seed) };
}

function build(
  command: CommandName,
  arg: string,
  flags: Map<string, string | true>,
  seed: number | null,
): Command {
  switch (command) {
    case 'run': {
      const out = flags.get('--out');
      return {
        kind: 'run',
        file: arg,
        json: flags.has('--json'),
        out: typeof out === 'string' ? out : null,
        seed,
      };
    }
    case 'validate':
    case 'share':
      return { kind: command, file: arg };
    case 'preset':
      return { kind: 'preset', id: arg };
    case 'decode':
      return { kind: 'decode', link: arg };
    case 'presets':
      return { kind: 'presets' };
    case 'help':
      return { kind: 'help' };
    default: {
      const never: never = command;
      throw new Error(`unknown command ${String(never)}`);
    }
  }
}
