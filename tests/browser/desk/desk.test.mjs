// The triage desk in Debian's Chromium: log in, the spoed check of a REST conversation that
// tests/test_desk_e2e.py just had with the real bot is on top of the queue, open it (masked
// transcript), mark it reviewed with a note, refresh the queue in place, print view, log out.
// axe-core on every page; no request leaves 127.0.0.1; no CSP violation or script error.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DESKTOP, PHONE, artifact, assertClean, assertNoHorizontalScroll, env, launch, runAxe,
         screenshot, writeJson } from '../lib.mjs';

const DESK = env('DESK_URL');
const CHECK = env('DESK_CHECK_ID');
const scans = [];

let browser;
before(async () => { browser = await launch(); });
after(async () => {
  await browser.close();
  writeJson('desk-axe.json', scans);
});

async function scan(page, state) {
  const result = await runAxe(page);
  const violations = result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  scans.push({ state, passes: result.passes.length, incomplete: result.incomplete.map((r) => r.id), violations });
  assert.deepEqual(violations, [], `${state}: ${JSON.stringify(violations, null, 1)}`);
}

async function session(viewport = DESKTOP) {
  const context = await browser.newContext({ viewport, locale: 'nl-NL' });
  const page = await context.newPage();
  const seen = { requests: [], problems: [] };
  context.on('request', (request) => seen.requests.push(request.url()));
  page.on('console', (m) => { if (m.type() === 'error') seen.problems.push(m.text()); });
  page.on('pageerror', (error) => seen.problems.push(String(error)));
  return { context, page, seen };
}

async function logIn(page) {
  await page.goto(`${DESK}/desk/`);
  assert.match(page.url(), /\/desk\/login\/\?next=/, 'anonymous visitors go to the login page');
  await page.getByLabel('Gebruikersnaam').fill(env('DESK_USER'));
  await page.getByLabel('Wachtwoord').fill(env('DESK_PASSWORD'));
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL(`${DESK}/desk/`);
}

test('log in, the new spoed check on top, open it, mark it reviewed', async () => {
  const { context, page, seen } = await session();
  await page.goto(`${DESK}/desk/login/`);
  await scan(page, 'login');
  await screenshot(page, 'desk-login');
  await logIn(page);
  const cookies = await context.cookies();
  const sessionCookie = cookies.find((c) => c.name === 'sessionid');
  assert.ok(sessionCookie.httpOnly && sessionCookie.secure && sessionCookie.sameSite === 'Strict');

  const first = page.locator('#queue-rows tr').first();
  assert.equal(await first.getAttribute('data-check'), CHECK, 'the new spoed check is on top');
  assert.match(await first.locator('.badge').textContent(), /Spoed/);
  assert.match(await first.textContent(), /benauwd|borst|adem/i);
  assert.match(await page.locator('#counts').textContent(), /Spoed: nu bellen: [1-9]/);
  await scan(page, 'queue');
  await screenshot(page, 'desk-queue');

  await first.getByRole('link', { name: /Openen/ }).click();
  await page.waitForSelector('#transcript');
  const detail = await page.locator('main').textContent();
  for (const part of ['Alarmsignalen', 'Antwoorden', 'Gegeven advies', 'Volledig gesprek', '[naam]', 'benauwd']) {
    assert.ok(detail.includes(part), `detail shows ${part}`);
  }
  assert.ok(!detail.includes('Karel') && !detail.includes('Peeters'), 'the name is masked');
  await scan(page, 'detail');
  await screenshot(page, 'desk-detail');

  await page.getByLabel(/Notitie/).fill('Teruggebeld, advies 112 herhaald.');
  await page.getByRole('button', { name: 'Markeren als beoordeeld' }).click();
  await page.waitForSelector('text=beoordeeld door triage-browser');
  await screenshot(page, 'desk-reviewed');

  await page.getByRole('link', { name: /Terug naar de wachtrij/ }).click();
  await page.waitForURL(/\/desk\/\?/);
  assert.equal(await page.locator(`#queue-rows tr[data-check="${CHECK}"]`).count(), 0, 'reviewed: off the open queue');
  assertClean(seen);
  await context.close();
});

test('the queue refreshes in place, filters hold, and the print view and phone width work', async () => {
  const { context, page, seen } = await session();
  await logIn(page);
  await page.getByLabel('Beoordeeld').check();
  await page.getByRole('button', { name: 'Filter toepassen' }).click();
  await page.waitForURL(/state=reviewed/);
  const url = page.url();
  assert.equal(await page.locator(`#queue-rows tr[data-check="${CHECK}"]`).count(), 1);
  const stamp = await page.locator('#refreshed').textContent();
  await page.waitForTimeout(1100);
  await page.getByRole('link', { name: 'Vernieuwen' }).click();
  await page.waitForFunction((old) => document.getElementById('refreshed').textContent !== old, stamp);
  assert.equal(page.url(), url, 'refreshing keeps the filters and the page');
  assert.equal(await page.getByLabel('Beoordeeld').isChecked(), true);

  await page.goto(`${DESK}/desk/print/${encodeURIComponent(CHECK)}`);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.top').isVisible(), false, 'no menu on paper');
  await screenshot(page, 'desk-print');
  await page.pdf({ path: artifact('desk-print.pdf'), format: 'A4' });
  await page.emulateMedia({ media: 'screen' });

  await page.setViewportSize(PHONE);
  await page.goto(`${DESK}/desk/check/${encodeURIComponent(CHECK)}`);
  await assertNoHorizontalScroll(page, 'detail at 360 px');
  await screenshot(page, 'desk-detail-360');

  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.waitForURL(/\/desk\/login\//);
  await page.goto(`${DESK}/desk/`);
  assert.match(page.url(), /\/desk\/login\//, 'logged out');
  assertClean(seen);
  await context.close();
});
