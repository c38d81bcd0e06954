/**
 * `answerFeedback`: `POST /api/dossiers/:code/feedback`, the citizen's rating of how their dossier was
 * handled (Decree 61/2018 Arts. 27–29: citizens evaluate the one-stop service, online among other
 * channels). Once per dossier, and only once there is a result: the check and the write are one
 * statement, so two concurrent ratings cannot both land.
 */
import type { ServiceContext } from './service-context.js';
import { findWithAccessToken } from './find-with-access-token.js';
import { BadRequestError, ProcedureUnavailableError, RequestConflictError } from './http-errors.js';
import { optionalString, readJson } from './read-request.js';
import { toVietnamIso } from '../store/dossier-code.js';
import { jsonAnswer, type HttpAnswer, type HttpRequest } from './http-exchange.js';

/** The ratings a citizen can give. */
export const FEEDBACK_RATINGS = ['very-satisfied', 'satisfied', 'dissatisfied'] as const;

/** A rating of one dossier. */
export type FeedbackRating = (typeof FEEDBACK_RATINGS)[number];

const MAX_COMMENT = 1000;

/** Answers the feedback request: 201 with what was stored. @throws RequestConflictError, BadRequestError, NotFoundError */
export async function answerFeedback(context: ServiceContext, request: HttpRequest, code: string): Promise<HttpAnswer> {
  const stored = await findWithAccessToken(context.store, request, code);
  const body = await readJson(request);
  const rating = body['rating'];
  if (typeof rating !== 'string' || !(FEEDBACK_RATINGS as readonly string[]).includes(rating)) {
    throw new BadRequestError('invalid-field', {
      vi: `Trường rating phải là một trong: ${FEEDBACK_RATINGS.join(', ')}.`, en: `rating must be one of ${FEEDBACK_RATINGS.join(', ')}.`,
    });
  }
  const comment = optionalString(body, 'comment')?.trim() || null;
  if (comment !== null && [...comment].length > MAX_COMMENT) {
    throw new BadRequestError('invalid-field', { vi: `Góp ý tối đa ${MAX_COMMENT} ký tự.`, en: `comment must be at most ${MAX_COMMENT} characters.` });
  }
  if (context.sql === undefined) {
    throw new ProcedureUnavailableError('feedback-unavailable', { vi: 'Kho dữ liệu này không lưu được đánh giá.', en: 'This store cannot keep feedback.' });
  }
  const givenAt = context.now();
  // A result exists once the dossier reached status 9 (result ready) or 10 (handed over), whatever came after.
  const { rows } = await context.sql.query(
    `INSERT INTO dossier_feedback (dossier_id, rating, comment, given_at)
     SELECT $1, $2, $3, $4 WHERE EXISTS (SELECT 1 FROM dossier_events WHERE dossier_id = $1 AND status IN (9, 10))
     ON CONFLICT (dossier_id) DO NOTHING RETURNING dossier_id`,
    [stored.id, rating, comment, givenAt.toISOString()],
  );
  if (rows.length === 1) return jsonAnswer(201, { code: stored.code, rating, comment, givenAt: toVietnamIso(givenAt) });
  const given = await context.sql.query('SELECT 1 FROM dossier_feedback WHERE dossier_id = $1', [stored.id]);
  if (given.rows.length > 0) {
    throw new RequestConflictError('feedback-already-given', { vi: 'Bạn đã đánh giá hồ sơ này rồi.', en: 'Feedback was already given for this dossier.' });
  }
  throw new RequestConflictError('no-result-yet', {
    vi: 'Hồ sơ chưa có kết quả; bạn có thể đánh giá khi có kết quả.', en: 'The dossier has no result yet; you can give feedback once it has one.',
  });
}
