// Checks every forms/*.form against what Camunda 7.24 Tasklist can render (form-js 1.8.7, schemaVersion 16)
// and against the process contract (formRefs in bpmn/*.bpmn, variable names in RequestVariables.java).
// Run from anywhere: `npm test` in tools/forms-check.
//   node check-forms.mjs [formsDir] [language] [form ids still in English, comma-separated]
// formsDir defaults to forms/ (the English sources); FormsRenderInTasklistViewerTest passes each staff language's
// forms as deployed (target/localised-forms/<language>) with its language, so every language renders in form-js.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { JSDOM } from 'jsdom';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FORMS = resolve(process.argv[2] ?? join(ROOT, 'forms'));
const LANGUAGE = process.argv[3] ?? 'en';
// Forms not yet translated (LocalisedForms.NOT_YET_CONVERTED) are deployed in English in every language.
const STILL_ENGLISH = new Set((process.argv[4] ?? '').split(',').filter(Boolean));
// How each language says "n day(s) left", "due today", "overdue by" (the forms' days-left line).
const DAYS_LEFT_IN = {
  en: /day\(s\) left|Due today|Overdue by/, pl: /Pozostało dni|Termin upływa dziś|Dni po terminie/,
  de: /Noch \d+ Tag\(e\)|Heute fällig|Tag\(en\) überfällig/, nl: /Nog \d+ dag\(en\)|vandaag|dag\(en\) te laat/,
  fr: /Encore \d+ jour\(s\)|Échéance aujourd'hui|En retard de/,
};
if (!DAYS_LEFT_IN[LANGUAGE]) {
  console.error(`unknown language "${LANGUAGE}": one of en, pl, de, nl, fr`);
  process.exit(2);
}
const BPMN = join(ROOT, 'bpmn');
const JAVA = join(ROOT, 'src/main/java/com/privacydesk');

const MAX_SCHEMA_VERSION = 16;
const ALLOWED_TYPES = new Set(['default', 'textfield', 'textarea', 'number', 'datetime', 'checkbox', 'checklist', 'radio',
  'select', 'taglist', 'text', 'html', 'image', 'iframe', 'table', 'expression', 'button', 'separator', 'spacer', 'group',
  'dynamiclist']);
const EXTRA_KEYS = ['overdueReviewNote'];
// getSchemaVariables (form-js 1.8) also reports FEEL built-in functions and names bound inside expressions.
const FEEL_BUILTINS = new Set(['string join', 'replace', 'split', 'get value', 'substring', 'floor', 'today', 'string', 'not',
  'list contains', 'count', 'date', 'duration', 'contains', 'is defined']);
const FEEL_LOCALS = new Set(['m', 'l', 'r', 'due', 'days', 'text']);
// Tasklist submits every keyed field untyped: a keyed field on one of these would turn a Date/Boolean/Long into a String.
const TYPED_VARIABLES = new Set(['receivedAt', 'dueAt', 'remindAt', 'informationDueAt', 'quietUntil',
  'informationRequestedAt', 'repliedAt', 'dissatisfiedAt', 'overdue', 'furtherAnswer', 'dataSubjectId',
  'droppedAt', 'callbackUntil']);

// ---------------------------------------------------------------- the contract, read from the sources
function javaConstants(file) {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/public\s+static\s+final\s+String\s+\w+\s*=\s*"([^"]+)"/g)].map(m => m[1]);
}
const requestVariables = javaConstants(join(JAVA, 'request/RequestVariables.java'));
// Other processes name their variables in a *Variables.java of their own package (callback/CallbackVariables.java).
const otherVariables = readdirSync(JAVA, { recursive: true })
  .filter(f => /Variables\.java$/.test(f) && !f.endsWith('RequestVariables.java'))
  .flatMap(f => javaConstants(join(JAVA, f)));
// The answer plan's variables (answer/AnswerPlanForm.java): its names, the corrections, and per right
// <prefix>Outcome, Reasons, Details and Kept, the prefix being the right in camel case (AnswerPlanForm.prefix).
const planSource = readFileSync(join(JAVA, 'answer/AnswerPlanForm.java'), 'utf8');
const correctionVariables = [...(planSource.match(/CORRECTION_VARIABLES\s*=\s*List\.of\(([^)]*)\)/)?.[1] ?? '')
  .matchAll(/"([^"]+)"/g)].map(m => m[1]);
