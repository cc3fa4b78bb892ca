// Walks Privacy Desk as its people do, in Debian's chromium: agent1 in Tasklist (filters, Verify identity,
// Prepare answer, the case file), the requester's dissatisfaction through the intake API, officer taking the case
// over, manager in Cockpit (process, running instances, a timer's due date). Starts nothing: give it a running app.
//
//   node walk.mjs <baseUrl> [screenshotDir] [engineName] [staffLanguage]
//   e.g. node walk.mjs http://localhost:8181 ../../target/screenshots default pl
// staffLanguage (en, default, or pl) is the app's privacy-desk.staff-language: the walk then expects the desk's
// filters, task names, forms and case file in it, and agent1's and officer's browsers ask for it, so Tasklist's own
// labels follow. The manager's browser stays English (Cockpit in the browser's language, not the desk's).
// engineName (default "default") matters when several engines share one JVM, as in the test suite: the webapps and
// /engine-rest would otherwise pick whichever engine registered as "default".
//
// WALK_DOCS=<dir> also saves the Tasklist picture for the README (<dir>/tasklist.png); WALK_ONLY=manager runs the
// read-only Cockpit part alone. Prints each step; exits non-zero on the first failure (with a screenshot named *-FAILED.png).
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BASE = (process.argv[2] ?? '').replace(/\/$/, '');
const SHOTS = resolve(process.argv[3] ?? 'target/screenshots');
const ENGINE = process.argv[4] ?? 'default';
const LANGUAGE = process.argv[5] ?? 'en';
// What the people read, per staff language: the desk's own texts (i18n/staff*.properties, forms/messages) and
// Tasklist's (locales/*.json).
const TEXTS = {
  en: {
    locale: 'en-US', username: 'Username', password: 'Password', logIn: 'Log in', claim: 'Claim', complete: 'Complete',
    agentFilters: ["Agents' queue", 'Call backs', 'My tasks', 'Due within 7 days', 'Overdue'],
    officersQueue: "Officers' queue", myTasks: 'My tasks',
    verifyIdentity: 'Verify identity', prepareAnswer: 'Prepare answer', consultOfficer: 'Consult difficult-customer officer',
    isDataSubject: 'Is the requester the data subject?', confirmed: /^Confirmed/, yourAction: 'Your action', takeOver: /^Take over/,
    caseTitle: 'Case', requesterName: /Requester[^\n]*\n+\s*Name\s+([^\n]+)/,
    decision: 'Decision', answerNow: /^Answer now/, fulfil: /^Fulfil$/, explanation: 'Your answer to the customer',
    openCaseFile: 'Open the case file', takenOver: 'took the case over',
    previewLetter: 'Preview the letter this decision sends',
  },
  pl: {
    locale: 'pl-PL', username: 'Nazwa użytkownika', password: 'Hasło', logIn: 'Zaloguj', claim: 'Przejmij', complete: 'Zakończ',
    agentFilters: ['Kolejka konsultantów', 'Oddzwonienia', 'Moje zadania', 'Termin w ciągu 7 dni', 'Po terminie'],
    officersQueue: 'Kolejka specjalisty', myTasks: 'Moje zadania',
    verifyIdentity: 'Weryfikacja tożsamości', prepareAnswer: 'Przygotowanie odpowiedzi',
    consultOfficer: 'Konsultacja ze specjalistą ds. trudnych klientów',
    isDataSubject: 'Czy wnioskodawca jest osobą, której dane dotyczą?', confirmed: /^Potwierdzono/,
    yourAction: 'Twoje działanie', takeOver: /^Przejmij/,
    caseTitle: 'Sprawa', requesterName: /Wnioskodawca[^\n]*\n+\s*Imię i nazwisko\s+([^\n]+)/,
    decision: 'Decyzja', answerNow: /^Odpowiedzieć teraz/, fulfil: /^Uwzględnić$/, explanation: 'Twoja odpowiedź dla klienta',
    openCaseFile: 'Otwórz akta sprawy', takenOver: 'Sprawę przejął',
    previewLetter: 'Podgląd pisma, które wyśle ta decyzja',
  },
}[LANGUAGE];
if (!TEXTS) {
  console.error(`staff language "${LANGUAGE}" is not walked: en or pl`);
  process.exit(2);
}
const EN = { username: 'Username', password: 'Password', logIn: 'Log in' };
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const PASSWORD = process.env.DEMO_PASSWORD ?? 'demo';
const TIMEOUT = 30_000;
if (!BASE.startsWith('http')) {
  console.error('usage: node walk.mjs <baseUrl> [screenshotDir] [engineName]');
  process.exit(2);
}
mkdirSync(SHOTS, { recursive: true });

