// Query parameters of the API: read, validated and converted, or refused with a 400 that names
// the parameter. The grammar of actors, dates and CAMEO codes is the CLI's (corpus/filters.ts).
import type { Context } from "hono";
import { parseActorCodes, parseCameoCode, parseDateValue } from "../corpus/filters.js";
import { InputError } from "../pipeline/errors.js";

export type Query = Record<string, string | undefined>;

/**
 * The parameters a route takes. Any other parameter is refused, so that a typo ("min_significance")
 * is a 400 and not a silently ignored filter; an empty value ("from=") counts as absent.
 */
export function readQuery(c: Context, names: readonly string[]): Query {
  const given = c.req.query();
  const unknown = Object.keys(given).filter((name) => !names.includes(name));
  if (unknown.length) {
    const takes = names.length ? `it takes ${names.join(", ")}` : "it takes none";
    throw new InputError(`unknown parameter${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")} for ${c.req.path}; ${takes}`);
  }
  return Object.fromEntries(names.map((name) => [name, given[name] === "" ? undefined : given[name]]));
}

export function integerParam(name: string, value: string | undefined, range: { min: number; max: number; fallback: number }): number {
  if (value === undefined) return range.fallback;
  const n = Number(value);
  if (!/^-?\d+$/.test(value) || n < range.min || n > range.max) {
    throw new InputError(`${name} takes a whole number from ${range.min} to ${range.max}, not "${value}"`);
  }
  return n;
}

export function fractionParam(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d*\.?\d+$/.test(value) || n < 0 || n > 1) throw new InputError(`${name} takes a number from 0 to 1, not "${value}"`);
  return n;
}

export function booleanParam(name: string, value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  if (value === "true" || value === "1") return true;
  if (value === "false" || value === "0") return false;
  throw new InputError(`${name} takes true or false, not "${value}"`);
}

export function choiceParam<T extends string>(name: string, value: string | undefined, choices: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(choices as readonly string[]).includes(value)) throw new InputError(`${name} takes ${choices.join(", ")}, not "${value}"`);
  return value as T;
}

export function textParam(name: string, value: string | undefined, maxLength: number): string | undefined {
  if (value !== undefined && value.length > maxLength) throw new InputError(`${name} is longer than ${maxLength} characters`);
  return value;
}

export function dateParam(name: string, value: string | undefined): string | undefined {
  return value === undefined ? undefined : parseDateValue(value, name);
}

export function cameoParam(name: string, value: string | undefined): string | undefined {
  return value === undefined ? undefined : parseCameoCode(value, name);
}

/** Actor codes ("CHN,RUS"); `min` of them are required (2 for a relationship). */
export function actorsParam(name: string, value: string | undefined, min = 0): string[] | undefined {
  if (value === undefined) {
    if (min) throw new InputError(`${name} is required: ${min > 1 ? `${min} codes` : "a code"}, e.g. ${name}=CHN,RUS`);
    return undefined;
  }
  const codes = parseActorCodes(value, name);
  if (codes.length < min) throw new InputError(`${name} needs ${min} codes, e.g. ${name}=CHN,RUS, not "${value}"`);
  return codes;
}
