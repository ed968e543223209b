import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** Subpackage roots from app.json; everything else ships in the main package. */
function subpackageRoots(weappDir: string): string[] {
  const appJson = JSON.parse(readFileSync(path.join(weappDir, 'app.json'), 'utf8')) as {
    subPackages?: Array<{ root: string }>;
    subpackages?: Array<{ root: string }>;
  };
  return [...(appJson.subPackages ?? []), ...(appJson.subpackages ?? [])].map((sub) => path.join(weappDir, sub.root.replace(/\/$/, '')));
}

/** Bytes of a weapp build as WeChat counts them: the main package and all packages (source maps are not uploaded). */
export function packageBytes(weappDir: string): { main: number; total: number } {
  const files = filesUnder(weappDir).filter((file) => !file.endsWith('.map'));
  const roots = subpackageRoots(weappDir);
  const size = (file: string) => statSync(file).size;
  const inMain = files.filter((file) => !roots.some((root) => file.startsWith(`${root}${path.sep}`)));
  return {
    main: inMain.reduce((sum, file) => sum + size(file), 0),
    total: files.reduce((sum, file) => sum + size(file), 0),
  };
}