if (!correctionVariables.length) throw new Error('no CORRECTION_VARIABLES in answer/AnswerPlanForm.java');
const planNames = javaConstants(join(JAVA, 'answer/AnswerPlanForm.java')).filter(v => v !== v.toUpperCase());
const rights = readFileSync(join(JAVA, 'request/Right.java'), 'utf8').match(/enum\s+Right\s*\{([^}]*)}/)[1]
  .split(',').map(r => r.trim()).filter(Boolean);
const prefix = right => right.toLowerCase().replace(/_([a-z])/g, (_, c) => c.toUpperCase());
const perRightVariables = rights.flatMap(r => ['Outcome', 'Reasons', 'Details', 'Kept'].map(s => prefix(r) + s));
// "Carry out by hand" (fulfilment/ManualActionTasks.java): its instruction and the confirmation.
const manualActionVariables = javaConstants(join(JAVA, 'fulfilment/ManualActionTasks.java'));
const KNOWN_VARIABLES = new Set([...requestVariables, ...otherVariables, ...correctionVariables, ...planNames,
  ...perRightVariables, ...manualActionVariables, ...EXTRA_KEYS]);

const formRefs = new Map(); // formRef -> [bpmn file#task]
const startFormRefs = new Set(); // forms that start an instance: no case yet, so no case file and no deadline
for (const file of readdirSync(BPMN).filter(f => f.endsWith('.bpmn'))) {
  const xml = readFileSync(join(BPMN, file), 'utf8');
  for (const [tag] of xml.matchAll(/<bpmn:(?:userTask|startEvent)\b[^>]*>/g)) {
    const ref = tag.match(/camunda:formRef="([^"]+)"/)?.[1];
    if (ref) {
      const id = tag.match(/\bid="([^"]+)"/)?.[1];
      formRefs.set(ref, [...(formRefs.get(ref) ?? []), `${file}#${id}`]);
      if (tag.startsWith('<bpmn:startEvent')) startFormRefs.add(ref);
    }
  }
}

// ---------------------------------------------------------------- a browser for the viewer
const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>', { pretendToBeVisual: true, url: 'http://localhost:8080/camunda/app/tasklist/' });
for (const name of ['window', 'document', 'navigator', 'Node', 'Element', 'HTMLElement', 'Event', 'CustomEvent',
  'KeyboardEvent', 'MouseEvent', 'FocusEvent', 'InputEvent', 'MutationObserver', 'getComputedStyle',
  'requestAnimationFrame', 'cancelAnimationFrame', 'DOMParser', 'HTMLInputElement', 'SVGElement']) {
  if (!(name in globalThis) || name === 'window' || name === 'document') {
    Object.defineProperty(globalThis, name, { value: name === 'window' ? dom.window : dom.window[name], configurable: true, writable: true });
  }
}
globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} };
dom.window.ResizeObserver ??= globalThis.ResizeObserver;
// The ES build imports 'lodash/isEqual' without extension, which Node's ESM loader rejects: use the CommonJS build.
const { Form, getSchemaVariables } = createRequire(import.meta.url)('@bpmn-io/form-js-viewer');
const settle = () => new Promise(r => setTimeout(r, 30));

// ---------------------------------------------------------------- sample data as Tasklist passes it
// Dates arrive as local date-time strings, Json variables parsed (reasons is an array).
const today = new Date();
const isoDate = (days) => new Date(today.getTime() + days * 86400000).toISOString().slice(0, 10);
const common = {
  caseNumber: 'DSR-2026-000123', channel: 'EMAIL', rights: 'ACCESS,RECTIFICATION', language: 'en',
  receivedAt: `${isoDate(-10)}T09:15:00`, deadline: isoDate(20), dueAt: `${isoDate(20)}T23:59:59`,
  remindAt: `${isoDate(13)}T08:00:00`, overdue: false, furtherAnswer: false,
  identityMatch: 'ASK_FOR_MORE', identitySummary: 'E-mail address matches customer 4711; name differs in spelling.',
  lookupSummary: 'CRM: 1 customer record; Orders: 12 rows; Chat transcripts: 3 (incl. IP addresses).',
  correspondenceSummary: '2026-11-13 acknowledgement sent (e-mail).',
};

