import { describe, expect, it } from "vitest";
import { ZApply, ZEventInput, ZOpenSlots } from "@/lib/schemas/event";

const base = {
  nameFr: "Journées Québec Paris", nameEn: "Journées Québec Paris", format: "IN_PERSON", city: "Paris", countryCode: "FR", timeZone: "Europe/Paris",
  startDate: "2027-03-27", endDate: "2027-03-29", deadlineDate: "2027-03-20", deadlineTime: "23:59", sectorCodes: [], regionCodes: ["08"],
};
const messages = (r: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) => (r.error?.issues ?? []).map((i) => `${i.path.join(".")}:${i.message}`);

describe("event schemas", () => {
  it("accepts a well-formed event", () => {
    expect(ZEventInput.safeParse(base).success).toBe(true);
  });

  it("refuses an event ending before it starts, a deadline not before the first day (in the event's zone), a missing place", () => {
    expect(messages(ZEventInput.safeParse({ ...base, endDate: "2027-03-26" }))).toContain("endDate:events.errors.endBeforeStart");
    // 27 March 00:00 in Paris is 26 March 23:00 UTC: a deadline at 23:30 on the 26th in Paris is still before it...
    expect(ZEventInput.safeParse({ ...base, deadlineDate: "2027-03-26", deadlineTime: "23:30" }).success).toBe(true);
    // ...but not one at midnight of the first day.
    expect(messages(ZEventInput.safeParse({ ...base, deadlineDate: "2027-03-27", deadlineTime: "00:00" }))).toContain("deadlineDate:events.errors.deadlineAfterStart");
    expect(messages(ZEventInput.safeParse({ ...base, city: "", countryCode: "" }))).toEqual(expect.arrayContaining(["city:events.errors.cityRequired", "countryCode:events.errors.countryRequired"]));
    expect(ZEventInput.safeParse({ ...base, format: "VIRTUAL", city: "", countryCode: "", timeZone: "America/Toronto" }).success).toBe(true);
    expect(messages(ZEventInput.safeParse({ ...base, timeZone: "Mars/Olympus" }))).toContain("timeZone:events.errors.timeZone");
    expect(messages(ZEventInput.safeParse({ ...base, endDate: "2027-04-20" }))).toContain("endDate:events.errors.tooLong");
  });

  it("checks slot windows and applications", () => {
    const slots = { eventId: "e", date: "2027-03-27", fromTime: "09:00", toTime: "12:00", lengthMinutes: "30", mode: "VIDEO" };
    expect(ZOpenSlots.safeParse(slots).success).toBe(true);
    expect(messages(ZOpenSlots.safeParse({ ...slots, toTime: "08:00" }))).toContain("toTime:events.errors.endBeforeStartTime");
    expect(messages(ZOpenSlots.safeParse({ ...slots, toTime: "09:20" }))).toContain("toTime:events.errors.windowTooShort");
    expect(messages(ZOpenSlots.safeParse({ ...slots, lengthMinutes: "25" }))).toContain("lengthMinutes:events.errors.slotLength");
    expect(messages(ZApply.safeParse({ eventVacancyIds: [], cvFileId: "f", letter: "trop court" }))).toEqual(expect.arrayContaining(["eventVacancyIds:events.errors.chooseVacancy", "letter:events.errors.letterLength"]));
  });
});
