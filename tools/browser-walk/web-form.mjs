// The public web form /privacy-request in Debian's chromium at a phone's viewport, as a German-speaking customer
// uses it: first with mistakes (German messages, everything typed kept, a script typed into the message stays text),
// then corrected and sent, ending on the confirmation with the case number and the deadline. Twice: with JavaScript
// on, and with JavaScript off (the form needs none). Starts nothing: give it a running app.
//
//   node web-form.mjs <baseUrl> [screenshotDir]
// Prints "[web-form] CASE <run> <caseNumber>" per filed case and "[web-form] PASSED" at the end; exits non-zero on
// the first failure (with a screenshot web-form-<run>-FAILED.png).
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BASE = (process.argv[2] ?? '').replace(/\/$/, '');
const SHOTS = resolve(process.argv[3] ?? 'target/screenshots');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const TIMEOUT = 30_000;
if (!BASE.startsWith('http')) {
  console.error('usage: node web-form.mjs <baseUrl> [screenshotDir]');
  process.exit(2);
}
mkdirSync(SHOTS, { recursive: true });

const SCRIPT = '<script>window.__typedScriptRan = true</script>';
const TYPED = {
  message: `${SCRIPT} Bitte löschen Sie alle Daten zu meinem Kundenkonto.`,
  name: 'Erika Mustermann',
  email: 'erika.mustermann@@example',
  phone: '030 1234 5678',
};

function step(text) {
  console.log(`[web-form] ${text}`);
}

async function shot(page, name, text) {
  const file = `web-form-${name}.png`;
  await page.screenshot({ path: join(SHOTS, file), fullPage: true });
  step(`  screenshot ${file}: ${text}`);
}

function expect(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

// Playwright evaluates in its own world, so this works with the page's JavaScript off too.
async function fitsThePhone(page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width <= 390, `${page.url()} is ${width}px wide on a 390px phone: it scrolls sideways`);
}

async function walk(run, javaScriptEnabled) {
  const dir = mkdtempSync(join(tmpdir(), `web-form-${run}-`));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    javaScriptEnabled,
    locale: 'de-DE',
    // A common phone: 390 x 844 CSS pixels at 3x, touch, mobile layout.
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  context.setDefaultTimeout(TIMEOUT);
  const page = context.pages()[0] ?? await context.newPage();
  try {
    step(`${run}: JavaScript ${javaScriptEnabled ? 'on' : 'off'}; opens ${BASE}/privacy-request?lang=de`);
    const opened = await page.goto(`${BASE}/privacy-request?lang=de`);
    expect(opened.status() === 200, `the form answered ${opened.status()}`);
    await page.getByRole('heading', { name: 'Ihr Antrag zum Datenschutz' }).waitFor();
    const clause = page.locator('#information-clause');
    expect((await clause.innerText()).includes('Verantwortlicher'), 'the German clause is not under the form');
    expect(await clause.getByRole('link', { name: 'Vollständige Datenschutzerklärung lesen' }).count() === 1,
      'the clause has no link to the full privacy policy');
    await fitsThePhone(page);
    await shot(page, `${run}-1-empty`, 'the empty form in German at 390x844');

    step(`${run}: sends it with mistakes (no right chosen, a broken e-mail address, a script in the message)`);
    await page.locator('#message').fill(TYPED.message);
    await page.locator('#name').fill(TYPED.name);
    await page.locator('#email').fill(TYPED.email);
    await page.locator('#phone').fill(TYPED.phone);
    await page.getByRole('button', { name: 'Antrag senden' }).click();
    await page.locator('#error-summary').waitFor();
    const text = await page.locator('main').innerText();
    for (const message of ['Bitte korrigieren Sie die markierten Felder.', 'Bitte wählen Sie mindestens einen Punkt aus.',
      'Bitte geben Sie eine gültige E-Mail-Adresse ein']) {
      expect(text.includes(message), `the German message "${message}" is missing; the page reads: ${text.slice(0, 500)}`);
    }
    for (const [field, value] of Object.entries(TYPED)) {
      const kept = await page.locator(`#${field}`).inputValue();
      expect(kept === value, `the ${field} typed was not kept: "${kept}"`);
    }
    if (javaScriptEnabled) {
      expect(!(await page.evaluate(() => window.__typedScriptRan === true)), 'the typed script ran in the page');
    }
    expect(await page.locator('script').count() === 0, 'the page contains a script element');
    await fitsThePhone(page);
    await page.locator('#error-summary').scrollIntoViewIfNeeded();
    await shot(page, `${run}-2-errors`, 'German messages, the typed values kept');

    step(`${run}: corrects the mistakes and sends again`);
    await page.locator('input[name=rights][value=ERASURE]').check();
    await page.locator('#email').fill('erika.mustermann@example.de');
    await page.getByRole('button', { name: 'Antrag senden' }).click();
    await page.waitForURL(/\/privacy-request\/confirmation\?lang=de$/);
    await page.getByRole('heading', { name: 'Ihr Antrag ist bei uns eingegangen' }).waitFor();
    const caseNumber = (await page.locator('#case-number').innerText()).trim();
    const deadline = (await page.locator('#deadline').innerText()).trim();
    expect(/^DSR-\d{4}-\d{6}$/.test(caseNumber), `no case number on the confirmation: "${caseNumber}"`);
    expect(/^\d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}$/
      .test(deadline), `the deadline is not a German date: "${deadline}"`);
    await fitsThePhone(page);
    await shot(page, `${run}-3-confirmation`, `case ${caseNumber}, answer by ${deadline}`);
    step(`CASE ${run} ${caseNumber}`);
  } catch (error) {
    await page.screenshot({ path: join(SHOTS, `web-form-${run}-FAILED.png`), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await context.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}

let failed = false;
try {
  step(`base URL ${BASE}, screenshots in ${SHOTS}`);
  await walk('js', true);
  await walk('nojs', false);
  step('PASSED');
} catch (error) {
  failed = true;
  console.error(`[web-form] FAILED: ${error.message}`);
}
process.exit(failed ? 1 : 0);
