// The one place that loads wink-nlp and its English model (lazily, once per process).
// Stages get tokens and sentences from here and never load a model themselves.
import winkNLP, { type WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";

/**
 * The annotations dyad reads: sentences, negation, parts of speech and lemmas. Named entities,
 * sentiment and custom entities are never read and cost a third of every reading; leaving them
 * out changes no sentence and no word (checked on the seeds, examples and extraction benchmark).
 */
const ANNOTATIONS = ["sbd", "negation", "pos"];

let instance: WinkMethods | null = null;

export function nlp(): WinkMethods {
  instance ??= winkNLP(model, ANNOTATIONS);
  return instance;
}
