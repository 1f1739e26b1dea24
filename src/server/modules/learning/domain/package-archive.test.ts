import { describe, expect, it } from 'vitest';
import { badPackages, trainingPackage } from '../http/simulation-test-packages.js';
import { inflateEntry, isSafePackagePath, packageFileType, packageLimits, planPackage } from './package-archive.js';

async function refusal(zip: Promise<Buffer>, limits = packageLimits): Promise<string> {
  try {
    const plan = await planPackage(await zip, limits);
    for (const entry of plan.files) packageFileType(entry.path, await inflateEntry(entry, limits));
    return 'accepted';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

describe('simulation package archives', () => {
  it('plans a good package: its files, sizes and index.html as entry', async () => {
    const plan = await planPackage(await trainingPackage());
    expect(plan.entry).toBe('index.html');
    expect(plan.files.map((f) => f.path).sort()).toEqual(['assets/app.js', 'assets/style.css', 'index.html']);
    const app = plan.files.find((f) => f.path === 'assets/app.js');
    if (!app) throw new Error('app.js missing');
    const bytes = await inflateEntry(app, packageLimits);
    expect(bytes.toString()).toContain('LubanSim.start()');
    expect(packageFileType(app.path, bytes)).toBe('text/javascript; charset=utf-8');
  });

  it('takes the entry from the manifest', async () => {
    expect((await planPackage(await badPackages.manifestEntry())).entry).toBe('app/start.html');
  });

  it('refuses traversal, absolute paths and symlinks', async () => {
    expect(await refusal(badPackages.traversal())).toMatch(/PACKAGE_UNSAFE_PATH.*\.\.\/escape\.js/);
    expect(await refusal(badPackages.absolute())).toMatch(/PACKAGE_UNSAFE_PATH.*\/etc\/cron/);
    expect(await refusal(badPackages.symlink())).toMatch(/PACKAGE_SYMLINK.*link\.js/);
  });

  it('refuses too many files, a zip bomb, a lying directory and oversized contents', async () => {
    expect(await refusal(badPackages.tooManyFiles(12), { ...packageLimits, maxFiles: 10 })).toMatch(/PACKAGE_TOO_MANY_FILES.*"limit":10/);
    expect(await refusal(badPackages.bomb())).toMatch(/PACKAGE_ZIP_BOMB.*data\.bin/);
    expect(await refusal(badPackages.lyingSize())).toMatch(/PACKAGE_ZIP_BOMB.*big\.txt/);
    expect(await refusal(trainingPackage(), { ...packageLimits, maxFileBytes: 100 })).toMatch(/PACKAGE_FILE_TOO_LARGE/);
    expect(await refusal(trainingPackage(), { ...packageLimits, maxTotalBytes: 1000 })).toMatch(/PACKAGE_TOO_LARGE/);
  });

  it('refuses a missing entry, a bad manifest, executables, disguised files and non-zips', async () => {
    expect(await refusal(badPackages.noEntry())).toMatch(/PACKAGE_NO_ENTRY/);
    expect(await refusal(badPackages.badManifest())).toMatch(/PACKAGE_MANIFEST_INVALID.*missing\.html/);
    expect(await refusal(badPackages.executable())).toMatch(/PACKAGE_EXECUTABLE.*tool\.wasm/);
    expect(await refusal(badPackages.disguisedImage())).toMatch(/PACKAGE_FILE_MISMATCH.*logo\.png/);
    expect(await refusal(Promise.resolve(Buffer.from('not a zip at all')))).toMatch(/PACKAGE_NOT_ZIP/);
  });

  it('accepts only safe relative paths', () => {
    for (const path of ['index.html', 'a/b/c.js', 'assets/图片.png']) expect(isSafePackagePath(path)).toBe(true);
    for (const path of ['', '/x', '../x', 'a/../x', 'a//b', './a', 'a\\b', 'C:/x', 'a\u0000b']) expect(isSafePackagePath(path)).toBe(false);
  });
});
