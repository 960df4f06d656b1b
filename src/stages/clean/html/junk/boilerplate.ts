// Drops short blocks of stock site phrases: newsletter/app prompts, share/follow calls, cookie and copyright notices, comment rules, ad labels, credits.
// It does not look at long blocks, where such words are usually part of the story.
import { perBlock } from "./rule.js";

/** Stock phrases sit in short blocks; a longer block that contains one is usually reporting. */
const MAX_WORDS = 45;
/** An ad label is a block of at most this many words ("Advertisement", "Story continues below advertisement"). */
const MAX_AD_LABEL_WORDS = 5;

const PHRASES: readonly RegExp[] = [
  // newsletters, subscriptions, apps
  /\b(sign(ing)? up|subscribe|register)\b.{0,80}\b(newsletters?|inbox|e-?mails?|alerts|updates|youtube|channel|podcast|digest)\b/i,
  /\bnewsletters?\b.{0,60}\b(sign up|subscribe|inbox|free|daily|weekly|straight to you)\b/i,
  /\b(in|to|into) your inbox\b/i,
  /\bdelivered\b.{0,40}\b(to|through|at) your (inbox|door|doorstep|letterbox|mailbox)\b/i,
  /^\W*(subscribe|sign up|register) (to|for|now|today|here)\b/i,
  /\b(delivered|sent) (to you |straight to you )?(every|each) (day|week|morning|weekday)/i,
  /\b(download|get|install) (the|our) [\p{L}\d .'’-]{0,30}\bapp\b/iu,
  /\b(inscreva-se|assine (a|nossa)|suscr[íi]bete|abonnez-vous|inscrivez-vous|abonnieren sie|melden sie sich|iscriviti|подпишитесь)\b/iu,
  // share / follow / comment
  /\b(share (this|it|the) (story|article|post|with)|share on (facebook|twitter|whatsapp|linkedin))\b/i,
  /\b(like|enjoy(ed)?|love) (this|the) (story|article|post)\?/i,
  /\bfollow (us|him|her|me|them)\b.{0,40}\b(on|at|@)\s/i,
  /\b(compartilhe|compartir|partager|teilen sie|condividi)\b/i,
  /\b(comments?|coment[áa]rios?|kommentare|commentaires|commenti)\b.{0,120}\b(moderat\w*|approv\w*|aprovad\w*|respeit\w*|guidelines|policy|terms|civil)\b/iu,
  /\bhave a (news )?tip\b|\bsend us (your|a) tip\b/i,
  /\btell us what you think\b|\b(leave|post|add|write) (a |your )?(comment|reply|review)\b|\bdeixe (um |seu )?coment[áa]rio|\bdeja (un|tu) comentario|\blaisser un commentaire|\blascia un commento|\bkommentar schreiben|\b(оставить|добавить) (комментарий|отзыв)/iu,
  /^\s*skip to (main )?(content|navigation)\b/i,
  // notices
  /\b(this (web)?site|we) uses? cookies\b|\bcookie (policy|settings)\b/i,
  /\ball rights reserved\b|^\s*(copyright|©)|©\s*\d{4}|\bcopyright\s*(©|\(c\)|\d{4})|무단\s*전재|재배포\s*금지|todos os direitos reservados|todos los derechos reservados|alle rechte vorbehalten|tous droits réservés|tutti i diritti riservati|все права защищены/iu,
  /\baffiliate (links?|commissions?|partnerships?)\b|\bmay (earn|receive) (a |an )?(small )?(share|commission|compensation)\b/i,
  /\bmedia playback is (unsupported|not supported)\b|^\s*(image|media) (copyright|caption)\b/i,
  /\b(this|the) (video|content|player) (is )?(not available|unavailable|failed to load)\b|\benable javascript\b/i,
  /^\W*follow\b.{0,80}\b(on|at) (twitter|facebook|instagram|youtube|linkedin|tiktok|https?:)/i,
  /^\W*(reading time|read time|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit|tempo di lettura|время чтения)\b|^\W*\d+\s*(min|mins|minutes?|minutos?|minuten|minuti|мин)\.?\s*(read|de leitura|de lectura|de lecture|lesezeit|di lettura|чтения)\W*$/iu,
  // credits lines
  /^\W*(reporting by|additional reporting|editing by|writing by|compiled by|with reporting by)\b/i,
  /\b(contributed (to )?(this )?report(ing)?|contributed to this (story|article))\b/i,
];

/** "12 comments", "Comments (3)", "Responses": a counter or the head of the comment section. */
const COMMENT_COUNT = /^\s*\d*\s*(comments?|responses?|replies|reactions|kommentare|coment[áa]rios?|commentaires|commenti|reacties|комментари[йяи]|отзывы)\s*(\(\d+\)|\d+)?\s*$/iu;
/** A WordPress shortcode left unrendered ("[button link=…]Send us…[/button]"). */
const SHORTCODE = /^\s*\[\w+[^\]]*\].*\[\/\w+\]\s*$/;
/** A share bar: nothing but network and action names ("Facebook Twitter WhatsApp Email"). */
const SHARE_WORDS = new Set(
  ("facebook twitter whatsapp pinterest pin pint linkedin reddit telegram viber messenger flipboard tumblr vk vkontakte " +
    "email e-mail mail print share shares tweet copy link url sms save bookmark comment comments download baixar " +
    "compartilhar compartir partager teilen condividi imprimir imprimer drucken stampa").split(" "),
);
const SHARE_TOKEN = /[\p{L}\p{N}-]+/gu;
const MIN_SHARE_SHARE = 0.8;
/** Interface words standing alone: buttons and menu items Readability kept as text. */
const UI_ONLY =
  /^\W*(subscribe( now)?|sign in|sign up|log ?in|log ?out|register|menu|search|close|share( this)?|print|e-?mail|next|previous|back to top|load more|show more|see more|view comments|assine|entrar|suscr[íi]bete|iniciar sesi[óo]n|abonnez-vous|connexion|s'abonner|anmelden|abonnieren|accedi|iscriviti|abbonati|войти|подписаться)\W*$/iu;
const AD_LABEL = /\b(advert(isement|ising)?|ads?|anzeige|werbung|publicidad|publicidade|publicité|pubblicità|реклама|sponsored( content| message)?|paid (content|post)|promoted)\b/i;

export const boilerplate = perBlock("boilerplate", (block) => {
  if (block.words <= MAX_AD_LABEL_WORDS && AD_LABEL.test(block.text)) return true;
  if (block.words > MAX_WORDS) return false;
  if (UI_ONLY.test(block.text) || COMMENT_COUNT.test(block.text) || SHORTCODE.test(block.text) || isShareBar(block.text)) return true;
  return PHRASES.some((phrase) => phrase.test(block.text));
});

function isShareBar(text: string): boolean {
  const tokens = text.toLowerCase().match(SHARE_TOKEN) ?? [];
  if (tokens.length < 2) return false;
  const words = tokens.filter((token) => SHARE_WORDS.has(token)).length;
  const counts = tokens.filter((token) => /^\d+$/.test(token)).length;
  return words >= 2 && (words + counts) / tokens.length >= MIN_SHARE_SHARE;
}