let shotNo = 0;
let current = null; // the page of the step in progress, for the failure screenshot
const contexts = [];

function step(text) {
  console.log(`[walk] ${text}`);
}

// A product defect that does not stop the walk: reported at once, and the walk fails at its end.
const findings = [];
function finding(text) {
  console.log(`[walk] FINDING: ${text}`);
  findings.push(text);
}

async function shot(page, name, text) {
  const file = `${String(++shotNo).padStart(2, '0')}-${name}.png`;
  await page.screenshot({ path: join(SHOTS, file), fullPage: false });
  step(`  screenshot ${file}${text ? ': ' + text : ''}`);
  return file;
}

async function settle(page) {
  await page.waitForLoadState('networkidle', { timeout: TIMEOUT }).catch(() => {});
}

// ------------------------------------------------------------------ REST helpers (reads, and the requester's side)
// /engine-rest is read with the acting person's own credentials (HTTP Basic), so it shows what they may see.
async function rest(path, options = {}) {
  const { as, ...init } = options;
  const auth = as ? { Authorization: 'Basic ' + Buffer.from(`${as}:${PASSWORD}`).toString('base64') } : {};
  const response = await fetch(BASE + path, {
    ...init,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...auth, ...(init.headers ?? {}) },
  });
  const body = await response.text();
  if (!response.ok) {
    throw new Error(`${options.method ?? 'GET'} ${path}: HTTP ${response.status} ${body}`);
  }
  return body ? JSON.parse(body) : null;
}

async function until(what, probe, timeoutMs = 90_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) {
      return value;
    }
    if (Date.now() > end) {
      throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what}`);
    }
    await new Promise(r => setTimeout(r, 1000));
  }
}

async function tasks(query, as) {
  return rest(`/engine-rest/engine/${ENGINE}/task?processDefinitionKey=data-subject-request&${query}`, { as });
}

// Through the task (what an agent may read), not the process instance (which the desk's authorizations keep hidden).
async function caseOf(task, as) {
  const variable = await rest(`/engine-rest/engine/${ENGINE}/task/${task.id}/variables/caseNumber`, { as });
  return String(variable.value);
}

async function rightsOf(task, as) {
  const variable = await rest(`/engine-rest/engine/${ENGINE}/task/${task.id}/variables/rights?deserializeValue=false`, { as });
  return String(variable.value);
}

// ------------------------------------------------------------------ browser helpers
async function browserFor(user, locale = TEXTS.locale) {
  const dir = mkdtempSync(join(tmpdir(), `walk-${user}-`));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    locale, // navigator.language: Tasklist and Cockpit pick their labels by it
    headless: true,
    viewport: { width: 1440, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  context.setDefaultTimeout(TIMEOUT);
  contexts.push({ context, dir });
  const page = context.pages()[0] ?? await context.newPage();
  page.on('pageerror', error => step(`  (page error in ${page.url()}: ${error.message})`));
  current = page;
  return { context, page };
}

async function login(page, app, user, texts = TEXTS) {
  await page.goto(`${BASE}/camunda/app/${app}/${ENGINE}/`, { waitUntil: 'networkidle' });
  await page.getByPlaceholder(texts.username).fill(user);
  await page.getByPlaceholder(texts.password).fill(PASSWORD);
  await page.getByRole('button', { name: texts.logIn }).click();
  await page.getByPlaceholder(texts.username).waitFor({ state: 'detached' });
  await settle(page);
}

/** Tasklist: the filter list on the left. */
function filters(page) {
  return page.locator('[cam-tasklist-filters]');
}

/** A filter's entry: its name, followed by the task count (hidden unless the filter is chosen). */
function filter(page, name) {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return filters(page).locator('.task-filter h4.name a').filter({ hasText: new RegExp(`^\\s*${escaped}\\s*\\d*\\s*$`) }).first();
}

async function chooseFilter(page, name) {
  await filter(page, name).click();
  await settle(page);
}

/**
 * Tasklist: opens the task through its entry in the list; the entry must show the case number in its "Case" column
 * (the desk's filters define it so that a handler sees the case without opening the task).
 */
async function openTask(page, taskName, caseNumber, taskId) {
  const entry = page.locator('[cam-tasks] li.task').filter({ has: page.locator(`a[href*="task=${taskId}"]`) });
  await entry.first().waitFor();
  const card = await entry.first().innerText();
  if (!card.includes(caseNumber)) {
    finding(`Tasklist's entry for "${taskName}" of ${caseNumber} does not show the case number (filter column "Case"); `
      + `the entry reads: ${card.replace(/\s+/g, ' ').trim()}`);
  }
  await entry.first().locator('h4 a').first().click();
  await page.locator('[cam-tasklist-task]').getByText(taskName).first().waitFor();
  await settle(page);
}

