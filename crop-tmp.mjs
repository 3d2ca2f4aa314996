import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const [file, y, h, out] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 1366, height: Number(h) } });
await p.setContent(`<body style="margin:0"><img src="data:image/png;base64,${readFileSync(file).toString('base64')}"></body>`);
await p.screenshot({ path: out, fullPage: true, clip: { x: 0, y: Number(y), width: 1366, height: Number(h) } });
await b.close();
