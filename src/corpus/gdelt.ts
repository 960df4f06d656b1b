// Writes events as rows of the GDELT 2.0 event table (61 tab-separated columns, no header), so
// tools built for GDELT read dyad's events. Columns dyad does not know stay empty.
import { codeSector } from "../lib/actor-codes.js";
import type { StoredEvent } from "../store/repo.js";

export const GDELT_COLUMNS = [
  "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
  "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
  "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
  "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
  "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
  "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
  "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
  "DATEADDED", "SOURCEURL",
] as const;

/** GDELT's quad classes by CAMEO root: verbal and material cooperation, verbal and material conflict. */
export function quadClass(cameo: string): number {
  const root = Number(cameo.slice(0, 2));
  return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
}


const clean = (value: string | null | undefined) => (value ?? "").replace(/[\t\n\r]+/g, " ");

export function toGdeltRow(event: StoredEvent, sequence: number, added: string): string {
  // Day-precision dates fill SQLDATE; month and year precision fill what they can.
  const date = event.date ?? event.published ?? "";
  const [year = "", month = "01", day = "01"] = date.split("-");
  const sqlDate = /^\d{4}$/.test(year) && /^\d{2}$/.test(month) && /^\d{2}$/.test(day) ? `${year}${month}${day}` : "";
  const fraction = sqlDate ? (Number(year) + (Number(month) - 1) / 12 + (Number(day) - 1) / 365).toFixed(4) : "";
  const values: Record<(typeof GDELT_COLUMNS)[number], string> = Object.fromEntries(GDELT_COLUMNS.map((c) => [c, ""])) as never;
  Object.assign(values, {
    GLOBALEVENTID: String(sequence),
    SQLDATE: sqlDate,
    MonthYear: sqlDate.slice(0, 6),
    Year: /^\d{4}$/.test(year) ? year : "",
    FractionDate: fraction,
    Actor1Code: clean(event.source.code),
    Actor1Name: clean(event.source.name).toUpperCase(),
    Actor1CountryCode: clean(event.source.country),
    Actor1Type1Code: event.source.country ? codeSector(event.source) : "",
    Actor2Code: clean(event.target.code),
    Actor2Name: clean(event.target.name).toUpperCase(),
    Actor2CountryCode: clean(event.target.country),
    Actor2Type1Code: event.target.country ? codeSector(event.target) : "",
    IsRootEvent: "1",
    EventCode: event.cameo,
    EventBaseCode: event.cameo.slice(0, 3),
    EventRootCode: event.cameo.slice(0, 2),
    QuadClass: String(quadClass(event.cameo)),
    GoldsteinScale: event.goldstein.toFixed(1),
    NumMentions: String(1 + (event.evidenceMore?.length ?? 0)),
    NumSources: "1",
    NumArticles: "1",
    AvgTone: "0",
    ActionGeo_Type: event.location ? "4" : "0",
    ActionGeo_FullName: clean(event.location),
    DATEADDED: added,
    SOURCEURL: clean(event.url ?? event.docId),
  });
  return GDELT_COLUMNS.map((c) => values[c]).join("\t");
}
