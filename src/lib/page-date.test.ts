import { describe, expect, it } from "vitest";
import { dateFromUrl, isDateLine, parsePageDate } from "./page-date.js";

describe("page-date", () => {
  it.each([
    ["2019-06-04T08:15:00+02:00", "2019-06-04"],
    ["2019-06-04", "2019-06-04"],
    ["20190604", "2019-06-04"],
    ["04.06.2019", "2019-06-04"],
    ["06/04/2019", "2019-06-04"],
    ["25/12/2019", "2019-12-25"],
    ["Tuesday June 4, 2019", "2019-06-04"],
    ["4 June 2019, 09:30 GMT", "2019-06-04"],
    ["Jun 4, 2019 07:15 AM", "2019-06-04"],
    ["June 2019", null],
    ["31.02.2019", null],
    ["no date here", null],
  ])("page-date: parses %s", (text, expected) => {
    expect(parsePageDate(text)).toBe(expected);
  });

  it.each([
    ["Wednesday May 27, 2020", true],
    ["Updated: 4 June 2019, 09:30 GMT", true],
    ["Mittwoch, 5. Juni 2019", true],
    ["The talks of May 2019 failed", false],
    ["Trade rose in 2019", false],
    ["Monday", false],
  ])("page-date: %s is a date line: %s", (text, expected) => {
    expect(isDateLine(text)).toBe(expected);
  });

  it("page-date: reads a day from a URL path, not a month", () => {
    expect(dateFromUrl("https://news.example/2014/09/01/summit-ends")).toBe("2014-09-01");
    expect(dateFromUrl("https://news.example/world/20140901-summit")).toBe("2014-09-01");
    expect(dateFromUrl("https://news.example/2014/09/summit")).toBeNull();
  });
});