// Per form: scenarios of { name, data (initial variables), expect: keys with a validation error, absent: keys not submitted,
// rendered: texts shown, hidden: texts not in the markup, links: hrefs present, linksStartingWith: hrefs' beginnings }.
const SCENARIOS = {
  'verify-identity': [
    { name: 'sample', data: { verification: 'CONFIRMED' }, expect: [], absent: ['informationNeeded'] },
    { name: 'empty', data: {}, expect: ['verification'] },
    { name: 'more info without text', data: { verification: 'MORE_INFO_NEEDED' }, expect: ['informationNeeded'] },
    { name: 'more info', data: { verification: 'MORE_INFO_NEEDED', informationNeeded: 'Your customer number.' }, expect: [] },
  ],
  'prepare-answer': [
    { name: 'answer, right by right', data: { decision: 'ANSWER', accessOutcome: 'FULFIL', rectificationOutcome: 'FULFIL', correctedEmail: 'new@example.org' }, expect: [], absent: ['reasons', 'accessReasons', 'erasureOutcome'] },
    { name: 'empty', data: {}, expect: ['decision'], absent: ['accessOutcome', 'reasons', 'correctedName'] },
    { name: 'answer without outcomes', data: { decision: 'ANSWER' }, expect: ['accessOutcome', 'rectificationOutcome'] },
    { name: 'refusals with reasons hide the corrections', data: { decision: 'ANSWER', accessOutcome: 'REFUSE', accessReasons: ['RIGHTS_OF_OTHERS'], accessDetails: 'Chats name other customers.', rectificationOutcome: 'REFUSE', rectificationReasons: ['DATA_ACCURATE'], correctedName: 'X' },
      expect: [], absent: ['correctedName', 'accessKept'],
      linksStartingWith: ['/cases/DSR-2026-000123/letter-preview?decision=ANSWER&amp;accessOutcome=REFUSE&amp;accessReasons=RIGHTS_OF_OTHERS&amp;'] },
    { name: 'extend hides the plan', data: { decision: 'EXTEND', reasons: ['COMPLEX_REQUEST'], reasonDetails: 'Data in five systems.', accessOutcome: 'FULFIL', correctedCity: 'Gdańsk' }, expect: [], absent: ['accessOutcome', 'correctedCity', 'explanation'] },
    { name: 'only the requested rights', data: { rights: 'ACCESS', decision: 'ANSWER', accessOutcome: 'FULFIL', erasureOutcome: 'FULFIL', correctedName: 'X' }, expect: [], absent: ['erasureOutcome', 'rectificationOutcome', 'correctedName'] },
    { name: 'further answer', data: { furtherAnswer: true, guidance: 'Explain the retention period.', extendedDeadline: isoDate(40), decision: 'ANSWER', accessOutcome: 'FULFIL', rectificationOutcome: 'REFUSE', rectificationReasons: ['DATA_ACCURATE'], explanation: 'We checked the address with the courier.' }, expect: [], rendered: ['Explain the retention period.'] },
    { name: 'invalid e-mail', data: { decision: 'ANSWER', accessOutcome: 'FULFIL', rectificationOutcome: 'FULFIL', correctedEmail: 'not-an-address' }, expect: ['correctedEmail'] },
    { name: 'manual searches and the copy', data: { rights: 'ACCESS,PORTABILITY', decision: 'ANSWER', accessOutcome: 'FULFIL', portabilityOutcome: 'FULFIL', manualSearchSummary: 'Complaints spreadsheet: NOT_FOUND', furtherAnswer: true },
      expect: [], rendered: ['Complaints spreadsheet: NOT_FOUND', 'Copy of the data', 'Sent with the first answer'],
      links: ['/cases/DSR-2026-000123/packages/preview/ACCESS_HTML', '/cases/DSR-2026-000123/packages/preview/PORTABILITY_ZIP', '/cases/DSR-2026-000123/packages/1/PORTABILITY_ZIP'] },
    { name: 'sources to keep are the ones found', data: { rights: 'ACCESS,ERASURE', decision: 'ANSWER', accessOutcome: 'FULFIL', erasureOutcome: 'FULFIL',
      foundSources: [{ label: 'Chat sessions (with IP address) (3)', value: 'chat_sessions' }, { label: 'Order history (2)', value: 'orders' }], accessKept: ['chat_sessions'], erasureKept: ['orders'], erasureDetails: 'Orders under dispute.' },
      expect: [], rendered: ['Chat sessions (with IP address) (3)', 'Order history (2)'] },
  ],
  'consult-officer': [
    { name: 'sample', data: { decision: 'REFUSE', reasons: ['EXCESSIVE'], officerAction: 'ADVISE', guidance: 'Offer a summary.' }, expect: [], rendered: ['Excessive, e.g. repetitive (Art. 12(5))', 'First answer: refused', 'Identity match: ask the requester for more information'],
      // Codes are shown as words in the staff language, never as codes.
      hidden: ['EXCESSIVE', 'ASK_FOR_MORE'] },
    { name: 'empty', data: {}, expect: ['officerAction'] },
    { name: 'advise without guidance', data: { officerAction: 'ADVISE' }, expect: ['guidance'] },
    { name: 'take over', data: { officerAction: 'TAKE_OVER' }, expect: [], absent: ['guidance'] },
  ],
  'search-manual-source': [
    { name: 'sample', data: { manualSourceName: 'Complaints spreadsheet', manualSourceKind: 'SPREADSHEET', manualSourceLocation: 'Shared drive', manualSourceInstructions: 'Search by name.', manualSearchOutcome: 'FOUND', manualSearchNote: '2 rows in sheet 2024' }, expect: [], rendered: ['Complaints spreadsheet', 'spreadsheet', 'Shared drive', 'Search by name.'] },
    { name: 'empty', data: {}, expect: ['manualSearchOutcome'] },
    { name: 'nothing found', data: { manualSearchOutcome: 'NOT_FOUND' }, expect: [] },
  ],
  'carry-out-by-hand': [
    { name: 'sample', data: { manualActionInstruction: 'Apply the erasure in the complaints spreadsheet, then confirm here.', manualActionDone: true }, expect: [], rendered: ['Apply the erasure in the complaints spreadsheet, then confirm here.'] },
    { name: 'not confirmed', data: { manualActionInstruction: 'Notify the parcel carriers.', manualActionDone: false }, expect: ['manualActionDone'] },
  ],
  'call-back': [
    // The number is never a variable: the form links to the agents' page that shows it (/calls/{callId}/number).
    { name: 'sample', data: { callId: 'pbx-2026-11-23-0042', callbackDecision: 'CALL_BACK', callbackUntil: `${isoDate(0)}T10:15:00`, callbackOutcome: 'REACHED' }, expect: [], absent: ['callerNumber', 'callbackUntil'], rendered: ['Show the number to call', 'Art. 6(1)(f)', 'the interrupted conversation only', 'pbx-2026-11-23-0042'], links: ['/calls/pbx-2026-11-23-0042/number'] },
    // A number a careless client put back into the task is neither shown nor submitted again.
    { name: 'number sent back', data: { callId: 'pbx-1', callerNumber: '+48601234567', callbackOutcome: 'NOT_REACHED' }, expect: [], absent: ['callerNumber'], links: ['/calls/pbx-1/number'], hidden: ['+48601234567'] },
    { name: 'empty', data: { callId: 'pbx-1' }, expect: ['callbackOutcome'] },
  ],
  // The task starts with the sender and the detected language prefilled (task-local); `language` itself is protected.
  'classify-request': [
    { name: 'sample', data: { rights: '', classifiedRights: ['ACCESS', 'ERASURE'], classifiedLanguage: 'pl', requesterName: 'Anna Kowalska', requesterEmail: 'anna@example.pl' }, expect: [], rendered: ['Open the case file'] },
    { name: 'prefilled sender only', data: { rights: '', classifiedLanguage: 'pl', requesterEmail: 'anna@example.pl' }, expect: ['classifiedRights'] },
    { name: 'no language', data: { rights: '', classifiedRights: ['ACCESS'], requesterEmail: 'anna@example.pl' }, expect: ['classifiedLanguage'] },
    { name: 'invalid e-mail', data: { classifiedRights: ['QUESTION'], classifiedLanguage: 'de', requesterEmail: 'not-an-address' }, expect: ['requesterEmail'] },
  ],
  'register-request': [
    { name: 'phone', data: { caseNumber: undefined, channel: 'PHONE', rights: ['ACCESS'], language: 'pl', requesterPhone: '+48 601 234 567', receiptDate: '2026-01-01' }, expect: [], absent: ['receiptDate'] },
    { name: 'letter without its date', data: { caseNumber: undefined, channel: 'LETTER', rights: ['ERASURE'], language: 'de', requesterName: 'Lukas Schmidt' }, expect: ['receiptDate'] },
    { name: 'letter', data: { caseNumber: undefined, channel: 'LETTER', rights: ['ERASURE'], language: 'de', requesterName: 'Lukas Schmidt', receiptDate: '2026-11-02', requestMessage: 'Bitte löschen Sie meine Daten.' }, expect: [] },
    { name: 'empty', data: { caseNumber: undefined, language: undefined }, expect: ['channel', 'language', 'rights'] },
  ],
  'review-overdue-request': [
    { name: 'sample', data: { overdue: true, deadline: isoDate(-2), dueAt: `${isoDate(-2)}T23:59:59`, overdueReviewNote: 'Handler ill; answer sent today; DPO informed.' }, expect: [], rendered: ['Overdue by 2 day(s)', 'No decision taken yet.'] },
    { name: 'decision taken', data: { decision: 'PARTIAL', overdueReviewNote: 'Answer sent late.' }, expect: [], rendered: ['Decision taken: partly refused'] },
    { name: 'empty', data: {}, expect: ['overdueReviewNote'] },
  ],
};

