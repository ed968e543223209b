/**
 * Nothing is cut silently: an input of the mini-program never caps what is
 * typed, pasted or dictated with a number (`maxlength={100}`); it takes
 * `maxlength={UNCUT}` and its limit from contract/textLimits, shown by a
 * counter and refused at the field with a message (FormField `count`,
 * useFieldErrors). Only the boxes below keep a cap, each for its reason.
 */
import { readdirSync, readFileSync } from 'fs';
import { join, relative } from 'path';

const ROOT = join(__dirname, '..', '..');
const SRC = join(ROOT, 'src');

/** file (from the repository root) → the caps it may keep, and why. */
const ALLOWED: Record<string, { cap: number; why: string }> = {
  // 核销码: a booking code is exactly 6 digits; a 7th digit can only be a slip of the finger.
  'src/packages/servicedays/day/CheckInCard.tsx': { cap: 6, why: 'booking code, 6 digits' },
  // A post takes 1–50 people (contract posts.ts capacity): two digits hold every valid number.
  'src/packages/party/post-form/index.tsx': { cap: 2, why: 'post capacity, at most 50' },
  // 绑定手机号 in a browser: the account's own mobile number, exactly 11 digits (WeChat verifies it in the weapp).
  'src/components/PhoneBinding/h5.tsx': { cap: 11, why: 'own mobile number, 11 digits' },
};

/** Every `maxlength` (or `maxLength`) given a number, as JSX (`={6}`, `="6"`) or an object (`maxlength: 6`). */
const NUMBER_CAP = /\bmaxlength\s*(?:=\s*\{\s*(\d+)\s*\}|=\s*["'](\d+)["']|:\s*(\d+))/gi;

function numberCaps(source: string): number[] {
  return Array.from(source.matchAll(NUMBER_CAP), (m) => Number(m[1] ?? m[2] ?? m[3]));
}

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('inputs in src/ cut nothing', () => {
  const files = sourcesUnder(SRC).map((path) => ({
    file: relative(ROOT, path).split('\\').join('/'),
    caps: numberCaps(readFileSync(path, 'utf8')),
  }));

  it('has no maxlength of a number outside the named boxes', () => {
    const cutting = files.flatMap(({ file, caps }) =>
      caps.filter((cap) => ALLOWED[file]?.cap !== cap).map((cap) => `${file}: maxlength ${cap}`),
    );
    expect(cutting).toEqual([]);
  });

  it('lists only boxes that still exist (a stale entry would hide a new cap in that file)', () => {
    for (const [file, { cap }] of Object.entries(ALLOWED)) {
      expect(files.find((f) => f.file === file)?.caps).toEqual([cap]);
    }
  });

  it('reads every page and component, and finds every way of writing a cap', () => {
    expect(files.length).toBeGreaterThan(200);
    expect(files.map((f) => f.file)).toEqual(
      expect.arrayContaining(['src/packages/visits/visit-new/index.tsx', 'src/packages/visits/household-form/MemberEditor.tsx']),
    );
    expect(numberCaps('<Input maxlength={30} />')).toEqual([30]);
    expect(numberCaps('<Textarea maxLength={ 500 } />')).toEqual([500]);
    expect(numberCaps('<Input maxlength="13" />')).toEqual([13]);
    expect(numberCaps('const props = { maxlength: 20 };')).toEqual([20]);
    expect(numberCaps('<Input maxlength={UNCUT} /><TextPrompt maxLength={textLimits.callbackText} />')).toEqual([]);
  });
});
