// The one place that loads wink-nlp and its English model (lazily, once per process).
// Stages get tokens and sentences from here and never load a model themselves.
import winkNLP, { type WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";

let instance: WinkMethods | null = null;

export function nlp(): WinkMethods {
  instance ??= winkNLP(model);
  return instance;
}
