// Internal mention candidates of the actor stage and the helpers its rules share.
import type { Span } from "../../doc/model.js";
import type { KbRef } from "../../lib/knowledge-base.js";
import type { Token } from "../../lib/tokens.js";

/** What a mention points at before actors are built. */
export type Target =
  | { type: "kb"; ref: KbRef }
  | { type: "person"; name: string; country: string | null; role: string | null; description: string | null; code?: string }
  | { type: "organization"; name: string; country: string | null; role: string }
  | { type: "location"; name: string; country: string | null; code?: string };

export interface Candidate extends Span {
  target: Target;
  /** How the mention names the actor: an attribute ("Chinese migrants") does not act. */
  as: "name" | "attribute" | "metonym" | "location" | "surname" | "pair" | "counterpart";
  via: string;
}

export interface SentenceTokens {
  sentence: Span;
  tokens: Token[];
}

export const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);
