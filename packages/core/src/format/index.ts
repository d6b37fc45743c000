import { github } from './github';
import { json } from './json';
import { sarif } from './sarif';
import { stylish } from './stylish';
import type { Format, Formatter } from './types';

/** Every output format; a format without a formatter is a compile error. */
export const FORMATTERS: Record<Format, Formatter> = { stylish, json, github, sarif };

export const FORMAT_NAMES = Object.keys(FORMATTERS) as Format[];

export function isFormat(name: string): name is Format {
  return Object.hasOwn(FORMATTERS, name);
}
