/**
 * @jest-environment node
 *
 * The category icons' font (components/Icon): only the glyphs of
 * CATEGORY_ICONS, cut from taro-ui's by scripts/code/iconFont.ts, so the
 * packages that show categories (the filing page's, 系统管理's) carry 7 KB of
 * stylesheet instead of taro-ui's 20 KB with its 100 glyphs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CATEGORY_ICONS } from '../../cloudfunctions/domain/catalog/categoryIcons';
import { drawnCodePoints, iconFontFile, iconFontScss, taroUiIcons } from '../../scripts/code/iconFont';

const weappDir = path.resolve(__dirname, '../../dist/weapp');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe('the category icon font', () => {
  it('is what scripts/code/iconFont.ts makes from CATEGORY_ICONS (run it after changing them)', () => {
    expect(readFileSync(iconFontFile, 'utf8')).toBe(iconFontScss());
  });

  it('draws every category icon, each with its class', () => {
    const woff = /base64,([A-Za-z0-9+/=]+)/.exec(readFileSync(iconFontFile, 'utf8'))?.[1] ?? '';
    const { codePoints } = taroUiIcons();
    expect(drawnCodePoints(Buffer.from(woff, 'base64')).sort()).toEqual(CATEGORY_ICONS.map((name) => codePoints.get(name)).sort());
    for (const name of CATEGORY_ICONS) expect(readFileSync(iconFontFile, 'utf8')).toContain(`.at-icon-${name}::before`);
  });

  it('ships in the weapp build without taro-ui’s other glyphs or its whole font', () => {
    const styles = filesUnder(weappDir).filter((file) => file.endsWith('.wxss'));
    const withIcons = styles.filter((file) => readFileSync(file, 'utf8').includes('.at-icon-home'));
    expect(withIcons.length).toBeGreaterThan(0);
    for (const file of withIcons) expect(statSync(file).size).toBeLessThan(8000);
    expect(styles.filter((file) => /\.at-icon-(add-circle|arrow-left|chevron-down)\b/.test(readFileSync(file, 'utf8')))).toEqual([]);
  });
});
