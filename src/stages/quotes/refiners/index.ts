// The quote refiners in run order: resolve speakers (in document order, so that pronouns see the speakers before them),
// give echoes of attributed quotes their speaker, then drop reported speech that names no one. No refiner finds quotations.
import type { Refiner } from "../types.js";
import { dropAnonymousReported } from "./drop-anonymous-reported.js";
import { echoSpeaker } from "./echo-speaker.js";
import { resolveSpeakers } from "./resolve-speakers.js";

export const REFINERS: readonly Refiner[] = [resolveSpeakers, echoSpeaker, dropAnonymousReported];
