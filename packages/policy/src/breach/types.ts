import type { BreachCode } from './codes';

/**
 * Random access to a file's bytes, passed in by the caller: the engine never opens files itself
 * (it runs in browsers too). The CLI implements it over a file handle; a test over a Uint8Array.
 */
export interface RandomAccessReader {
  readonly size: number;
  /** Up to `length` bytes from `offset` (fewer only at the end of the file). */
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** The hash the source is keyed by: SHA-1 of the UTF-8 bytes, or NTLM (MD4 of UTF-16LE). */
export type BreachHash = 'sha1' | 'ntlm';

/** SHA-1 of the bytes; defaults to WebCrypto (`crypto.subtle`, in browsers and Node 20). */
export type Sha1Digest = (data: Uint8Array) => Promise<Uint8Array>;

/** A file in the Have I Been Pwned downloader's single-file format: sorted `HASH:COUNT` lines. */
export interface BreachFileSource {
  kind: 'file';
  reader: RandomAccessReader;
  /** The file's name, for messages. */
  name: string;
  hash?: BreachHash;
}

/** The minimal `fetch` the range lookup needs (the global `fetch` fits). */
export type RangeFetch = (url: string, init: { headers: Record<string, string> }) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

/**
 * A k-anonymity range service (Pwned Passwords' `range` API): only the first 5 hex digits of the
 * hash leave the machine; the password and the rest of its hash never do.
 */
export interface BreachRangeSource {
  kind: 'range';
  fetch: RangeFetch;
  /** Default `https://api.pwnedpasswords.com/range/`. */
  baseUrl?: string;
  hash?: BreachHash;
}

export type BreachSource = BreachFileSource | BreachRangeSource;

export interface BreachProblem {
  code: BreachCode;
  message: string;
  /** The source's name (file) or URL without the prefix. */
  source: string;
  /** 1-based line of the file where the problem is, when known. */
  line?: number;
}

/** What a lookup found; never the password or its hash. */
export type BreachLookup =
  | { status: 'found'; count: number; source: string }
  | { status: 'not-found'; source: string }
  | { status: 'error'; problem: BreachProblem };
