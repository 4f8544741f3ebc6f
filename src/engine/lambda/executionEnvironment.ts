import type { Invocation } from './invocation';

/**
 * Execution environments (DESIGN §2.1): `initializing` (cold start) → `busy` → `idle` → `reaped`;
 * provisioned ones pass through `allocating` and wait as `provisionedIdle`. An environment runs one
 * request at a time. Idle environments wait in a doubly linked list, newest last, so placement
 * (newest, oldest, random) and reaping from the middle are O(1).
 */

export type EnvironmentState = 'allocating' | 'initializing' | 'busy' | 'idle' | 'provisionedIdle' | 'reaped';

export interface Environment {
  readonly id: number;
  readonly provisioned: boolean;
  state: EnvironmentState;
  /** When the current state began (seconds). */
  since: number;
  readonly createdAt: number;
  /** When an idle environment is due to be reaped. */
  reapAt: number;
  /** Whether a reap check is already scheduled (at most one per environment). */
  reapScheduled: boolean;
  /** Provisioned environment to release when it next becomes idle (concurrency lowered). */
  retire: boolean;
  invocations: number;
  /** Index into the kept timeline, or −1 when this environment's spans are not kept. */
  tracked: number;
  prev: Environment | null;
  next: Environment | null;
  // The invocation in progress: kept on the environment so the hot path schedules one
  // long-lived callback per environment instead of a closure per invocation.
  inv: Invocation | null;
  acceptedAt: number;
  coldStart: boolean;
  ran: number;
  timedOut: boolean;
  failedIndex: number;
  /** Fires when init ends / when the running invocation ends (bound once, by the runtime). */
  onInitialised: () => void;
  onCompleted: () => void;
}

const unbound = () => {
  throw new Error('environment callback not bound');
};

export function newEnvironment(id: number, provisioned: boolean, t: number, state: EnvironmentState): Environment {
  return {
    id,
    provisioned,
    state,
    since: t,
    createdAt: t,
    reapAt: Infinity,
    reapScheduled: false,
    retire: false,
    invocations: 0,
    tracked: -1,
    prev: null,
    next: null,
    inv: null,
    acceptedAt: 0,
    coldStart: false,
    ran: 0,
    timedOut: false,
    failedIndex: -1,
    onInitialised: unbound,
    onCompleted: unbound,
  };
}

/** Idle environments, oldest first. */
export class IdleList {
  private head: Environment | null = null;
  private tail: Environment | null = null;
  size = 0;

  push(env: Environment): void {
    env.prev = this.tail;
    env.next = null;
    if (this.tail) this.tail.next = env;
    else this.head = env;
    this.tail = env;
    this.size += 1;
  }

  remove(env: Environment): void {
    if (env.prev) env.prev.next = env.next;
    else this.head = env.next;
    if (env.next) env.next.prev = env.prev;
    else this.tail = env.prev;
    env.prev = null;
    env.next = null;
    this.size -= 1;
  }

  newest(): Environment | null {
    return this.tail;
  }

  oldest(): Environment | null {
    return this.head;
  }

  /** The k-th oldest (0-based). */
  at(k: number): Environment | null {
    let env = this.head;
    for (let i = 0; i < k && env; i += 1) env = env.next;
    return env;
  }
}
