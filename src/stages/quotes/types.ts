// Shapes shared by the quotation scanner, the attribution rules and the refiners (after chrono: rules
// propose, refiners tidy). No recognition or resolution happens here.
import type { Quote, Span } from "../../doc/model.js";

export type Gender = "male" | "female";

/** A FORMAT.md quote plus where its speaker is written, so that the actors stage can link `speaker.actor`. */
export interface AttributedQuote extends Quote {
  /** Offsets of the speaker's name, pronoun or role noun in the attribution, or null when there is none. */
  speakerSpan: Span | null;
}

/** Quoted words within one paragraph, without their marks. */
export interface Piece extends Span {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or null when the quotation runs on into the next paragraph. */
  close: number | null;
  paragraph: number;
}

/** One quotation: a single piece, or one piece per paragraph when it runs over several. */
export interface Quotation {
  /** Position in document order (QuoteContext.quotations[index]). */
  readonly index: number;
  readonly pieces: readonly Piece[];
  readonly first: Piece;
  readonly last: Piece;
}

/** How a speaker is written in an attribution. */
export type SpeakerKind = "name" | "pronoun" | "role";

export interface SpeakerPhrase {
  kind: SpeakerKind;
  /** The name, pronoun or role as written, without title or description ("Alexander Konovalov", "he", "the minister"). */
  text: string;
  span: Span;
  /** What the attribution says about the speaker (a title before the name, an apposition after it), or null. */
  description: string | null;
  /** For a role phrase, its role noun ("minister" in "the Chinese foreign minister"); otherwise null. */
  role: string | null;
  /** The gender the phrase tells (pronoun, honorific, "spokeswoman"), or null. */
  gender: Gender | null;
  /** Names no single known person: plural or first person ("officials", "they", "we") or indefinite ("a diplomat"). */
  unnamed: boolean;
  /** An organisation ("the Foreign Ministry") rather than a person: never the antecedent of he/she. */
  organisation: boolean;
}

/** A rule's reading of a quotation: who speaks (null for a term, a title or a scare quote). */
export interface Attribution {
  speaker: SpeakerPhrase | null;
  /** For a continuation: the earlier quotation whose speaker this one shares. */
  sameAs?: Quotation;
}

/** What the recognisers propose: a direct quotation or a reported clause, with its speaker phrase. */
export interface Candidate {
  /** The quoted words (one span per paragraph of a quotation; one span for reported speech). */
  spans: Span[];
  direct: boolean;
  /** Provenance: the rule that read the speaker ("quotes/rules/speaker-after") or the refiner that supplied it. */
  via: string;
  speaker: SpeakerPhrase | null;
  /** For a continuation: the candidate whose resolved speaker this one takes. */
  sameAs: Candidate | null;
  /** Set by refiners/resolve-speakers. */
  resolved: ResolvedSpeaker | null;
}

export interface ResolvedSpeaker {
  name: string | null;
  description: string | null;
  span: Span | null;
}

export interface QuoteContext {
  readonly body: string;
  /** The body with every quotation (marks included) overwritten by MASK, so that speaker patterns never read quoted words. */
  readonly masked: string;
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Span[];
  readonly quotations: readonly Quotation[];
  /** The sentence holding an offset (its paragraph when the sentence layer has none there). */
  sentenceAt(offset: number): Span;
  /** The attribution already decided for an earlier quotation (rules run in document order). */
  decided(quotation: Quotation): Attribution | undefined;
}

/** A recogniser that reads one quotation's attribution; null when its pattern is absent. */
export interface AttributionRule {
  readonly name: string;
  attribute(quotation: Quotation, ctx: QuoteContext): Attribution | null;
}

/** A recogniser that proposes reported-speech candidates over the whole body. */
export interface ReportedRule {
  readonly name: string;
  find(ctx: QuoteContext): Candidate[];
}

/** Tidies the candidate list (resolve, drop); candidates arrive sorted by start. */
export type Refiner = (ctx: QuoteContext, candidates: Candidate[]) => Candidate[];

/** Stands in for every quoted character in `QuoteContext.masked` (a private-use character: never a letter). */
export const MASK = "\uE000";
