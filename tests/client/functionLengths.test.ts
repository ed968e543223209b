/**
 * Pages that fit on a screen: no function in the mini-program's sources
 * (a page, a component, a hook) is longer than MAX_FUNCTION_LINES. A page
 * that grows puts its state and calls in a hook and each panel in a
 * component. `npx tsx scripts/code/functionLengths.ts` prints the largest.
 */
import { functionLengths, functionLengthsOf, MAX_FUNCTION_LINES } from '../../scripts/code/functionLengths';

describe('function length in src/', () => {
  it(`has no function over ${MAX_FUNCTION_LINES} lines`, () => {
    const over = functionLengths()
      .filter((f) => f.lines > MAX_FUNCTION_LINES)
      .map((f) => `${f.file}:${f.line} ${f.name} (${f.lines} lines)`);
    expect(over).toEqual([]);
  });

  it('measures pages, components and hooks, arrow functions and nested ones included', () => {
    const all = functionLengths();
    expect(all.length).toBeGreaterThan(500);
    expect(all.map((f) => f.name)).toEqual(expect.arrayContaining(['RequestDetailPage', 'useRemote', 'useRequestSteps']));
    const body = Array.from({ length: 90 }, (_, i) => `  const v${i} = ${i};`).join('\n');
    const measured = functionLengthsOf(
      'Page.tsx',
      `export default function Page() {\n${body}\n  const inner = () => {\n    return 1;\n  };\n  return null;\n}\n`,
    );
    expect(measured).toEqual([
      { file: 'Page.tsx', name: 'Page', line: 1, lines: 96 },
      { file: 'Page.tsx', name: 'inner', line: 92, lines: 3 },
    ]);
  });
});