async function claim(page) {
  const task = page.locator('[cam-tasklist-task]');
  await task.getByText(TEXTS.claim, { exact: true }).first().click();
  await task.getByText(TEXTS.claim, { exact: true }).first().waitFor({ state: 'hidden' });
  await settle(page);
}

/** The form-js form inside the task view; fails precisely when Tasklist could not render it. */
async function taskForm(page, fieldLabel) {
  const form = page.locator('[cam-tasklist-task] .fjs-container');
  try {
    await form.getByText(fieldLabel).first().waitFor();
  } catch (error) {
    const text = await page.locator('[cam-tasklist-task]').innerText().catch(() => '');
    throw new Error(`the task form did not render the field "${fieldLabel}"; the task view shows: ${text.slice(0, 600)}`);
  }
  return form;
}

async function complete(page, taskName, caseNumber, taskId) {
  await page.locator('[cam-tasklist-task]').getByRole('button', { name: TEXTS.complete }).click();
  // Tasklist clears the task view and removes the entry from the list once the engine accepted the completion.
  const entry = page.locator('[cam-tasks] li.task').filter({ has: page.locator(`a[href*="task=${taskId}"]`) });
  try {
    await entry.first().waitFor({ state: 'detached' });
  } catch (error) {
    const notice = await page.locator('.notifications, [cam-notifications]').innerText().catch(() => '');
    throw new Error(`completing "${taskName}" of ${caseNumber} did not go through: ${notice.slice(0, 600)}`);
  }
  await settle(page);
}

// ------------------------------------------------------------------ the walk
async function agentVerifiesIdentity() {
  const { page, context } = await browserFor('agent1');
  step('agent1 logs into Tasklist');
  await login(page, 'tasklist', 'agent1');
  for (const name of TEXTS.agentFilters) {
    await filter(page, name).waitFor()
      .catch(() => { throw new Error(`Tasklist does not show the desk's filter "${name}" to agent1`); });
  }
  // Every screen opens on the work: the first filter is the agents' queue, selected at login, listing the requests.
  const order = (await filters(page).locator('.task-filter h4.name a').allInnerTexts())
    .map(text => text.replace(/\s*\d*\s*$/, '').trim());
  if (JSON.stringify(order) !== JSON.stringify(TEXTS.agentFilters)) {
    finding(`agent1's filters are listed as ${JSON.stringify(order)}, expected ${JSON.stringify(TEXTS.agentFilters)}`);
  }
  const firstEntry = page.locator('[cam-tasks] li.task').first();
  await firstEntry.waitFor().catch(() => finding('the first screen after login lists no task'));
  const opened = await filters(page).locator('.task-filter.active h4.name a').first().innerText().catch(() => '');
  if (!opened.trim().startsWith(TEXTS.agentFilters[0])) {
    finding(`Tasklist opened on "${opened.trim()}", not on "${TEXTS.agentFilters[0]}"`);
  }
  await shot(page, 'agent1-tasklist-first-screen', `agent1's first screen after login: "${TEXTS.agentFilters[0]}" selected and listing the demo requests (browser language ${TEXTS.locale})`);
  await chooseFilter(page, TEXTS.agentFilters[0]);
  await shot(page, 'agent1-tasklist-filters', `agent1's Tasklist with the desk's filters, "${TEXTS.agentFilters[0]}" selected`);

  const verify = await until('a Verify identity task', async () =>
    (await tasks('taskDefinitionKey=VerifyIdentity&unassigned=true&sortBy=created&sortOrder=asc', 'agent1'))[0]);
  const verifyCase = await caseOf(verify, 'agent1');
  if (verify.name !== TEXTS.verifyIdentity) {
    finding(`the task VerifyIdentity is named "${verify.name}" in Tasklist, expected "${TEXTS.verifyIdentity}"`);
  }
  step(`agent1 opens "${TEXTS.verifyIdentity}" of ${verifyCase}`);
  await openTask(page, TEXTS.verifyIdentity, verifyCase, verify.id);
  await shot(page, 'agent1-verify-identity-open', `${TEXTS.verifyIdentity} of ${verifyCase}, not yet claimed`);
  step('agent1 claims it and fills the form: CONFIRMED');
  await claim(page);
  const form = await taskForm(page, TEXTS.isDataSubject);
  await form.getByLabel(TEXTS.confirmed).check();
  await shot(page, 'agent1-verify-identity-filled', `claimed; form in the staff language (${LANGUAGE}) filled: CONFIRMED`);
  await complete(page, TEXTS.verifyIdentity, verifyCase, verify.id);
  await shot(page, 'agent1-verify-identity-completed', `${TEXTS.verifyIdentity} of ${verifyCase} completed; the list shows the next tasks`);
  return { page, context };
}

