/**
 * Share links: the whole scenario in the URL hash, `#v1.<base64url(deflate-raw(JSON))>`. The JSON
 * is minimized first (fields equal to their defaults dropped), so links stay short. Decoding
 * accepts a full URL, `#…` or the bare fragment and goes through `restoreScenario()`: a broken or
 * tampered link yields `ok: false` with a message saying what is wrong, never an exception.
 */
import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate';
import type { Scenario } from './types';
import { minimizeScenario } from './minimize';
import { restoreScenario, type RestoreResult } from './restore';

/** The link format this code writes (the `v1.` prefix; distinct from the scenario's version). */
export const SHARE_CODEC_VERSION = 1;
/** A link never inflates to more than this (guards against a crafted "zip bomb" link). */
export const MAX_DECODED_BYTES = 16 * 1024 * 1024;

/** The URL-hash fragment (without '#') holding `scenario`, minimized when it restores cleanly. */
export function encodeScenario(scenario: Scenario | unknown): string {
  const restored = restoreScenario(scenario);
  const doc = restored.ok ? minimizeScenario(restored.scenario) : scenario;
  const json = JSON.stringify(doc) ?? 'null';
  return `v${SHARE_CODEC_VERSION}.${toBase64Url(deflateSync(strToU8(json), { level: 9 }))}`;
}

/** The scenario a share link (full URL, `#fragment` or bare fragment) holds, restored. */
export function decodeScenario(fragmentOrUrl: string): RestoreResult {
  const fragment = extractFragment(fragmentOrUrl);
  if (fragment === '') return linkError('share link: it holds no scenario (nothing after "#")');
  const match = /^v(\d+)\.(.*)$/s.exec(fragment);
  if (!match) return linkError('share link: not a LambdaScope scenario link (expected "#v1.…")');
  const codec = Number(match[1]);
  if (codec !== SHARE_CODEC_VERSION) {
    return linkError(
      codec > SHARE_CODEC_VERSION
        ? `share link: made by a newer LambdaScope (link format v${codec}; this one reads v${SHARE_CODEC_VERSION})`
        : `share link: unknown link format v${codec} (this LambdaScope reads v${SHARE_CODEC_VERSION})`,
    );
  }
  if (!match[2]) return linkError(`share link: the data is missing (nothing after "v${codec}.")`);
  const bytes = fromBase64Url(match[2]);
  if (bytes === null)
    return linkError(
      'share link: the data is corrupted (characters outside base64url; was the link cut or edited?)',
    );
  const json = inflateLimited(bytes);
  if (json === null)
    return linkError(
      'share link: the data is corrupted (not valid compressed JSON; was the link cut short?)',
    );
  if (json === 'too large')
    return linkError(`share link: the data expands to more than ${MAX_DECODED_BYTES} bytes; refusing it`);
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch {
    return linkError('share link: the data is corrupted (not valid compressed JSON)');
  }
  return restoreScenario(doc);
}

/** The part after '#' of a URL (or the text itself when it has none), URI-decoded and trimmed. */
export function extractFragment(text: string): string {
  const trimmed = text.trim();
  const hash = trimmed.indexOf('#');
  const fragment = hash >= 0 ? trimmed.slice(hash + 1) : trimmed;
  try {
    return decodeURIComponent(fragment).trim();
  } catch {
    return fragment;
  }
}

function linkError(message: string): RestoreResult {
  return { ok: false, errors: [{ path: '', message }], warnings: [] };
}

const INFLATE_CHUNK_BYTES = 1024;

function inflateLimited(bytes: Uint8Array): string | null | 'too large' {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let tooLarge = false;
  try {
    const inflate = new Inflate((chunk) => {
      size += chunk.length;
      if (size > MAX_DECODED_BYTES) {
        tooLarge = true;
        throw new Error('too large'); // stops inflating at once
      }
      chunks.push(chunk);
    });
    // Small input chunks bound each step's output (deflate expands at most ~1,032×).
    for (let i = 0; i < bytes.length || i === 0; i += INFLATE_CHUNK_BYTES) {
      inflate.push(bytes.subarray(i, i + INFLATE_CHUNK_BYTES), i + INFLATE_CHUNK_BYTES >= bytes.length);
    }
  } catch {
    return tooLarge ? 'too large' : null;
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.length;
  }
  return strFromU8(all);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Map([...ALPHABET].map((c, i) => [c, i]));

/** base64url without padding (RFC 4648 §5): safe in a URL hash as is. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let j = 0; j < chars; j += 1) out += ALPHABET[(n >> (18 - 6 * j)) & 63];
  }
  return out;
}

/** Decode base64url (padding tolerated); null on characters outside the alphabet or a bad length. */
export function fromBase64Url(text: string): Uint8Array | null {
  const clean = text.replace(/=+$/, '');
  if (clean.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((clean.length * 6) / 8));
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const c of clean) {
    const digit = LOOKUP.get(c);
    if (digit === undefined) return null;
    value = ((value << 6) | digit) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[index] = (value >> bits) & 255;
      index += 1;
    }
  }
  return out;
}
