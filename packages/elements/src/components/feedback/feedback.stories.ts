/**
 * Stories of `<motcua-feedback>`: the empty rating form, validation errors, a rating with a comment being
 * written, already rated, sent, and as a plain control in a page's own form — each in Vietnamese and
 * English. States reached by acting on the form use CSF3 `play` functions (Storybook waits for them).
 */
import { html, type TemplateResult } from 'lit';
import './define.js';
import type { MotcuaFeedback } from './feedback.js';

const CODE = '000.00.31.H29-260216-0001';
const answering = (status: number, body: unknown): typeof fetch => async () =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const view = (lang: 'vi' | 'en', fetcher: typeof fetch): TemplateResult =>
  html`<div lang=${lang}><motcua-feedback code=${CODE} token="demo-token" .fetch=${fetcher}></motcua-feedback></div>`;

interface PlayContext { readonly canvasElement: HTMLElement }

/** The element in the story, once rendered. */
async function feedbackIn(canvas: HTMLElement): Promise<MotcuaFeedback> {
  const el = canvas.querySelector('motcua-feedback')!;
  await el.updateComplete;
  return el;
}

/** Picks `rating` and types `comment`, as a citizen would. */
async function answer(el: MotcuaFeedback, rating: string | null, comment = ''): Promise<void> {
  if (rating) el.shadowRoot!.querySelector<HTMLInputElement>(`#rating-${rating}`)!.click();
  const textarea = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#comment')!;
  textarea.value = comment;
  textarea.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Presses the send button and waits for the answer to show. */
async function send(el: MotcuaFeedback): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click();
  for (let i = 0; i < 5; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await el.updateComplete;
  }
}

const playErrors = async ({ canvasElement }: PlayContext) => {
  const el = await feedbackIn(canvasElement);
  await answer(el, null, 'Thủ tục nhanh. '.repeat(70));
  await send(el);
};
const playWriting = async ({ canvasElement }: PlayContext) => answer(await feedbackIn(canvasElement), 'very-satisfied', 'Cán bộ hướng dẫn tận tình, trả kết quả sớm hơn hẹn.');
const playSent = async ({ canvasElement }: PlayContext) => {
  const el = await feedbackIn(canvasElement);
  await answer(el, 'satisfied', 'Nhanh gọn.');
  await send(el);
};

const inForm = (lang: 'vi' | 'en'): TemplateResult => html`
  <div lang=${lang}>
    <form action="#" aria-label=${lang === 'vi' ? 'Phiếu đánh giá' : 'Rating form'}>
      <motcua-feedback name="satisfaction" required></motcua-feedback>
    </form>
  </div>`;

export default { title: 'Citizens/Feedback', component: 'motcua-feedback' };

export const Empty = { render: () => view('vi', answering(201, {})) };
export const EmptyEnglish = { render: () => view('en', answering(201, {})) };
export const ValidationErrors = { render: () => view('vi', answering(201, {})), play: playErrors };
export const ValidationErrorsEnglish = { render: () => view('en', answering(201, {})), play: playErrors };
export const WritingAComment = { render: () => view('vi', answering(201, {})), play: playWriting };
export const WritingACommentEnglish = { render: () => view('en', answering(201, {})), play: playWriting };
export const AlreadyRated = { render: () => view('vi', answering(409, { error: { code: 'feedback-already-given' } })), play: playSent };
export const AlreadyRatedEnglish = { render: () => view('en', answering(409, { error: { code: 'feedback-already-given' } })), play: playSent };
export const Sent = { render: () => view('vi', answering(201, {})), play: playSent };
export const SentEnglish = { render: () => view('en', answering(201, {})), play: playSent };
export const InAPageForm = { render: () => inForm('vi') };
export const InAPageFormEnglish = { render: () => inForm('en') };
