// Every pipeline stage dyad has, in one typed object. Importing it registers nothing and runs nothing.
import { actors } from "../stages/actors/index.js";
import { clean } from "../stages/clean/index.js";
import { decode } from "../stages/decode/index.js";
import { events } from "../stages/events/index.js";
import { meta } from "../stages/meta/index.js";
import { quantities } from "../stages/quantities/index.js";
import { quotes } from "../stages/quotes/index.js";
import { segment } from "../stages/segment/index.js";
import { pubdate, timex } from "../stages/timex/index.js";
import type { Component } from "./component.js";

export const registry = {
  decode,
  clean,
  meta,
  segment,
  pubdate,
  timex,
  actors,
  quantities,
  events,
  quotes,
} satisfies Record<string, Component<never, never> | Component<any, any>>;

export type StageName = keyof typeof registry;
