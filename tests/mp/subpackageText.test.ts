/**
 * @jest-environment node
 *
 * The weapp build (made fresh by this project's globalSetup) carries each
 * subpackage's words in that subpackage: opening 首页 loads none of 党员服务's,
 * 便民服务日's, the console's, 系统管理's, 民情走访's, the 诉求 pages' or 选择网格's text
 * (src/text/<area>.ts; 我的诉求's own is requestList.ts), and no
 * validation code (zod) ships at all: the app imports the contract as types,
 * except its zod-free `retrySafe` module (the list of actions sent once).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(__dirname, '../..');
const weappDir = path.join(root, 'dist/weapp');
const textDir = path.join(root, 'src/text');

/** Each subpackage's text files. Every other file in src/text/ belongs to the main package. */
const SUBPACKAGE_TEXT: Record<string, string[]> = {
  'packages/party': ['party.ts'],
  'packages/servicedays': ['servicedays.ts'],
  'packages/console': ['messages.ts', 'dashboard.ts'],
  'packages/admin': ['admin.ts', 'ledger.ts', 'download.ts'],
  'packages/visits': ['visits.ts'],
  'packages/requests': ['requests.ts'],
  'packages/grid': ['gridPicker.ts'],
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** The build's script, with the \uXXXX escapes the minifier writes turned back into characters. */
function scriptOf(files: string[]): string {
  return files
    .filter((file) => file.endsWith('.js'))
    .map((file) =>
      readFileSync(file, 'utf8').replace(/\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})/g, (_m, u?: string, x?: string) =>
        String.fromCharCode(parseInt(u ?? x ?? '', 16)),
      ),
    )
    .join('\n');
}

/** The Chinese pieces of a text file: its string literals (template pieces are rewritten by the build). */
function chineseLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (/[\u4e00-\u9fa5]/.test(node.text)) found.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const allFiles = filesUnder(weappDir).filter((file) => !file.endsWith('.map'));
const inPackage = (root: string) => (file: string) => file.startsWith(path.join(weappDir, root) + path.sep);
const mainScript = scriptOf(allFiles.filter((file) => !Object.keys(SUBPACKAGE_TEXT).some((root) => inPackage(root)(file))));
const textFiles = readdirSync(textDir).filter((name) => name.endsWith('.ts'));
/** Taro's own runtime, whose components carry words of their own (a date picker's 开始时间). */
const taroScript = scriptOf([path.join(weappDir, 'taro.js')]);

describe.each(Object.entries(SUBPACKAGE_TEXT))('the %s subpackage', (packageRoot, own) => {
  const elsewhere = textFiles.filter((name) => !own.includes(name)).flatMap((name) => chineseLiterals(path.join(textDir, name)));
  // Words that only this subpackage's text has (a shared word such as 取消 may well be in the main package, and Taro has words of its own).
  const words = own
    .flatMap((name) => chineseLiterals(path.join(textDir, name)))
    .filter((word) => word.length >= 4 && !elsewhere.some((other) => other.includes(word)) && !taroScript.includes(word));

  it('has words of its own to look for', () => {
    // 选择网格 is one small page: a few words of its own.
    expect(words.length).toBeGreaterThan(packageRoot === 'packages/grid' ? 2 : 10);
  });

  it('ships them in the subpackage', () => {
    const script = scriptOf(allFiles.filter(inPackage(packageRoot)));
    expect(words.filter((word) => !script.includes(word))).toEqual([]);
  });

  it('keeps them out of the main package', () => {
    expect(words.filter((word) => mainScript.includes(word))).toEqual([]);
  });
});

describe('the contract in the weapp build', () => {
  it('ships no zod: the app imports only types and the zod-free retrySafe list', () => {
    const script = scriptOf(allFiles);
    expect(script).not.toContain('ZodError');
    expect(script).not.toContain('invalid_type');
  });

  it('ships the list of actions sent once that the client reads', () => {
    // Actions not safe to repeat appear as strings of the list; a renamed one would show here.
    expect(scriptOf(allFiles)).toMatch(/admin:\["importRoster","rosterTemplate"\]/);
  });
});
