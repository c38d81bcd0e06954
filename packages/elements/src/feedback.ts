/**
 * Entry for `import '@motcua/elements/feedback'`: registers `<motcua-feedback>` and nothing else, and
 * exports its class and types.
 */
import './components/feedback/define.js';

export { FEEDBACK_TAG, defineFeedback } from './components/feedback/define.js';
export { MAX_COMMENT_LENGTH, MotcuaFeedback } from './components/feedback/feedback.js';
export type { FeedbackSentDetail } from './components/feedback/feedback.events.js';
export { RATINGS } from './components/feedback/send-feedback.js';
export type { Rating } from './components/feedback/send-feedback.js';
