import { describe, expect, it } from 'vitest';
import { submissionFor } from './form-submission.js';
import type { ProcedureSubmitDetail } from './procedure-form.events.js';

const pdf = new File(['%PDF-1.7'], 'to-khai.pdf', { type: 'application/pdf' });
const detail = (change: Partial<ProcedureSubmitDetail> = {}): ProcedureSubmitDetail => ({
  procedure: 'local.minimal@1.0.0', channel: 'online', agency: '000.00.31.H29', data: { fullName: 'Lê Thị Hoa', copies: 2 },
  documents: ['application'], files: [{ component: 'application', file: pdf }], ...change,
});

describe('submissionFor', () => {
  it('starts a submission with a fresh key and the exact JSON body it is bound to, without the files', () => {
    const first = submissionFor(null, detail());
    expect(first.key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(JSON.parse(first.body)).toEqual({ procedure: 'local.minimal@1.0.0', channel: 'online', agency: '000.00.31.H29', data: { fullName: 'Lê Thị Hoa', copies: 2 }, documents: ['application'] });
    expect(submissionFor(null, detail()).key).not.toBe(first.key);
  });

  it('keeps the submission, and so its key, for a retry of the same body, even with another file for a component', () => {
    const first = submissionFor(null, detail());
    expect(submissionFor(first, detail())).toBe(first);
    const other = new File(['%PDF-1.4'], 'to-khai-2.pdf', { type: 'application/pdf' });
    expect(submissionFor(first, detail({ files: [{ component: 'application', file: other }] }))).toBe(first);
  });

  it('takes a new key when the answers or the documents changed since the last attempt', () => {
    const first = submissionFor(null, detail());
    const answered = submissionFor(first, detail({ data: { fullName: 'Lê Thị Hoà', copies: 2 } }));
    expect(answered.key).not.toBe(first.key);
    const documents = submissionFor(answered, detail({ data: { fullName: 'Lê Thị Hoà', copies: 2 }, documents: ['application', 'authorisation'] }));
    expect(documents.key).not.toBe(answered.key);
    expect(JSON.parse(documents.body)).toMatchObject({ documents: ['application', 'authorisation'] });
    expect(submissionFor(documents, detail()).key).not.toBe(first.key); // back to the first body: a new attempt all the same
  });

  it('keeps a submission whose dossier exists: only its files are left to send', () => {
    const first = submissionFor(null, detail());
    first.dossier = { code: '000.00.31.H29-260223-0001', accessToken: 'tok', dueAt: null };
    expect(submissionFor(first, detail({ data: { fullName: 'Khác' } }))).toBe(first);
  });
});
