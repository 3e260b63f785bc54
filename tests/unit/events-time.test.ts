import { describe, expect, it } from "vitest";
import { addDaysIso, eventBounds, eventDays, isValidTimeZone, localToUtc, slotSeries, utcToLocal, zoneOffsetMinutes } from "@/lib/domain/events/time";

const PARIS = "Europe/Paris";
const QUEBEC = "America/Toronto";
const iso = (d: Date) => d.toISOString();

// 2027: North America moves forward on Sunday 14 March and back on 7 November; Europe on 28 March and 31 October.
// Between those dates Paris is only 5 hours ahead of Québec instead of 6.
describe("time zones across daylight-saving changes", () => {
  it("gives each zone's offset before, between and after the two spring changes", () => {
    expect(zoneOffsetMinutes(new Date("2027-03-10T12:00:00Z"), PARIS)).toBe(60);
    expect(zoneOffsetMinutes(new Date("2027-03-10T12:00:00Z"), QUEBEC)).toBe(-300);
    expect(zoneOffsetMinutes(new Date("2027-03-20T12:00:00Z"), PARIS)).toBe(60);
    expect(zoneOffsetMinutes(new Date("2027-03-20T12:00:00Z"), QUEBEC)).toBe(-240);
    expect(zoneOffsetMinutes(new Date("2027-03-30T12:00:00Z"), PARIS)).toBe(120);
    expect(zoneOffsetMinutes(new Date("2027-03-30T12:00:00Z"), QUEBEC)).toBe(-240);
  });

  it("converts a 10:00 interview in Paris to Québec's time on either side of each change", () => {
    const at = (date: string) => utcToLocal(localToUtc(date, "10:00", PARIS), QUEBEC);
    expect(at("2027-03-10")).toEqual({ date: "2027-03-10", time: "04:00" }); // 6 hours
    expect(at("2027-03-20")).toEqual({ date: "2027-03-20", time: "05:00" }); // 5 hours: Québec changed, Paris not yet
    expect(at("2027-03-29")).toEqual({ date: "2027-03-29", time: "04:00" }); // 6 hours again
    expect(at("2027-11-02")).toEqual({ date: "2027-11-02", time: "05:00" }); // autumn: Paris back first
    expect(at("2027-11-08")).toEqual({ date: "2027-11-08", time: "04:00" });
  });

  it("round-trips wall times in both zones", () => {
    for (const date of ["2027-01-15", "2027-03-14", "2027-03-28", "2027-07-01", "2027-10-31", "2027-11-07"]) {
      for (const time of ["00:00", "09:30", "12:00", "23:45"]) {
        for (const tz of [PARIS, QUEBEC]) expect(utcToLocal(localToUtc(date, time, tz), tz)).toEqual({ date, time });
      }
    }
  });

  it("moves a skipped wall time forward by the gap (Paris, 28 March 2027, 02:30 does not exist)", () => {
    expect(iso(localToUtc("2027-03-28", "01:30", PARIS))).toBe("2027-03-28T00:30:00.000Z");
    expect(iso(localToUtc("2027-03-28", "02:30", PARIS))).toBe("2027-03-28T01:30:00.000Z");
    expect(utcToLocal(localToUtc("2027-03-28", "02:30", PARIS), PARIS)).toEqual({ date: "2027-03-28", time: "03:30" });
    expect(iso(localToUtc("2027-03-14", "02:30", QUEBEC))).toBe("2027-03-14T07:30:00.000Z"); // 03:30 EDT
  });

  it("takes the first of a repeated wall time (Paris, 31 October 2027, 02:30 happens twice)", () => {
    expect(iso(localToUtc("2027-10-31", "02:30", PARIS))).toBe("2027-10-31T00:30:00.000Z");
    expect(iso(localToUtc("2027-10-31", "03:30", PARIS))).toBe("2027-10-31T02:30:00.000Z");
    expect(iso(localToUtc("2027-11-07", "01:30", QUEBEC))).toBe("2027-11-07T05:30:00.000Z"); // EDT, the first one
  });

  it("refuses malformed dates and times", () => {
    expect(() => localToUtc("2027-02-30", "10:00", PARIS)).toThrow(RangeError);
    expect(() => localToUtc("2027-03-01", "24:00", PARIS)).toThrow(RangeError);
    expect(() => localToUtc("27-03-01", "10:00", PARIS)).toThrow(RangeError);
  });

  it("knows valid IANA zones only", () => {
    expect(isValidTimeZone(PARIS)).toBe(true);
    expect(isValidTimeZone("Africa/Casablanca")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
    expect(isValidTimeZone("Europe/Paris; DROP")).toBe(false);
  });

  it("bounds an event by midnights in its own zone, whatever the clock change inside it", () => {
    const b = eventBounds({ startDate: "2027-03-27", endDate: "2027-03-28", timeZone: PARIS });
    expect(iso(b.from)).toBe("2027-03-26T23:00:00.000Z");
    expect(iso(b.to)).toBe("2027-03-28T22:00:00.000Z"); // 47 hours: the night lost an hour
    expect(eventDays("2027-03-27", "2027-03-29")).toEqual(["2027-03-27", "2027-03-28", "2027-03-29"]);
    expect(addDaysIso("2027-12-31", 1)).toBe("2028-01-01");
  });
});

describe("slot series", () => {
  it("cuts an afternoon into slots of the chosen length in the event's zone", () => {
    const s = slotSeries({ date: "2027-03-20", fromTime: "13:00", toTime: "15:00", lengthMinutes: 30, timeZone: PARIS });
    expect(s.map((x) => utcToLocal(x.startsAt, PARIS).time)).toEqual(["13:00", "13:30", "14:00", "14:30"]);
    expect(iso(s[0].startsAt)).toBe("2027-03-20T12:00:00.000Z");
    expect(iso(s[3].endsAt)).toBe("2027-03-20T14:00:00.000Z");
  });

  it("keeps real time moving forward without overlaps across the skipped hour", () => {
    const s = slotSeries({ date: "2027-03-28", fromTime: "01:00", toTime: "04:00", lengthMinutes: 30, timeZone: PARIS });
    for (let k = 1; k < s.length; k++) expect(s[k].startsAt.getTime()).toBeGreaterThanOrEqual(s[k - 1].endsAt.getTime());
    expect(s.map((x) => iso(x.startsAt))).toEqual(["2027-03-28T00:00:00.000Z", "2027-03-28T00:30:00.000Z", "2027-03-28T01:00:00.000Z", "2027-03-28T01:30:00.000Z"]);
  });

  it("opens nothing when the window is shorter than one slot", () => {
    expect(slotSeries({ date: "2027-03-20", fromTime: "13:00", toTime: "13:20", lengthMinutes: 30, timeZone: PARIS })).toEqual([]);
    expect(slotSeries({ date: "2027-03-20", fromTime: "15:00", toTime: "13:00", lengthMinutes: 30, timeZone: PARIS })).toEqual([]);
  });
});