async function agentPreparesAnswer({ page, context }) {
  // A request that changes no data: fulfilling it needs no corrected values and leaves no step to do by hand.
  const changing = ['RECTIFICATION', 'ERASURE', 'RESTRICTION', 'OBJECTION', 'CONSENT_WITHDRAWAL'];
  const prepare = await until('a Prepare answer task that changes no data', async () => {
    for (const task of await tasks('taskDefinitionKey=PrepareAnswer&unassigned=true&sortBy=created&sortOrder=asc', 'agent1')) {
      const rights = await rightsOf(task, 'agent1');
      if (!changing.some(right => rights.includes(right))) {
        return task;
      }
    }
    return null;
  });
  const answerCase = await caseOf(prepare, 'agent1');
  step(`agent1 opens the next task, "${TEXTS.prepareAnswer}" of ${answerCase}`);
  await page.reload({ waitUntil: 'networkidle' });
  await chooseFilter(page, TEXTS.agentFilters[0]);
  await openTask(page, TEXTS.prepareAnswer, answerCase, prepare.id);
  step('agent1 claims it');
  await claim(page);
  const form = await taskForm(page, TEXTS.decision);
  await form.getByText(`${TEXTS.caseTitle} ${answerCase}`).first().waitFor();
  await shot(page, 'agent1-prepare-answer-claimed', `${TEXTS.prepareAnswer} of ${answerCase}, claimed, the answer plan's form in the staff language`);
  if (process.env.WALK_DOCS) { // the README's Tasklist picture: node walk.mjs <baseUrl> <shots> with WALK_DOCS=../../docs
    mkdirSync(resolve(process.env.WALK_DOCS), { recursive: true });
    await page.screenshot({ path: join(resolve(process.env.WALK_DOCS), 'tasklist.png') });
    step(`  README picture ${join(resolve(process.env.WALK_DOCS), 'tasklist.png')}`);
  }

  step(`agent1 opens the case file from the form's link`);
  const link = form.getByRole('link', { name: TEXTS.openCaseFile });
  const href = await link.getAttribute('href');
  if (href !== `/cases/${answerCase}`) {
    throw new Error(`the form's case-file link points to ${href}, expected /cases/${answerCase}`);
  }
  const popupPromise = context.waitForEvent('page', { timeout: 10_000 }).catch(() => null);
  await link.click();
  const popup = await popupPromise;
  const casePage = popup ?? page;
  await casePage.waitForLoadState('networkidle');
  if (!casePage.url().endsWith(`/cases/${answerCase}`)) {
    throw new Error(`the case-file link opened ${casePage.url()}`);
  }
  const caseText = await casePage.locator('body').innerText();
  const requester = caseText.match(TEXTS.requesterName)?.[1]?.trim();
  if (!caseText.includes(`${TEXTS.caseTitle} ${answerCase}`) || !requester || requester === '—') {
    throw new Error(`the case file of ${answerCase} does not show the case and its requester: ${caseText.slice(0, 400)}`);
  }
  step(`  the case file shows the requester (${requester.replace(/(\S)\S*/g, '$1.')})`);
  await shot(casePage, 'agent1-case-file', `case file /cases/${answerCase} in the staff language with the requester, via the webapp session`);
  if (popup) {
    await popup.close();
  } else {
    await page.goBack({ waitUntil: 'networkidle' });
  }

  step('agent1 answers now and fulfils every requested right');
  await form.getByLabel(TEXTS.answerNow).check();
  const fulfil = form.getByLabel(TEXTS.fulfil);
  await fulfil.first().waitFor();
  for (const right of await fulfil.all()) {
    await right.check();
  }
  const explanation = form.getByLabel(TEXTS.explanation);
  if (await explanation.isVisible()) {
    await explanation.fill('We have done what you asked. The enclosed overview lists what we hold about you.');
  }
  await shot(page, 'agent1-prepare-answer-filled', 'answer plan: every requested right fulfilled');

  step("agent1 previews the letter: the form's words reach the preview in a POST body, not in its address");
  const words = 'Preview check: these words travel in the body only.';
  if (!await explanation.isVisible()) {
    throw new Error('the answer-now plan shows no explanation field to preview');
  }
  await explanation.fill(words);
  const previewPromise = context.waitForEvent('page', { timeout: 15_000 });
  await form.getByRole('link', { name: TEXTS.previewLetter }).click();
  const previewPage = await previewPromise;
  await previewPage.waitForLoadState('networkidle');
  await previewPage.locator('#letter').waitFor({ timeout: 15_000 });
  const letterText = await previewPage.locator('#letter').innerText();
  if (!letterText.includes(words) || !letterText.includes(answerCase)) {
    throw new Error(`the preview does not show the form's words in the letter of ${answerCase}: ${letterText.slice(0, 300)}`);
  }
  if (previewPage.url().includes('Preview') || previewPage.url().includes('explanation=')) {
    throw new Error(`the handler's words are in the preview's address: ${previewPage.url()}`);
  }
  step(`  the preview shows the letter with the words; its address is ${new URL(previewPage.url()).pathname}`);
  await shot(previewPage, 'agent1-letter-preview', `letter preview of ${answerCase}, words posted from the form`);
  await previewPage.close();
  await complete(page, TEXTS.prepareAnswer, answerCase, prepare.id);
  await shot(page, 'agent1-prepare-answer-completed', `Prepare answer of ${answerCase} completed`);
  return answerCase;
}

