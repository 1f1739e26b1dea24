import JSZip from 'jszip';

/**
 * Simulation packages generated for tests, browser journeys and the demo: deterministic zips
 * (fixed dates) of small H5 pages that use the LubanSim JavaScript API.
 */
const FIXED_DATE = new Date('2026-01-01T00:00:00Z');
export const SIM_SCRIPT = '/sim-api/v1/luban-sim.js';

async function zipOf(files: Record<string, string | Buffer>, options: { unix?: Record<string, number> } = {}): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content, { date: FIXED_DATE, createFolders: false, ...(options.unix?.[name] !== undefined ? { unixPermissions: options.unix[name] } : {}) });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: options.unix ? 'UNIX' : 'DOS' });
}

/**
 * A labelled demo training: a valve-pressure exercise with buttons (start, three steps, finish).
 * `autoplay` runs start → progress → score → complete on load (for tests without a browser click).
 */
export function trainingPage(options: { autoplay?: boolean; score?: number } = {}): string {
  const score = options.score ?? 84;
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>演示仿真 Demo simulation</title>
<link rel="stylesheet" href="assets/style.css">
<script src="${SIM_SCRIPT}"></script>
<script src="assets/app.js" defer></script></head>
<body data-autoplay="${options.autoplay ? '1' : '0'}" data-score="${score}">
<p class="label">演示数据 · Demo package (generated)</p>
<h1>液压阀调压实训 · Valve pressure training</h1>
<p id="status">ready</p>
<button id="step">下一步 Next step</button> <button id="finish">提交 Finish</button>
</body></html>`;
}

export const trainingScript = `(function () {
  var steps = 0;
  var status = document.getElementById('status');
  var score = Number(document.body.dataset.score);
  function show(text) { status.textContent = text; }
  function fail(error) { show('error: ' + error.message); }
  function step() {
    steps += 1;
    return LubanSim.progress(Math.min(1, steps / 3)).then(function () { show('step ' + steps + '/3'); });
  }
  function finish() {
    return LubanSim.score({ raw: score, min: 0, max: 100 })
      .then(function () { return LubanSim.complete({ success: score >= 60 }); })
      .then(function (attempt) { show('finished: ' + attempt.status + ' ' + score); });
  }
  LubanSim.start().then(function () {
    show('started');
    document.getElementById('step').addEventListener('click', function () { step().catch(fail); });
    document.getElementById('finish').addEventListener('click', function () { finish().catch(fail); });
    if (document.body.dataset.autoplay === '1') return step().then(step).then(step).then(finish);
  }).catch(fail);
})();
`;

export async function trainingPackage(options: { autoplay?: boolean; score?: number } = {}): Promise<Buffer> {
  return zipOf({
    'index.html': trainingPage(options),
    'assets/app.js': trainingScript,
    'assets/style.css': 'body { font-family: sans-serif; margin: 24px; } .label { color: #a15c00; } #status { font-weight: bold; }',
  });
}

/**
 * A hostile package: tries to read the parent page, its storage and cookies and to call the API
 * as the user; writes what it managed into its own page (`#report`, JSON).
 */
export const hostileScript = `(function () {
  var report = {};
  function attempt(name, fn) { try { report[name] = 'read:' + String(fn()).slice(0, 80); } catch (e) { report[name] = 'blocked'; } }
  attempt('parentDocument', function () { return window.parent.document.title; });
  attempt('parentWrite', function () { window.parent.document.body.innerHTML = 'pwned'; return 'written'; });
  attempt('parentLocalStorage', function () { return window.parent.localStorage.getItem('luban-probe'); });
  attempt('ownLocalStorage', function () { return window.localStorage.length; });
  attempt('cookie', function () { return document.cookie; });
  attempt('topLocation', function () { return window.top.location.href; });
  function done() { document.getElementById('report').textContent = JSON.stringify(report); }
  fetch('/api/v1/auth/me', { credentials: 'include' })
    .then(function (r) { report.apiCall = 'status:' + r.status; }, function () { report.apiCall = 'blocked'; })
    .then(done, done);
})();
`;

export async function hostilePackage(): Promise<Buffer> {
  return zipOf({
    'index.html': `<!DOCTYPE html><html><head><meta charset="utf-8"><title>hostile</title><script src="${SIM_SCRIPT}"></script><script src="probe.js" defer></script></head><body><pre id="report">pending</pre></body></html>`,
    'probe.js': hostileScript,
  });
}

/** Archives that must be refused, one per rule. */
export const badPackages = {
  traversal: () => zipOf({ 'index.html': '<!DOCTYPE html><p>x</p>', '../escape.js': 'alert(1)' }),
  absolute: () => zipOf({ 'index.html': '<!DOCTYPE html><p>x</p>', '/etc/cron.d/x': 'x' }),
  symlink: () => zipOf({ 'index.html': '<!DOCTYPE html><p>x</p>', 'link.js': '/etc/passwd' }, { unix: { 'index.html': 0o100644, 'link.js': 0o120777 } }),
  tooManyFiles: (count: number) => zipOf(Object.fromEntries([['index.html', '<!DOCTYPE html><p>x</p>'], ...Array.from({ length: count }, (_, i) => [`f/${i}.txt`, `${i}`])])),
  bomb: () => zipOf({ 'index.html': '<!DOCTYPE html><p>x</p>', 'data.bin': Buffer.alloc(20 * 1024 * 1024) }),
  noEntry: () => zipOf({ 'main.html': '<!DOCTYPE html><p>x</p>', 'a.js': '1' }),
  badManifest: () => zipOf({ 'luban-simulation.json': JSON.stringify({ entry: 'missing.html' }), 'main.html': '<!DOCTYPE html>' }),
  executable: () => zipOf({ 'index.html': '<!DOCTYPE html><p>x</p>', 'tool.wasm': Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]) }),
  disguisedImage: () => zipOf({ 'index.html': '<!DOCTYPE html><p>x</p>', 'logo.png': '<script>alert(1)</script>' }),
  manifestEntry: () => zipOf({ 'luban-simulation.json': JSON.stringify({ entry: 'app/start.html' }), 'app/start.html': '<!DOCTYPE html><p>ok</p>' }),
  /** A directory that understates an entry's size: inflation must stop at the declared size. */
  lyingSize: async () => {
    const zip = await zipOf({ 'index.html': '<!DOCTYPE html><p>x</p>', 'big.txt': Buffer.alloc(900 * 1024, 0x61) });
    const centralSignature = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
    let offset = zip.indexOf(centralSignature);
    while (offset >= 0) {
      const nameLength = zip.readUInt16LE(offset + 28);
      if (zip.subarray(offset + 46, offset + 46 + nameLength).toString() === 'big.txt') zip.writeUInt32LE(1000, offset + 24);
      offset = zip.indexOf(centralSignature, offset + 4);
    }
    return zip;
  },
};
