import { formatPhone } from '@/utils/phone';

/** Numbers shown the way people read them out. */
describe('formatPhone', () => {
  it('groups a mobile number 3-4-4', () => {
    expect(formatPhone('13905560101')).toBe('139 0556 0101');
  });

  it('sets a landline area code apart, however it was typed', () => {
    expect(formatPhone('05565202001')).toBe('0556-5202001');
    expect(formatPhone('0556-5202001')).toBe('0556-5202001');
    expect(formatPhone('0556 520 2001')).toBe('0556-5202001');
    expect(formatPhone('01065288888')).toBe('010-65288888');
    expect(formatPhone('02187654321')).toBe('021-87654321');
  });

  it('leaves anything else as it was typed', () => {
    expect(formatPhone('12345')).toBe('12345');
  });
});
