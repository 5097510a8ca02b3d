// The review fields a proposed record carries (`review`, `confidence`), checked the same way in every record kind.
import { isReviewMark, REVIEW_MARKS, type ReviewMark } from "../model/review.ts";
import type { FieldRecord } from "./field-record.ts";

/** Fields any entity, relation or addTo record may have once `actorgraph extract` has proposed it. */
export const REVIEW_FIELDS = ["review", "confidence"] as const;

/**
 * The record's review mark, or undefined for a reviewed (accepted or hand-written) record. A mark
 * that is not one of {@link REVIEW_MARKS}, or a confidence outside 0..1, is reported; such a record
 * is read as proposed, so a typo never turns a proposal into accepted data.
 */
export function readReviewMark(record: FieldRecord): ReviewMark | undefined {
  const confidence = record.number("confidence");
  if (confidence !== undefined && (confidence < 0 || confidence > 1)) {
    record.report.add(record.valueNode("confidence"), "wrong-type", `"confidence" of ${record.name} must be between 0 and 1, not ${confidence}`);
  }
  const mark = record.string("review", false);
  if (mark === undefined) return undefined;
  if (isReviewMark(mark)) return mark;
  record.report.add(record.valueNode("review"), "wrong-type", `"review" of ${record.name} must be ${REVIEW_MARKS.join(" or ")}, not "${mark}"`, "delete the review line to accept the record; write review: rejected to reject it");
  return "proposed";
}
