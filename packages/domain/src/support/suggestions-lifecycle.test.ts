import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateSuggestionChecklist } from "./checklist";
import { SUGGESTION_STATUSES } from "./lists";
import {
  allowedSuggestionMoves,
  decideSuggestionMerge,
  decideSuggestionStatus,
  decideVote,
  isReviewMonth,
  shiftReviewMonth,
  suggestionReviewMonth,
  suggestionStage,
  SUGGESTION_MOVES,
  votersAfterMerge,
  type SuggestionActor,
} from "./suggestions-lifecycle";

const status = fc.constantFrom(...SUGGESTION_STATUSES);
const actor = fc.constantFrom<SuggestionActor>("product", "agent", "requester");
const fresh = { status: "new", mergedInto: null } as const;

describe("the suggestion checklist", () => {
  const complete = {
    description: "Laskulistaan suodatin, joka näyttää vain tänään erääntyvät laskut yhdellä napsautuksella.",
    benefit: "Säästää kymmenen minuuttia joka aamu",
    currentDifficulty: "Nyt laskut pitää lajitella käsin eräpäivän mukaan",
    attachmentCount: 1,
  };
  it("names exactly the item that is missing", () => {
    expect(evaluateSuggestionChecklist(complete)).toEqual({ complete: true, missing: [] });
    expect(evaluateSuggestionChecklist({ ...complete, benefit: "  " }).missing).toEqual([
      { item: "benefit", code: "SUGGESTION_BENEFIT_MISSING" },
    ]);
    expect(evaluateSuggestionChecklist({ ...complete, currentDifficulty: "" }).missing).toEqual([
      { item: "currentDifficulty", code: "SUGGESTION_DIFFICULTY_MISSING" },
    ]);
    expect(evaluateSuggestionChecklist({ ...complete, description: "Parempi lista" }).missing).toEqual([
      { item: "description", code: "SUGGESTION_DESCRIPTION_TOO_VAGUE" },
    ]);
    expect(evaluateSuggestionChecklist({ ...complete, attachmentCount: 0 }).missing).toEqual([
      { item: "attachment", code: "SUGGESTION_ATTACHMENT_MISSING" },
    ]);
  });
  it("property: complete exactly when nothing is missing, and each gap names a different item", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.string(),
        fc.nat(3),
        (description, benefit, currentDifficulty, attachmentCount) => {
          const r = evaluateSuggestionChecklist({ description, benefit, currentDifficulty, attachmentCount });
          expect(r.complete).toBe(r.missing.length === 0);
          expect(new Set(r.missing.map((m) => m.item)).size).toBe(r.missing.length);
          expect(r.missing.some((m) => m.item === "benefit")).toBe(benefit.trim() === "");
          expect(r.missing.some((m) => m.item === "attachment")).toBe(attachmentCount === 0);
        },
      ),
    );
  });
});

describe("the product team's decisions", () => {
  it("moves a new suggestion to review, then planned, then done, each with a reason", () => {
    const review = decideSuggestionStatus(fresh, { to: "under_review", reason: " Kuukausikatselmus " }, "product");
    expect(review).toEqual({ ok: true, status: "under_review", reason: "Kuukausikatselmus" });
    expect(
      decideSuggestionStatus({ status: "under_review", mergedInto: null }, { to: "planned", reason: "Q1" }, "product"),
    ).toEqual({ ok: true, status: "planned", reason: "Q1" });
    expect(
      decideSuggestionStatus({ status: "planned", mergedInto: null }, { to: "done", reason: "Julkaistu" }, "product"),
    ).toEqual({
      ok: true,
      status: "done",
      reason: "Julkaistu",
    });
  });
  it("an agent or a requester cannot decide; the refusal names the status", () => {
    expect(decideSuggestionStatus(fresh, { to: "planned", reason: "x" }, "agent")).toEqual({
      ok: false,
      code: "SUGGESTION_DECISION_FORBIDDEN",
      field: "status",
    });
    expect(decideSuggestionStatus(fresh, { to: "planned", reason: "x" }, "requester")).toMatchObject({ ok: false });
  });
  it("refuses a missing reason, the same status, a move from done and a move of a duplicate", () => {
    expect(decideSuggestionStatus(fresh, { to: "declined", reason: "  " }, "product")).toEqual({
      ok: false,
      code: "SUGGESTION_REASON_REQUIRED",
      field: "reason",
    });
    expect(decideSuggestionStatus(fresh, { to: "new", reason: "x" }, "product")).toMatchObject({
      code: "SUGGESTION_STATUS_UNCHANGED",
    });
    expect(decideSuggestionStatus({ status: "done", mergedInto: null }, { to: "planned", reason: "x" }, "product")).toMatchObject(
      {
        code: "SUGGESTION_MOVE_NOT_ALLOWED",
        params: { from: "done", to: "planned" },
      },
    );
    expect(
      decideSuggestionStatus({ status: "declined", mergedInto: "b" }, { to: "under_review", reason: "x" }, "product"),
    ).toMatchObject({ code: "SUGGESTION_ALREADY_MERGED" });
  });
  it("property: a decision is allowed exactly when the board offers the move, and lands where asked", () => {
    fc.assert(
      fc.property(status, status, actor, fc.boolean(), fc.string({ minLength: 1 }), (from, to, who, merged, reason) => {
        const state = { status: from, mergedInto: merged ? "other" : null };
        const r = decideSuggestionStatus(state, { to, reason }, who);
        const offered = allowedSuggestionMoves(state, who).includes(to);
        expect(r.ok).toBe(offered && reason.trim() !== "" && reason.trim().length <= 1000);
        if (r.ok) expect(r.status).toBe(to);
        if (who !== "product") expect(allowedSuggestionMoves(state, who)).toEqual([]);
      }),
    );
  });
  it("property: from every status but done some move is open, and done is reached only from planned", () => {
    for (const s of SUGGESTION_STATUSES) {
      expect(SUGGESTION_MOVES[s].length > 0).toBe(s !== "done");
      expect(SUGGESTION_MOVES[s].includes("done")).toBe(s === "planned");
      expect(SUGGESTION_MOVES[s]).not.toContain(s);
    }
  });
});

