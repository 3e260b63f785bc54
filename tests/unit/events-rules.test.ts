import { describe, expect, it } from "vitest";
import { applicationRefusal, canDecide, canMoveEvent, eventTransitions, EVENT_STATUSES } from "@/lib/domain/events/rules";
import { csvField, eventFigures, toCsv } from "@/lib/domain/events/dashboard";

describe("event rules", () => {
  it("moves forward one stage at a time, back one while open, never out of DONE", () => {
    expect(eventTransitions("DRAFT")).toEqual(["OPEN_EMPLOYERS"]);
    expect(canMoveEvent("OPEN_CANDIDATES", "CLOSED")).toBe(true);
    expect(canMoveEvent("DRAFT", "OPEN_CANDIDATES")).toBe(false);
    expect(canMoveEvent("CLOSED", "OPEN_CANDIDATES")).toBe(true);
    for (const s of EVENT_STATUSES) expect(canMoveEvent("DONE", s)).toBe(false);
  });

  it("lets candidates apply only while open to them and strictly before the deadline", () => {
    const deadline = new Date("2027-03-01T22:59:00Z");
    expect(applicationRefusal({ status: "OPEN_CANDIDATES", applicationDeadline: deadline }, new Date("2027-03-01T22:58:59Z"))).toBeNull();
    expect(applicationRefusal({ status: "OPEN_CANDIDATES", applicationDeadline: deadline }, deadline)).toBe("events.errors.deadlinePassed");
    expect(applicationRefusal({ status: "OPEN_EMPLOYERS", applicationDeadline: deadline }, new Date("2027-01-01T00:00:00Z"))).toBe("events.errors.notOpenForCandidates");
  });

  it("freezes the decision once an offer exists", () => {
    expect(canDecide("SUBMITTED", "PRESELECTED", false)).toBe(true);
    expect(canDecide("PRESELECTED", "NOT_RETAINED", false)).toBe(true);
    expect(canDecide("PRESELECTED", "NOT_RETAINED", true)).toBe(false);
    expect(canDecide("PRESELECTED", "SUBMITTED", false)).toBe(false);
  });
});

describe("event dashboard", () => {
  it("adds up employers, vacancies by region, interviews held and the share of offers outside the CMM", () => {
    const now = new Date("2027-03-30T12:00:00Z");
    const f = eventFigures(
      {
        participations: [{ status: "APPROVED" }, { status: "APPROVED" }, { status: "PENDING" }, { status: "REJECTED" }],
        vacancies: [{ regionCode: "08", inCmm: false, positions: 2 }, { regionCode: "04", inCmm: false, positions: 1 }, { regionCode: "08", inCmm: false, positions: 3 }, { regionCode: "06", inCmm: true, positions: 1 }],
        applications: [{ status: "SUBMITTED" }, { status: "PRESELECTED" }, { status: "PRESELECTED" }, { status: "NOT_RETAINED" }],
        bookings: [{ endsAt: new Date("2027-03-29T10:00:00Z"), cancelled: false }, { endsAt: new Date("2027-03-29T11:00:00Z"), cancelled: true }, { endsAt: new Date("2027-03-31T10:00:00Z"), cancelled: false }],
        offers: [{ status: "ACCEPTED", inCmm: false }, { status: "MADE", inCmm: false }, { status: "DECLINED", inCmm: true }, { status: "ACCEPTED", inCmm: false }],
      },
      now,
    );
    expect(f).toMatchObject({ employers: 2, employersPending: 1, vacancies: 4, positions: 7, applications: 4, preselected: 2, interviewsBooked: 2, interviewsHeld: 1, offers: 4, offersAccepted: 2, offersDeclined: 1, offersOutsideCmm: 3 });
    expect(f.offersOutsideCmmShare).toBeCloseTo(0.75);
    expect(f.vacanciesByRegion).toEqual([{ regionCode: "08", count: 2 }, { regionCode: "04", count: 1 }, { regionCode: "06", count: 1 }]);
    expect(eventFigures({ participations: [], vacancies: [], applications: [], bookings: [], offers: [] }, now).offersOutsideCmmShare).toBeNull();
  });

  it("writes CSV that spreadsheets read safely", () => {
    expect(csvField('Dupont, "Jean"')).toBe('"Dupont, ""Jean"""');
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField(-3)).toBe("-3");
    expect(csvField(null)).toBe("");
    expect(toCsv([["a", "b"], [1, "é"]])).toBe("\uFEFFa,b\r\n1,é\r\n");
  });
});
