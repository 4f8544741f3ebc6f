/**
 * Checks that span the whole scenario: unique names, destination references (exist, and of a type
 * AWS accepts there), and the account-wide concurrency rule that 100 units always stay unreserved
 * (AWS: lambda-concurrency.html).
 */
import type { Scenario } from './types';
import { UNRESERVED_CONCURRENCY_MINIMUM } from './defaults';
import { at, item } from './issues';
import type { ReadContext } from './fieldSpec';
import { peakProvisioned } from './validateFunction';

/** Run every whole-scenario check on a scenario read from input. */
export function checkScenario(ctx: ReadContext, scenario: Scenario): void {
  checkUniqueNames(
    ctx,
    scenario.functions.map((f) => f.name),
    'functions',
    'function',
  );
  checkUniqueNames(
    ctx,
    scenario.destinations.map((d) => d.name),
    'destinations',
    'destination',
  );
  checkDestinationRefs(ctx, scenario);
  checkReservedSum(ctx, scenario);
}

function checkUniqueNames(ctx: ReadContext, names: string[], path: string, what: string): void {
  const first = new Map<string, number>();
  names.forEach((name, i) => {
    const namePath = at(item(path, i), 'name');
    if (typeof name !== 'string' || ctx.issues.failed(namePath)) return;
    const earlier = first.get(name);
    if (earlier === undefined) first.set(name, i);
    else
      ctx.issues.error(
        namePath,
        `'${name}' is already the name of ${path}[${earlier}]: each ${what} needs a unique name`,
      );
  });
}

function checkDestinationRefs(ctx: ReadContext, scenario: Scenario): void {
  const byName = new Map(scenario.destinations.map((d) => [d.name, d]));
  const used = new Set<string>();
  for (const ref of ctx.destinationRefs) {
    used.add(ref.name);
    const destination = byName.get(ref.name);
    if (!destination) {
      const known = scenario.destinations.map((d) => d.name).join(', ');
      ctx.issues.error(
        ref.path,
        `'${ref.name}' is not a destination of this scenario; add {"name": "${ref.name}", "type": "sqs"} to destinations${known ? ` (destinations: ${known})` : ''}`,
      );
    } else if (!ref.accepts.includes(destination.type)) {
      const s3 = destination.type === 's3' ? ': S3 is accepted only as an on-failure destination' : '';
      ctx.issues.error(
        ref.path,
        `'${ref.name}' is a ${destination.type} destination; here AWS accepts ${ref.accepts.join(', ')}${s3}`,
      );
    }
  }
  scenario.destinations.forEach((d, i) => {
    if (!used.has(d.name))
      ctx.issues.warn(item('destinations', i), `'${d.name}' is not used by any function or source`);
  });
}

function checkReservedSum(ctx: ReadContext, scenario: Scenario): void {
  if (ctx.issues.failed('account.concurrencyLimit')) return;
  const limit = scenario.account.concurrencyLimit;
  const reservable = limit - UNRESERVED_CONCURRENCY_MINIMUM;
  const reserved = scenario.functions.filter(
    (f, i) =>
      f.reservedConcurrency !== null && !ctx.issues.failed(at(item('functions', i), 'reservedConcurrency')),
  );
  const sum = reserved.reduce((total, f) => total + (f.reservedConcurrency ?? 0), 0);
  const parts = reserved.map((f) => `${f.name} ${f.reservedConcurrency}`).join(', ');
  if (sum > reservable) {
    ctx.issues.error(
      'functions',
      `reserved concurrency adds up to ${sum} (${parts}), more than concurrencyLimit − ${UNRESERVED_CONCURRENCY_MINIMUM} = ${Math.max(0, reservable)}: AWS always keeps ${UNRESERVED_CONCURRENCY_MINIMUM} units unreserved for functions without reserved concurrency`,
    );
    return;
  }
  const unreservedProvisioned = scenario.functions
    .filter((f) => f.reservedConcurrency === null)
    .reduce((total, f) => total + peakProvisioned(f), 0);
  if (unreservedProvisioned > 0 && sum + unreservedProvisioned > reservable) {
    ctx.issues.warn(
      'functions',
      `provisioned concurrency of unreserved functions (${unreservedProvisioned}) plus reserved concurrency (${sum}) exceeds concurrencyLimit − ${UNRESERVED_CONCURRENCY_MINIMUM} = ${reservable}: AWS would refuse to allocate it`,
    );
  }
}
