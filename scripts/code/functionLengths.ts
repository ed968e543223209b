import * as fs from 'fs';
import * as path from 'path';
import ts from 'typescript';

/**
 * Measures every function in the mini-program's sources (`src/`): pages,
 * components, hooks, services. A page or component that does not fit on a
 * screen is split into a hook that owns its state and a component per panel,
 * so no function may grow past MAX_FUNCTION_LINES
 * (tests/domain/functionLengths.test.ts keeps it true).
 *
 * `npx tsx scripts/code/functionLengths.ts [--top N] [--root DIR]` prints the
 * largest (of src/, or of another checkout's src/ given as DIR).
 */
export const MAX_FUNCTION_LINES = 80;

export interface FunctionLength {
  file: string;
  name: string;
  line: number;
  lines: number;
}

const SOURCE = /\.(ts|tsx)$/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** What a reader would call the function: its own name, or the name it is assigned to. */
function nameOf(node: ts.FunctionLikeDeclaration): string {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (ts.isCallExpression(parent) && ts.isIdentifier(parent.expression)) return `${parent.expression.text}(…)`;
  if (ts.isExportAssignment(parent)) return 'default';
  return '(anonymous)';
}

function isFunction(node: ts.Node): node is ts.FunctionLikeDeclaration {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node)
  );
}

/** Every function of one file with its length in lines, first line to last, nested functions included in their parent. */
export function functionLengthsOf(file: string, text = fs.readFileSync(file, 'utf8')): FunctionLength[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const found: FunctionLength[] = [];
  const visit = (node: ts.Node): void => {
    if (isFunction(node) && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      found.push({ file, name: nameOf(node), line: first + 1, lines: last - first + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every function under `root` (default: the repository's src/), longest first. */
export function functionLengths(root = path.join(__dirname, '..', '..', 'src')): FunctionLength[] {
  return sourceFiles(root)
    .flatMap((file) => functionLengthsOf(file))
    .map((f) => ({ ...f, file: path.relative(path.join(root, '..'), f.file) }))
    .sort((a, b) => b.lines - a.lines || a.file.localeCompare(b.file));
}

if (require.main === module) {
  const topArg = process.argv.indexOf('--top');
  const top = topArg > 0 ? Number(process.argv[topArg + 1]) : 10;
  const rootArg = process.argv.indexOf('--root');
  const all = rootArg > 0 ? functionLengths(path.resolve(process.argv[rootArg + 1])) : functionLengths();
  const over = all.filter((f) => f.lines > MAX_FUNCTION_LINES);
  for (const f of all.slice(0, top)) console.log(`${String(f.lines).padStart(4)}  ${f.file}:${f.line}  ${f.name}`);
  console.log(`${all.length} functions in src/, ${over.length} over ${MAX_FUNCTION_LINES} lines, largest ${all[0]?.lines ?? 0}`);
}
