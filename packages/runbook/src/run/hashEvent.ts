import { canonicalJson } from './canonicalJson';
import { eventBody, type RunEvent, type UnhashedEvent } from './runEvent';
import { sha256Hex } from './sha256Hex';

/** SHA-256 hex over the canonical JSON (RFC 8785 style) of the event without its own hash. */
export async function hashEvent(event: UnhashedEvent | RunEvent): Promise<string> {
  return sha256Hex(canonicalJson(eventBody(event)));
}