describe("merging duplicates", () => {
  const a = { id: "a", status: "new", mergedInto: null } as const;
  const b = { id: "b", status: "planned", mergedInto: null } as const;
  it("declines the duplicate and points it at the target", () => {
    expect(decideSuggestionMerge(a, b, "product")).toEqual({ ok: true, status: "declined", mergedInto: "b" });
    expect(suggestionStage({ status: "declined", mergedInto: "b" })).toBe("merged");
    expect(suggestionStage({ status: "planned", mergedInto: null })).toBe("planned");
  });
  it("refuses itself, an already merged one, a merged target, a done one and anyone but the product team", () => {
    expect(decideSuggestionMerge(a, a, "product")).toMatchObject({ code: "SUGGESTION_MERGE_SELF", field: "targetId" });
    expect(decideSuggestionMerge({ ...a, mergedInto: "c" }, b, "product")).toMatchObject({ code: "SUGGESTION_ALREADY_MERGED" });
    expect(decideSuggestionMerge(a, { ...b, mergedInto: "c" }, "product")).toMatchObject({
      code: "SUGGESTION_MERGE_TARGET_MERGED",
    });
    expect(decideSuggestionMerge({ ...a, status: "done" }, b, "product")).toMatchObject({ code: "SUGGESTION_MERGE_DONE" });
    expect(decideSuggestionMerge(a, b, "agent")).toMatchObject({ code: "SUGGESTION_DECISION_FORBIDDEN" });
  });
  it("property: votes move to the target once per person, never to its own authors, and none is lost", () => {
    const ids = fc.array(fc.constantFrom("u1", "u2", "u3", "u4", "u5", "u6"), { maxLength: 6 });
    fc.assert(
      fc.property(ids, ids, ids, ids, (targetVoters, sourceVoters, sourceAuthors, targetAuthors) => {
        const after = votersAfterMerge({ targetVoters, sourceVoters, sourceAuthors, targetAuthors });
        expect(new Set(after).size).toBe(after.length);
        for (const id of after) expect(targetAuthors).not.toContain(id);
        for (const id of [...targetVoters, ...sourceVoters, ...sourceAuthors])
          if (!targetAuthors.includes(id)) expect(after).toContain(id);
      }),
    );
  });
});

describe("voting", () => {
  const open = { status: "under_review", mergedInto: null, authorUserIds: ["author", "agent"] } as const;
  it("anyone but the authors may vote for an open suggestion", () => {
    expect(decideVote(open, "someone")).toEqual({ ok: true });
    expect(decideVote(open, "author")).toEqual({ ok: false, code: "SUGGESTION_VOTE_OWN", field: "suggestionId" });
    expect(decideVote(open, "agent")).toMatchObject({ code: "SUGGESTION_VOTE_OWN" });
  });
  it("not for a duplicate, a done or a declined one", () => {
    expect(decideVote({ ...open, status: "declined", mergedInto: "x" }, "someone")).toMatchObject({
      code: "SUGGESTION_VOTE_MERGED",
    });
    expect(decideVote({ ...open, status: "done" }, "someone")).toMatchObject({ code: "SUGGESTION_VOTE_CLOSED" });
    expect(decideVote({ ...open, status: "declined" }, "someone")).toMatchObject({ code: "SUGGESTION_VOTE_CLOSED" });
  });
});

describe("review months", () => {
  it("a suggestion filed on 30 November 23:30 Helsinki time belongs to November's review; 00:30 on 1 December to December's", () => {
    expect(suggestionReviewMonth(new Date("2026-11-30T21:30:00Z"))).toBe("2026-11");
    expect(suggestionReviewMonth(new Date("2026-11-30T22:30:00Z"))).toBe("2026-12");
  });
  it("shifts across years and recognises real months only", () => {
    expect(shiftReviewMonth("2026-12", 1)).toBe("2027-01");
    expect(shiftReviewMonth("2027-01", -1)).toBe("2026-12");
    expect(isReviewMonth("2026-13")).toBe(false);
    expect(isReviewMonth("2026-00")).toBe(false);
    expect(isReviewMonth("2026-7")).toBe(false);
  });
  it("property: shifting there and back is the identity and always gives a real month", () => {
    const month = fc
      .tuple(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 }))
      .map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`);
    fc.assert(
      fc.property(month, fc.integer({ min: -240, max: 240 }), (m, by) => {
        const shifted = shiftReviewMonth(m, by);
        expect(isReviewMonth(shifted)).toBe(true);
        expect(shiftReviewMonth(shifted, -by)).toBe(m);
      }),
    );
  });
});
