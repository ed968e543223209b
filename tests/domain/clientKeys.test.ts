import { isCreatedBy, isRetryOf, stampFingerprint } from '../../cloudfunctions/domain/shared/clientKeys';

describe('client keys: a key is one request', () => {
  const entries = stampFingerprint(
    [
      { opId: 'k-accept', what: '受理' },
      { opId: null, what: '系统' },
      { opId: 'k-note', what: '备注' },
    ],
    ['k-accept'],
    'fp-accept',
  );

  it('stamps only the entries the step wrote', () => {
    expect(entries.map((entry) => 'opFingerprint' in entry && entry.opFingerprint)).toEqual(['fp-accept', false, false]);
  });

  it('answers a retry (same key, same request) and a key never used', () => {
    expect(isRetryOf(entries, 'k-accept', 'fp-accept')).toBe(true);
    expect(isRetryOf(entries, 'k-new', 'fp-anything')).toBe(false);
  });

  it('refuses the key under another request with KEY_REUSED', () => {
    expect(() => isRetryOf(entries, 'k-accept', 'fp-explain')).toThrow(expect.objectContaining({ code: 'KEY_REUSED' }));
  });

  it('takes an entry written before fingerprints as the same request', () => {
    expect(isRetryOf(entries, 'k-note', 'fp-whatever')).toBe(true);
  });
});

describe('a record a keyed create made, found under the id its key gives', () => {
  const made = { _id: 'post-k', clientKey: 'k-post', opFingerprint: 'fp-post' };

  it('is the same request’s when key and fingerprint match: the resend is answered with it', () => {
    expect(isCreatedBy(made, 'k-post', 'fp-post')).toBe(true);
  });

  it('under other content, or from a record with another or no key, is KEY_REUSED', () => {
    expect(() => isCreatedBy(made, 'k-post', 'fp-other')).toThrow(expect.objectContaining({ code: 'KEY_REUSED' }));
    expect(() => isCreatedBy(made, 'k-other', 'fp-post')).toThrow(expect.objectContaining({ code: 'KEY_REUSED' }));
    expect(() => isCreatedBy({ _id: 'post-k' }, 'k-post', 'fp-post')).toThrow(expect.objectContaining({ code: 'KEY_REUSED' }));
  });

  it('names the record only when its key made it: the form opens that one instead of making a second', () => {
    expect(() => isCreatedBy(made, 'k-post', 'fp-other')).toThrow(expect.objectContaining({ details: ['post-k'] }));
    expect(() => isCreatedBy(made, 'k-other', 'fp-post')).toThrow(expect.objectContaining({ details: undefined }));
  });
});