async function requesterIsDissatisfied(answerCase) {
  step(`the job executor carries out the decision and sends the answer of ${answerCase}`);
  await until(`${answerCase} to await the customer's reaction`, async () =>
    (await rest(`/api/requests/${answerCase}`, { as: 'agent1' })).stage === 'AWAITING_REACTION', 180_000);
  step(`the requester of ${answerCase} is dissatisfied (POST /api/requests/${answerCase}/dissatisfaction)`);
  // The customer's reaction arrives by mail or phone; the agent records it through the desk's API.
  await rest(`/api/requests/${answerCase}/dissatisfaction`, {
    as: 'agent1',
    method: 'POST',
    body: JSON.stringify({ message: 'This is not everything you hold about me. I am not satisfied.' }),
  });
  await until(`"Consult difficult-customer officer" for ${answerCase}`, async () =>
    (await rest(`/api/requests/${answerCase}`, { as: 'agent1' })).stage === 'CONSULTING_OFFICER', 60_000);
}

async function officerTakesOver(answerCase) {
  const { page } = await browserFor('officer');
  step('officer logs into Tasklist');
  await login(page, 'tasklist', 'officer');
  await filter(page, TEXTS.officersQueue).waitFor()
    .catch(() => { throw new Error(`Tasklist does not show the desk's filter "${TEXTS.officersQueue}" to officer`); });
  await chooseFilter(page, TEXTS.officersQueue);
  step(`officer opens "Consult difficult-customer officer" of ${answerCase} and claims it`);
  const consult = await until(`"Consult difficult-customer officer" of ${answerCase} for officer`, async () =>
    (await tasks(`taskDefinitionKey=ConsultOfficer&processInstanceBusinessKey=${answerCase}`, 'officer'))[0], 30_000);
  await openTask(page, TEXTS.consultOfficer, answerCase, consult.id);
  await claim(page);
  const form = await taskForm(page, TEXTS.yourAction);
  await form.getByLabel(TEXTS.takeOver).check();
  await shot(page, 'officer-consult-take-over', `Consult difficult-customer officer of ${answerCase}: TAKE_OVER chosen`);
  await complete(page, TEXTS.consultOfficer, answerCase, consult.id);
  step(`officer sees the next "Prepare answer" of ${answerCase} assigned to officer`);
  const further = await until(`the further "Prepare answer" of ${answerCase} assigned to officer`, async () =>
    (await tasks(`taskDefinitionKey=PrepareAnswer&processInstanceBusinessKey=${answerCase}&assignee=officer`, 'officer'))[0], 60_000);
  await page.reload({ waitUntil: 'networkidle' });
  await chooseFilter(page, TEXTS.myTasks);
  await openTask(page, TEXTS.prepareAnswer, answerCase, further.id);
  const prepareForm = await taskForm(page, TEXTS.decision);
  await prepareForm.getByText(TEXTS.takenOver).first().waitFor();
  const assignee = await page.locator('[cam-tasklist-task]').innerText();
  if (!/officer/i.test(assignee)) {
    throw new Error('the further Prepare answer does not show officer as assignee');
  }
  await shot(page, 'officer-further-answer-assigned', `further Prepare answer of ${answerCase}, assigned to officer`);
}

