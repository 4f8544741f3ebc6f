/**
 * Closed-form queueing results the simulation is checked against (DESIGN §7).
 *
 * Erlang B: the probability that a Poisson arrival finds all `servers` busy in an M/G/c/c loss
 * system with offered load `load` = λ·E[S] (insensitive to the service-time distribution). For
 * Lambda: synchronous traffic against reserved concurrency c with no scaling limit and no retries.
 */

/** Erlang B blocking probability, by the stable recurrence B(k) = a·B(k−1) / (k + a·B(k−1)). */
export function erlangB(servers: number, load: number): number {
  if (!Number.isInteger(servers) || servers < 0) throw new RangeError('servers must be a whole number ≥ 0');
  if (!(load >= 0)) throw new RangeError('load must be ≥ 0');
  let blocking = 1;
  for (let k = 1; k <= servers; k += 1) blocking = (load * blocking) / (k + load * blocking);
  return blocking;
}

/** Blocking probability for every concurrency cap 0…maxServers (index = cap). */
export function erlangBCurve(maxServers: number, load: number): Float64Array {
  const curve = new Float64Array(maxServers + 1);
  let blocking = 1;
  curve[0] = 1;
  for (let k = 1; k <= maxServers; k += 1) {
    blocking = (load * blocking) / (k + load * blocking);
    curve[k] = blocking;
  }
  return curve;
}
