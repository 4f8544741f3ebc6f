/**
 * What a run costs at us-east-1 list prices (DESIGN §2.1 "Cost"). Billing is per millisecond,
 * rounded up. Since 1 Aug 2025 the INIT phase is billed for on-demand functions. The free tier is
 * not applied.
 */
import type { Architecture } from '../../scenario/types';

/** $ per request (invocation): $0.20 per million. AWS whitepaper "How AWS Pricing Works – Lambda". */
export const PRICE_PER_REQUEST = 0.2 / 1e6;
/** $ per GB-second of on-demand duration, x86_64. Same whitepaper. */
export const PRICE_PER_GB_SECOND_X86 = 0.0000166667;
/** $ per GB-second, arm64 (20 % lower). AWS Graviton2 Lambda launch blog; figure from third-party notes. */
export const PRICE_PER_GB_SECOND_ARM = 0.0000133334;
/** $ per GB-second while provisioned concurrency is allocated, x86_64. *Third-party figure*. */
export const PRICE_PROVISIONED_PER_GB_SECOND_X86 = 0.0000041667;
/** $ per GB-second of execution on provisioned concurrency, x86_64. *Third-party figure*. */
export const PRICE_PROVISIONED_DURATION_PER_GB_SECOND_X86 = 0.0000097222;
/** arm64 provisioned prices are 20 % lower (Graviton2 launch blog). */
export const ARM_DISCOUNT = 0.8;

export interface FunctionPrices {
  perRequest: number;
  /** $ per second of on-demand duration (handler or init) at this memory. */
  perSecond: number;
  perProvisionedSecond: number;
  perProvisionedBusySecond: number;
}

/** Prices of one function, per second of one environment at its memory size. */
export function functionPrices(memoryMB: number, architecture: Architecture): FunctionPrices {
  const gb = memoryMB / 1024;
  const arm = architecture === 'arm64';
  return {
    perRequest: PRICE_PER_REQUEST,
    perSecond: gb * (arm ? PRICE_PER_GB_SECOND_ARM : PRICE_PER_GB_SECOND_X86),
    perProvisionedSecond: gb * PRICE_PROVISIONED_PER_GB_SECOND_X86 * (arm ? ARM_DISCOUNT : 1),
    perProvisionedBusySecond: gb * PRICE_PROVISIONED_DURATION_PER_GB_SECOND_X86 * (arm ? ARM_DISCOUNT : 1),
  };
}

/** Billed seconds: per millisecond, rounded up. */
export function billedSeconds(seconds: number): number {
  return Math.ceil(seconds * 1000 - 1e-9) / 1000;
}