async function managerSeesTimers() {
  const { page } = await browserFor('manager', 'en-US');
  step('manager logs into Cockpit (browser in English)');
  await login(page, 'cockpit', 'manager', EN);
  const definition = (await rest(`/engine-rest/engine/${ENGINE}/process-definition?key=data-subject-request&latestVersion=true`, { as: 'manager' }))[0];
  const label = definition.name ?? definition.key;
  await page.waitForURL(/#\/dashboard/);
  await page.goto(page.url().replace(/#.*$/, '#/processes'), { waitUntil: 'networkidle' });
  await page.getByRole('link', { name: label, exact: true }).first().click();
  await page.waitForURL(/process-definition\/.+\/runtime/);
  await settle(page);
  await page.locator('.djs-container svg').first().waitFor();
  await page.getByText('Process Instances', { exact: true }).first().waitFor();
  const running = await rest(`/engine-rest/engine/${ENGINE}/process-instance/count?processDefinitionKey=data-subject-request`, { as: 'manager' });
  await shot(page, 'manager-cockpit-process-definition', `Cockpit: ${label} with ${running.count} running instances`);

  // An instance inside "Handle the request", whose deadline timers are jobs with a due date.
  const job = (await rest(`/engine-rest/engine/${ENGINE}/job?processDefinitionKey=data-subject-request&timers=true&sortBy=jobDueDate&sortOrder=asc`, { as: 'manager' }))[0];
  if (!job) {
    throw new Error('no timer job in any running instance');
  }
  const instanceId = job.processInstanceId;
  step(`manager opens instance ${instanceId} (timer due ${job.dueDate})`);
  await page.locator(`a[href*="${instanceId}"]`).first().click();
  await page.waitForURL(new RegExp(`process-instance/${instanceId}`));
  await settle(page);
  await page.locator('.djs-container svg').first().waitFor();
  await shot(page, 'manager-cockpit-instance', `instance ${instanceId}: diagram with the active activity`);
  const jobsTab = page.getByText('Jobs', { exact: true });
  if (!(await jobsTab.count())) {
    const tabs = await page.locator('.ctn-tabbed-content, .nav-tabs').first().innerText().catch(() => '');
    throw new Error(`Cockpit's instance view has no Jobs tab; its tabs: ${tabs.replace(/\s+/g, ' ')}`);
  }
  await jobsTab.first().click();
  await settle(page);
  const dueDay = job.dueDate.slice(0, 10);
  const jobRow = page.locator('table tr').filter({ hasText: dueDay });
  try {
    await jobRow.first().waitFor();
  } catch (error) {
    const text = await page.locator('body').innerText();
    throw new Error(`the Jobs tab of ${instanceId} does not show the timer due ${job.dueDate}: ${text.slice(-800)}`);
  }
  await jobRow.first().scrollIntoViewIfNeeded();
  await shot(page, 'manager-cockpit-instance-jobs', `Jobs tab of ${instanceId}: timer jobs with due dates (first due ${job.dueDate})`);
}

let failed = false;
try {
  step(`base URL ${BASE}, engine ${ENGINE}, staff language ${LANGUAGE}, screenshots in ${SHOTS}`);
  // WALK_ONLY=manager re-runs the read-only Cockpit part against an app whose demo tasks are already used up.
  if (process.env.WALK_ONLY !== 'manager') {
    const agent = await agentVerifiesIdentity();
    const answerCase = await agentPreparesAnswer(agent);
    await requesterIsDissatisfied(answerCase);
    await officerTakesOver(answerCase);
  }
  await managerSeesTimers();
  if (findings.length) {
    throw new Error(`${findings.length} finding(s):\n  - ${findings.join('\n  - ')}`);
  }
  step('PASSED');
} catch (error) {
  failed = true;
  console.error(`[walk] FAILED: ${error.message}`);
  if (current) {
    await current.screenshot({ path: join(SHOTS, `${String(++shotNo).padStart(2, '0')}-FAILED.png`) }).catch(() => {});
  }
} finally {
  for (const { context, dir } of contexts) {
    await context.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}
process.exit(failed ? 1 : 0);
