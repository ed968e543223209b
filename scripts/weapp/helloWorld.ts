/**
 * The anchor for the main package's size: Taro's React hello-world (the
 * `taro init` default template, one page) built with this project's Taro
 * and React versions, babel config and config/ folder. Built once into a
 * temporary folder named by a hash of what it is built from, then reused.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const COPIED = ['package.json', 'babel.config.js', 'project.config.json', 'tsconfig.json', 'config'];

// Taro 4's React template (`taro init`, webpack5, TypeScript), one page.
const SOURCES: Record<string, string> = {
  'src/app.config.ts': `export default defineAppConfig({
  pages: ['pages/index/index'],
  window: { backgroundTextStyle: 'light', navigationBarBackgroundColor: '#fff', navigationBarTitleText: 'WeChat', navigationBarTextStyle: 'black' },
});
`,
  'src/app.ts': `import { PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import './app.scss';

function App({ children }: PropsWithChildren<any>) {
  useLaunch(() => {
    console.log('App launched.');
  });
  return children;
}

export default App;
`,
  'src/app.scss': '',
  'src/pages/index/index.config.ts': `export default definePageConfig({ navigationBarTitleText: '首页' });
`,
  'src/pages/index/index.scss': '',
  'src/pages/index/index.tsx': `import { View, Text } from '@tarojs/components';
import { useLoad } from '@tarojs/taro';
import './index.scss';

export default function Index() {
  useLoad(() => {
    console.log('Page loaded.');
  });
  return (
    <View className='index'>
      <Text>Hello world!</Text>
    </View>
  );
}
`,
};

function filesOf(target: string): string[] {
  const full = path.join(root, target);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [target];
  return readdirSync(full).flatMap((name) => filesOf(path.join(target, name)));
}

/** What the build depends on: the copied config, the template and the installed Taro's version. */
function buildKey(): string {
  const hash = createHash('sha256');
  for (const file of COPIED.flatMap(filesOf).sort()) hash.update(file).update(readFileSync(path.join(root, file)));
  hash.update(JSON.stringify(SOURCES));
  hash.update(readFileSync(path.join(root, 'node_modules/@tarojs/cli/package.json')));
  return hash.digest('hex').slice(0, 16);
}

/** Builds (or reuses) the hello-world and returns its dist/weapp folder. */
export function buildHelloWorld(): string {
  const dir = path.join(os.tmpdir(), `wanggetong-weapp-hello-${buildKey()}`);
  const dist = path.join(dir, 'dist', 'weapp');
  if (existsSync(path.join(dist, 'app.json'))) return dist;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const item of COPIED) cpSync(path.join(root, item), path.join(dir, item), { recursive: true });
  for (const [file, text] of Object.entries(SOURCES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const result = spawnSync('npx', ['taro', 'build', '--type', 'weapp'], {
    cwd: dir,
    stdio: ['ignore', 2, 2],
    env: { ...process.env, NODE_ENV: 'production', TARO_ENV: 'weapp' },
  });
  if (result.status !== 0 || !existsSync(path.join(dist, 'app.json'))) {
    throw new Error(`hello-world weapp build failed (exit ${String(result.status)}) in ${dir}`);
  }
  return dist;
}
