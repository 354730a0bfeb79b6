// Small helpers shared by the benchmark scripts and their report modules: fixed-width number
// formatting, rounding for the JSON line, median/percentile of timings, reading a JSON file, sleep.
import { readFileSync } from 'node:fs';

export const f3 = (x: number) => x.toFixed(3);
export const r4 = (x: number) => Math.round(x * 10_000) / 10_000;
export const r2 = (x: number) => Math.round(x * 100) / 100;
export const pad = (s: string, n: number) => s.padEnd(n);
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function median(values: readonly number[]): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? 0;
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}
