// Drops datelines ("Updated 9:41 AM, Nov. 19, 2019") and bylines ("By Jane Doe") left in the
// content, in several languages. It does not touch dates inside sentences or table cells.
import { perBlock } from "./rule.js";

/** A dateline has at most this many words; longer blocks are sentences that hold a date. */
const MAX_DATELINE_WORDS = 20;
/** A byline without a date has at most this many words ("By A, B and C, Agency"). */
const MAX_BYLINE_WORDS = 12;

const MONTHS =
  "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec " +
  "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre ene abr ago dic " +
  "janeiro fevereiro março maio junho julho setembro outubro novembro dezembro fev mai set out dez " +
  "janvier février mars avril juin juillet août septembre octobre novembre décembre janv févr avr juil sept déc " +
  "januar februar märz juni juli oktober dezember okt " +
  "gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre gen mag giu lug ott " +
  "januari februari maart mei augustus oktober " +
  "января февраля марта апреля мая июня июля августа сентября октября ноября декабря";
const WEEKDAYS =
  "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun " +
  "lunes martes miércoles jueves viernes sábado domingo segunda terça quarta quinta sexta feira " +
  "lundi mardi mercredi jeudi vendredi samedi dimanche montag dienstag mittwoch donnerstag freitag samstag sonntag " +
  "lunedì martedì mercoledì giovedì venerdì sabato domenica";
const LABELS =
  "updated update published publish posted post last modified first created date time on at by the of th st nd rd " +
  "am pm a m p utc gmt est edt cst cdt mst mdt pst pdt hst akst bst cet cest ist jst kst aest aedt msk " +
  "ago min mins minute minutes hour hours hr hrs day days yesterday today read reading " +
  "publicado publicada atualizado atualizada actualizado em el en de do da del às a las " +
  "publié mis à jour le veröffentlicht aktualisiert am um uhr pubblicato aggiornato il alle ore " +
  "gepubliceerd bijgewerkt op опубликовано обновлено в г";
const STRONG = new Set(`${MONTHS} ${WEEKDAYS} updated published posted publicado publicada atualizado actualizado publié veröffentlicht aktualisiert pubblicato aggiornato gepubliceerd опубликовано обновлено`.split(" "));
const DATE_WORDS = new Set(`${MONTHS} ${WEEKDAYS} ${LABELS}`.split(" "));
const TOKEN = /[\p{L}]+|\p{N}+/gu;
const DIGITS = /^\p{N}+$/u;
/** 19.11.2019, 2019-11-19, 11/19/19: a date written in digits only. */
const NUMERIC_DATE = /\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b/;
const BYLINE_START = /^(by|por|von|par|di|door|av|af|przez|автор|от)\b[\s:]/i;

/** A post's meta line: "Posted on … by …", "… - Category: … - Tags: …". */
const MAX_META_LINE_WORDS = 30;
const MAX_POSTED_BY_WORDS = 15;
const POSTED_BY = /^\W*(posted|published|written|publicado|escrito|publié|écrit|veröffentlicht|geschrieben|pubblicato|scritto|gepubliceerd|опубликовано)\b.{0,80}\b(by|por|par|von|da|di|door|автор)\b/i;
const HAS_DIGIT = /\d/;
const META_LABELS = /(^\s*|[|•·–—]\s*|\s-\s)(categor(y|ies|ia|ía|ie)|catégorie|kategorie|tags?|tagged|filed under|etiquetas|rubrique|rubrik)\s*:/i;

export const dateOrByline = perBlock("date-byline", (block) => {
  if (block.tag === "td" || block.tag === "th") return false;
  const tokens = block.text.toLowerCase().match(TOKEN) ?? [];
  if (tokens.length <= MAX_POSTED_BY_WORDS && POSTED_BY.test(block.text) && HAS_DIGIT.test(block.text)) return true;
  if (tokens.length <= MAX_META_LINE_WORDS && META_LABELS.test(block.text)) return true;
  if (tokens.length === 0 || tokens.length > MAX_DATELINE_WORDS) return false;
  let strong = 0;
  let strongWords = 0;
  let other = 0;
  for (const token of tokens) {
    if (DIGITS.test(token)) strong++;
    else if (STRONG.has(token)) {
      strong++;
      strongWords++;
    } else if (!DATE_WORDS.has(token)) other++;
  }
  const isByline = BYLINE_START.test(block.text);
  if (isByline && (tokens.length <= MAX_BYLINE_WORDS || strong >= 3)) return true;
  // Prices and scores are digits too: a dateline needs a month, weekday or label, or a digit-only date.
  if (strongWords === 0 && !NUMERIC_DATE.test(block.text)) return false;
  return strong >= 2 && other <= (strong >= 4 ? 2 : 1);
});
