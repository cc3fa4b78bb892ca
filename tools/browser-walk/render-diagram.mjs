// Renders a BPMN diagram to PNG with bpmn-js (the renderer of Camunda Modeler and Cockpit) in Debian's chromium,
// offline: the viewer and the diagram are loaded from local files, no server needed.
//
//   node render-diagram.mjs [diagram.bpmn] [out.png]     defaults: ../../bpmn/data-subject-request.bpmn, ../../docs/data-subject-request.png
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const diagram = resolve(process.argv[2] ?? join(HERE, '../../bpmn/data-subject-request.bpmn'));
const out = resolve(process.argv[3] ?? join(HERE, '../../docs/data-subject-request.png'));
const bpmnJs = dirname(createRequire(import.meta.url).resolve('bpmn-js/package.json'));
const MARGIN = 24;

const dir = mkdtempSync(join(tmpdir(), 'render-diagram-'));
const context = await chromium.launchPersistentContext(dir, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  deviceScaleFactor: 1,
  viewport: { width: 1200, height: 800 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = context.pages()[0] ?? await context.newPage();
  await page.setContent(`<!DOCTYPE html><html><head><meta charset="utf-8">
    <style>html, body, #canvas { margin: 0; width: 100%; height: 100%; background: white; overflow: hidden; }</style>
    </head><body><div id="canvas"></div></body></html>`);
  for (const css of ['diagram-js.css', 'bpmn-js.css', 'bpmn-font/css/bpmn-embedded.css']) {
    await page.addStyleTag({ path: join(bpmnJs, 'dist/assets', css) });
  }
  await page.addScriptTag({ path: join(bpmnJs, 'dist/bpmn-navigated-viewer.production.min.js') });
  const inner = await page.evaluate(async xml => {
    window.viewer = new BpmnJS({ container: '#canvas' });
    const { warnings } = await window.viewer.importXML(xml);
    if (warnings.length) {
      console.warn(warnings.map(w => w.message).join('\n'));
    }
    return window.viewer.get('canvas').viewbox().inner;
  }, readFileSync(diagram, 'utf8'));
  const width = Math.ceil(inner.width + 2 * MARGIN);
  const height = Math.ceil(inner.height + 2 * MARGIN);
  await page.setViewportSize({ width, height });
  await page.evaluate(({ inner, MARGIN, width, height }) => {
    const canvas = window.viewer.get('canvas');
    canvas.resized();
    canvas.viewbox({ x: inner.x - MARGIN, y: inner.y - MARGIN, width, height });
  }, { inner, MARGIN, width, height });
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out, fullPage: false });
  console.log(`rendered ${diagram} (${width}x${height}) to ${out}`);
} finally {
  await context.close();
  rmSync(dir, { recursive: true, force: true });
}
