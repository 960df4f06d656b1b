// Claims across documents: figures that state the same measure (what, who, when, kind and
// unit) are compared; differing values are conflicts, equal ones corroborate each other.
// Works on plain rows from any store; it reads no text.

/** Values closer than this share of the larger one are the same claim (rounding: "$83.5bn" vs "$83.6bn"). */
export const CLAIM_TOLERANCE = 0.02;

export interface Claim {
  docId: string;
  published: string | null;
  value: number;
  valueMax: number | null;
  unit: string;
  period: string | null;
  kind: string;
  about: string | null;
  actors: string[];
  text: string;
  evidence: string;
}

export interface ClaimGroup {
  about: string;
  actors: string[];
  period: string;
  kind: string;
  unit: string;
  /** One claim per document, in date order. */
  claims: Claim[];
}

export interface ClaimReport {
  conflicts: ClaimGroup[];
  corroborated: ClaimGroup[];
}

const sameValue = (a: Claim, b: Claim) => Math.abs(a.value - b.value) <= CLAIM_TOLERANCE * Math.max(Math.abs(a.value), Math.abs(b.value));

/** Only claims that say what, who and when can be compared: the rest stay uncompared. */
function keyOf(claim: Claim): string | null {
  if (!claim.about || !claim.period || !claim.actors.length) return null;
  return [claim.about, [...claim.actors].sort().join("+"), claim.period, claim.kind, claim.unit].join("|");
}

export function compareClaims(claims: readonly Claim[]): ClaimReport {
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    const key = keyOf(claim);
    if (key) groups.set(key, [...(groups.get(key) ?? []), claim]);
  }
  const report: ClaimReport = { conflicts: [], corroborated: [] };
  for (const members of groups.values()) {
    const byDoc = [...new Map(members.map((c) => [c.docId, c])).values()];
    if (byDoc.length < 2) continue;
    byDoc.sort((a, b) => (a.published ?? "").localeCompare(b.published ?? "") || a.docId.localeCompare(b.docId));
    const first = byDoc[0]!;
    const group: ClaimGroup = { about: first.about!, actors: [...first.actors].sort(), period: first.period!, kind: first.kind, unit: first.unit, claims: byDoc };
    (byDoc.every((c) => sameValue(c, first)) ? report.corroborated : report.conflicts).push(group);
  }
  return report;
}