// ---------------------------------------------------------------- checks
function walk(components, visit, path = []) {
  for (const c of components ?? []) {
    visit(c, [...path, c.id ?? c.key ?? c.type]);
    walk(c.components, visit, [...path, c.id]);
  }
}

async function checkForm(file) {
  const problems = [];
  const schema = JSON.parse(readFileSync(join(FORMS, file), 'utf8'));
  if (!(typeof schema.schemaVersion === 'number' && schema.schemaVersion <= MAX_SCHEMA_VERSION)) {
    problems.push(`schemaVersion ${schema.schemaVersion} is not <= ${MAX_SCHEMA_VERSION}`);
  }
  if (schema.executionPlatform !== 'Camunda Platform') problems.push(`executionPlatform is ${schema.executionPlatform}`);
  if (!formRefs.has(schema.id)) problems.push(`id "${schema.id}" is no camunda:formRef in bpmn/`);
  if (`${schema.id}.form` !== file) problems.push(`file name should be ${schema.id}.form`);

  const keyToId = new Map();
  const keys = [];
  walk(schema.components, (c, path) => {
    if (!ALLOWED_TYPES.has(c.type)) problems.push(`${path.join('/')}: type "${c.type}" is not rendered by form-js 1.8.7`);
    if (c.key !== undefined) {
      keys.push(c.key);
      keyToId.set(c.key, c.id);
      if (!KNOWN_VARIABLES.has(c.key)) problems.push(`${path.join('/')}: key "${c.key}" is no process variable`);
      if (TYPED_VARIABLES.has(c.key)) problems.push(`${path.join('/')}: key "${c.key}" would be submitted back untyped; show it in a text field`);
    }
  });
  for (const variable of getSchemaVariables(schema)) {
    if (FEEL_BUILTINS.has(variable) || FEEL_LOCALS.has(variable)) continue;
    if (!KNOWN_VARIABLES.has(variable)) problems.push(`expression or template reads unknown variable "${variable}"`);
  }

  // Forms of a data-subject request link its case file and show its days left; other processes have no case.
  const ofTheRequest = (formRefs.get(schema.id) ?? []).some(task => task.startsWith('data-subject-request.bpmn#'));
  const scenarios = SCENARIOS[schema.id] ?? [{ name: 'sample', data: {}, expect: [] }];
  const language = STILL_ENGLISH.has(schema.id) ? 'en' : LANGUAGE;
  const DAYS_LEFT = DAYS_LEFT_IN[language];
  for (const scenario of scenarios) {
    const container = document.createElement('div');
    document.body.appendChild(container);
    const form = new Form({ container });
    const renderErrors = [];
    form.on('error', e => renderErrors.push(e.error?.message ?? String(e)));
    try {
      const { warnings } = await form.importSchema(schema, { ...common, ...scenario.data });
      if (warnings.length) problems.push(`${scenario.name}: import warnings ${JSON.stringify(warnings)}`);
    } catch (err) {
      problems.push(`${scenario.name}: import failed: ${err.message}`);
      continue;
    }
    await settle();
    const html = container.innerHTML;
    const visible = container.textContent;
    if (/\{\{|couldn't be evaluated/.test(html)) problems.push(`${scenario.name}: a template did not evaluate`);
    if (ofTheRequest && !startFormRefs.has(schema.id)) {
      if (!html.includes(`href="/cases/${common.caseNumber}"`)) problems.push(`${scenario.name}: no link to the case file`);
      if (!DAYS_LEFT.test(visible)) problems.push(`${scenario.name}: days left not shown`);
    }
    // The scenarios' texts are English; in other languages only the data they show is checked.
    const shownData = JSON.stringify({ ...common, ...scenario.data });
    for (const text of (scenario.rendered ?? []).filter(t => language === 'en' || shownData.includes(t))) {
      if (!visible.includes(text)) problems.push(`${scenario.name}: "${text}" not shown`);
    }
    for (const text of scenario.hidden ?? []) {
      if (html.includes(text)) problems.push(`${scenario.name}: "${text}" is shown`);
    }
    for (const href of scenario.links ?? []) {
      if (!html.includes(`href="${href}"`)) problems.push(`${scenario.name}: no link to ${href}`);
    }
    for (const start of scenario.linksStartingWith ?? []) {
      if (!html.includes(`href="${start}`)) problems.push(`${scenario.name}: no link starting with ${start}`);
    }
    const { data, errors } = form.submit();
    const errorKeys = Object.keys(errors).map(id => [...keyToId].find(([, i]) => i === id)?.[0] ?? id).sort();
    if (JSON.stringify(errorKeys) !== JSON.stringify([...scenario.expect].sort())) {
      problems.push(`${scenario.name}: validation errors on [${errorKeys}], expected [${scenario.expect}]`);
    }
    for (const key of Object.keys(data)) {
      if (!keys.includes(key)) problems.push(`${scenario.name}: submits "${key}" which is no field of the form`);
    }
    for (const key of scenario.absent ?? []) {
      if (key in data) problems.push(`${scenario.name}: submits hidden field "${key}"`);
    }
    if (renderErrors.length) problems.push(`${scenario.name}: render errors ${renderErrors.join('; ')}`);
    form.destroy();
    container.remove();
  }
  return { id: schema.id, problems, scenarios: scenarios.length, keys };
}

const files = readdirSync(FORMS).filter(f => f.endsWith('.form')).sort();
let passed = 0, failed = 0;
const formIds = new Set();
for (const file of files) {
  let result;
  try {
    result = await checkForm(file);
  } catch (err) {
    result = { id: file, problems: [`cannot check: ${err.message}`], scenarios: 0, keys: [] };
  }
  formIds.add(result.id);
  if (result.problems.length) {
    failed++;
    console.log(`FAIL ${file}`);
    result.problems.forEach(p => console.log(`     - ${p}`));
  } else {
    passed++;
    console.log(`ok   ${file} (${result.id}, used by ${formRefs.get(result.id).join(', ')}; ${result.scenarios} scenarios; keys: ${result.keys.join(', ')})`);
  }
}
for (const [ref, tasks] of formRefs) {
  if (!formIds.has(ref)) {
    failed++;
    console.log(`FAIL ${ref}: formRef of ${tasks.join(', ')} has no forms/${ref}.form`);
  }
}
console.log(`${LANGUAGE}: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
