// The quote refiners in run order: resolve every speaker phrase to a speaker (in document order, so that
// pronouns see the speakers before them), give echoes of attributed quotes their speaker, then drop
// reported speech that names no speaker.
import type { Refiner } from "../types.js";
import { dropAnonymousReported } from "./drop-anonymous-reported.js";
import { echoSpeaker } from "./echo-speaker.js";
import { resolveSpeakers } from "./resolve-speakers.js";

export const REFINERS: readonly Refiner[] = [resolveSpeakers, echoSpeaker, dropAnonymousReported];
