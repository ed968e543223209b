/**
 * Finds the mini-program APIs that WeChat only lets an app use after it
 * declared something, by reading the code's syntax tree (TypeScript's parser
 * reads both our sources and the minified build):
 * - location APIs, which must be listed in app.json `requiredPrivateInfos`
 *   (since 2022-07-14; WeChat's announcement names these eight, and the
 *   app.json schema inside miniprogram-ci lists the same);
 * - network APIs that reach only the server domains configured in the
 *   mini-program console. This app configures none: it talks to its cloud
 *   functions and cloud storage through wx.cloud, so any call is a defect.
 */
import ts from 'typescript';

export const PRIVATE_INFO_APIS = [
  'getFuzzyLocation',
  'getLocation',
  'onLocationChange',
  'startLocationUpdate',
  'startLocationUpdateBackground',
  'chooseLocation',
  'choosePoi',
  'chooseAddress',
] as const;

export type PrivateInfoApi = (typeof PRIVATE_INFO_APIS)[number];

/** wx.request, wx.downloadFile, wx.uploadFile and sockets need a configured domain; wx.cloud.* do not. */
export const DOMAIN_BOUND_APIS = ['request', 'downloadFile', 'uploadFile', 'connectSocket'] as const;

export interface ApiUse {
  api: string;
  file: string;
  line: number;
}

const PRIVATE = new Set<string>(PRIVATE_INFO_APIS);
const DOMAIN_BOUND = new Set<string>(DOMAIN_BOUND_APIS);

function parse(file: string, code: string): ts.SourceFile {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  return ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, kind);
}

/** The member name an expression reads: `x.name`, `x['name']`, or `{ name } = x`. */
function memberName(node: ts.Node): string | null {
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) return node.argumentExpression.text;
  if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
    const key = node.propertyName ?? node.name;
    return ts.isIdentifier(key) || ts.isStringLiteralLike(key) ? key.text : null;
  }
  return null;
}

/** `wx.cloud.downloadFile`, `Taro.cloud.uploadFile`: the object read from is called `cloud`. */
function isOnCloud(node: ts.Node): boolean {
  if (!ts.isPropertyAccessExpression(node) && !ts.isElementAccessExpression(node)) return false;
  const object = node.expression;
  return memberName(object) === 'cloud' || (ts.isIdentifier(object) && object.text === 'cloud');
}

function lineOf(node: ts.Node, source: ts.SourceFile): number {
  return source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
}

export interface ApiUses {
  /** Every read of a location API as a member (a call, a reference passed on, destructuring); names in a string list are not uses. */
  privateInfos: ApiUse[];
  /** Every call of a domain-bound network API that does not go through `cloud`. */
  domainBound: ApiUse[];
}

/** Both kinds of use in one file, from one parse. */
export function findApiUses(file: string, code: string): ApiUses {
  const source = parse(file, code);
  const uses: ApiUses = { privateInfos: [], domainBound: [] };
  const visit = (node: ts.Node): void => {
    const name = memberName(node);
    if (name && PRIVATE.has(name)) uses.privateInfos.push({ api: name, file, line: lineOf(node, source) });
    if (ts.isCallExpression(node)) {
      const called = memberName(node.expression);
      if (called && DOMAIN_BOUND.has(called) && !isOnCloud(node.expression))
        uses.domainBound.push({ api: called, file, line: lineOf(node, source) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return uses;
}
