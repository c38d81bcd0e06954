import axe from 'axe-core';
import { render } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import * as stories from './procedure-form.stories.js';
import { settle, textOf } from './test-harness.js';

const { default: meta, ...named } = stories;

/** Renders a story as Storybook does (render, then play) into a fresh canvas. */
async function show(story: { render: () => unknown; play: (context: { canvasElement: HTMLElement }) => Promise<unknown> }): Promise<HTMLElement> {
  const canvasElement = document.createElement('div');
  document.body.append(canvasElement);
  render(story.render(), canvasElement);
  await story.play({ canvasElement });
  await settle(canvasElement.querySelector('motcua-procedure-form')!);
  return canvasElement;
}

describe('<motcua-procedure-form> stories', () => {
  afterEach(() => {
    document.body.replaceChildren();
    localStorage.clear();
  });

  it('are titled for the citizens section', () => {
    expect(meta).toEqual({ title: 'Citizens/Procedure form', component: 'motcua-procedure-form' });
    expect(Object.keys(named)).toHaveLength(16);
  });

  it.each(Object.entries(named))('%s shows its state and is axe clean', async (name, story) => {
    const canvas = await show(story);
    const el = canvas.querySelector('motcua-procedure-form')!;
    const expected: Record<string, string> = {
      Empty: 'page:requester', Prefilled: 'page:requester', Errors: 'page:requester', WaivedComponents: 'components', CheckAnswers: 'check', Receipt: 'receipt', ListField: 'page:members', ListItemConditions: 'page:applicant',
    };
    expect(el.currentStep).toBe(expected[name.replace(/English$/, '')]);
    if (name.startsWith('Prefilled')) expect(textOf(el, '[data-field="requester.fullName"] .prefilled')).not.toBe('');
    if (name.startsWith('Errors')) expect(el.shadowRoot!.querySelector('.error-summary')).not.toBeNull();
    if (name.startsWith('WaivedComponents')) expect(el.shadowRoot!.querySelector('[data-waived]')).not.toBeNull();
    if (name.startsWith('ListItemConditions')) {
      expect([...el.shadowRoot!.querySelectorAll('.error-summary a')].map((a) => a.getAttribute('href'))).toEqual(['#field-members.0.relationshipOther']);
      expect(el.shadowRoot!.querySelector('[name="members.1.relationshipOther"]')).toBeNull();
    }
    if (name.startsWith('ListField')) expect(el.shadowRoot!.querySelectorAll('[data-field=members] .list-item [data-remove]')).toHaveLength(2);
    const results = await axe.run(canvas);
    expect(results.violations.map((v) => `${name}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
