// The grammar of corpus filters (actor codes, dates, CAMEO codes), shared by the CLI's flags and
// the API's query parameters so that both accept exactly the same values. Parses; queries nothing.
import { InputError } from "../pipeline/errors.js";

/** A country or IGO code as FORMAT.md writes it: CHN, RUS, UN, NATO, EAEU. */
const ACTOR_CODE = /^[A-Z0-9]{2,5}$/;
/** Day, month or year precision, as event dates are stored. */
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/** A CAMEO code or prefix: root (04), base (042) or sub-code (0421). */
const CAMEO = /^\d{2,4}$/;

/** "CHN,rus" → ["CHN", "RUS"]. `name` is what the caller calls the value ("--actors", "actors"). */
export function parseActorCodes(value: string, name: string): string[] {
  const codes = value.split(",").map((c) => c.trim().toUpperCase()).filter(Boolean);
  if (!codes.length || codes.some((c) => !ACTOR_CODE.test(c))) throw new InputError(`${name} takes codes such as CHN,RUS, not "${value}"`);
  return codes;
}

/** YYYY, YYYY-MM or YYYY-MM-DD, and a day that exists ("2014-02-30" is refused). `name` prefixes the message. */
export function parseDateValue(value: string, name?: string): string {
  const m = DATE.exec(value);
  const [year, month, day] = [Number(m?.[1]), Number(m?.[2] ?? 1), Number(m?.[3] ?? 1)];
  const real = m !== null && month >= 1 && month <= 12 && new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
  if (!real) throw new InputError(`${name ? `${name}: ` : ""}dates are YYYY, YYYY-MM or YYYY-MM-DD, not "${value}"`);
  return value;
}

export function parseCameoCode(value: string, name: string): string {
  if (!CAMEO.test(value)) throw new InputError(`${name} takes a CAMEO code such as 04 or 042, not "${value}"`);
  return value;
}
