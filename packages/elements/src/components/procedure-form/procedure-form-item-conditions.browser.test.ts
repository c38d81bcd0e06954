import type { Procedure } from '@motcua/core';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import householdMembersJson from '../../../../../test/fixtures/procedures/valid/household-members.json' with { type: 'json' };
import type { MotcuaProcedureForm } from './procedure-form.js';
import { answer, answerTwoMembers, attachRequired, mountForm, pressContinue, rootOf, settle, textsOf } from './test-harness.js';

// "Quan hệ cụ thể" is asked, and required, only in the items whose relationship is "other" ($item.relationship).
const procedure = householdMembersJson as unknown as Procedure;
const NOW = new Date('2026-03-02T08:00:00+07:00');

const has = (el: MotcuaProcedureForm, path: string) => rootOf(el).querySelector(`[name="${path}"]`) !== null;
const focusedName = (el: MotcuaProcedureForm) => (rootOf(el).activeElement as HTMLElement | null)?.getAttribute('name');

/** The form on its one page with two household members: the first "other", the second a child. */
async function twoMembers(): Promise<MotcuaProcedureForm> {
  const el = await mountForm(procedure, 'en', (form) => { form.now = () => NOW; form.endpoint = ''; });
  expect(el.currentStep).toBe('page:applicant');
  await answerTwoMembers(el);
  return el;
}

describe('<motcua-procedure-form>: conditions of questions inside list items', () => {
  afterEach(() => {
    document.body.replaceChildren();
    localStorage.clear();
  });

  it('shows and requires a question in each item by that item\'s own answers, as the user answers', async () => {
    const el = await twoMembers();
    expect(has(el, 'members.0.relationshipOther')).toBe(true);
    expect(has(el, 'members.1.relationshipOther')).toBe(false);
    expect(textsOf(el, 'label[for="field-members.0.relationshipOther"]')).toEqual(['Relationship details']); // required: no "(optional)"

    await answer(el, 'members.1.relationship', 'other');
    expect(has(el, 'members.1.relationshipOther')).toBe(true);
    await answer(el, 'members.0.relationshipOther', 'niece');
    await answer(el, 'members.0.relationship', 'spouse');
    expect(has(el, 'members.0.relationshipOther')).toBe(false);
    expect(has(el, 'members.1.relationshipOther')).toBe(true);
    // A hidden item question is not submitted, as a hidden top-level question is not.
    expect(el.value['members']).toEqual([{ fullName: 'Trần Thị Bình', relationship: 'spouse' }, { fullName: 'Nguyễn Văn Cường', relationship: 'other' }]);
  });

  it('reveals an item\'s question to the keyboard user who chooses "other" in that item, next in the tab order', async () => {
    const el = await twoMembers();
    rootOf(el).querySelector<HTMLInputElement>('input[name="members.1.relationship"][value=child]')!.focus();
    await userEvent.keyboard('{ArrowDown}');
    await settle(el);
    expect(el.value['members']).toMatchObject([{ relationship: 'other' }, { relationship: 'other' }]);
    await userEvent.tab();
    expect(focusedName(el)).toBe('members.1.relationshipOther');
  });

  it('links the summary\'s error to the question in the right item, keyboard and axe clean', async () => {
    const el = await twoMembers();
    await pressContinue(el);
    expect(el.currentStep).toBe('page:applicant');
    expect(textsOf(el, '.error-summary a')).toEqual(['Household member 1: Enter relationship details']);
    rootOf(el).querySelector<HTMLAnchorElement>('.error-summary a')!.click();
    await settle(el);
    expect(focusedName(el)).toBe('members.0.relationshipOther');
    expect((await axe.run(el)).violations.map((v) => v.id)).toEqual([]);
    await userEvent.keyboard('cousin');
    await settle(el);
    await pressContinue(el);
    expect(el.currentStep).not.toBe('page:applicant');
  });

  it('shows on check answers only the item questions shown for each item', async () => {
    const el = await twoMembers();
    await answer(el, 'members.0.relationshipOther', 'niece');
    await pressContinue(el);
    await attachRequired(el);
    await pressContinue(el);
    expect(el.currentStep).toBe('check');
    expect(textsOf(el, '[data-answer=members] li')).toEqual([
      'Full name: Trần Thị Bình; Relationship to the applicant: Other; Relationship details: niece',
      'Full name: Nguyễn Văn Cường; Relationship to the applicant: Child',
    ]);
  });
});
