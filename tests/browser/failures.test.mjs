// A failure never leaves a patient without a way forward: bot down, HTTP error, timeout, network
// error and an empty reply list each show the fixed safety message with the urgent numbers and a
// retry button; retrying continues the same conversation. Bad input gets a Dutch answer.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CHAT_URL, PHONE, assertClean, env, launch, open, say, screenshot, senderOf, start, tracker } from './lib.mjs';

const WEBHOOK = '**/webhooks/rest/webhook';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

async function assertSafetyMessage(page, region) {
  const box = page.locator('#log .failure[role="alert"]').last();
  await box.waitFor();
  const text = await box.innerText();
  assert.match(text, /kan je nu even niet antwoorden/);
  const tel = await box.locator('a[href^="tel:"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  assert.ok(tel.includes('tel:112'), `tel links: ${tel}`);
  if (region === 'BE') assert.ok(tel.includes('tel:1733') && text.includes('huisartsenwachtpost'));
  else assert.ok(text.includes('huisartsenpost') && !text.includes('1733'));
  assert.ok(await box.getByRole('button', { name: 'Opnieuw proberen' }).isEnabled());
  return box;
}

test('bot down (the server behind the web chat is unreachable): safety message, NL and BE', async () => {
  for (const [region, viewport] of [['NL', undefined], ['BE', PHONE]]) {
    const { context, page, seen } = await open(browser, `${env('HEUPCHECK_DEAD_CHAT_URL')}?region=${region}`,
                                               viewport ? { viewport } : {});
    await start(page);
    await assertSafetyMessage(page, region);
    await screenshot(page, `safety-message-bot-down-${region}`);
    seen.problems = seen.problems.filter((p) => !/502/.test(p));
    assertClean(seen);
    await context.close();
  }
});

for (const [name, failure] of [
  ['an empty reply list', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '[]' })],
  ['HTTP 500', (route) => route.fulfill({ status: 500, contentType: 'application/json', body: '{}' })],
  ['a network error', (route) => route.abort('connectionrefused')],
]) {
  test(`${name}: safety message, and the retry goes on with the same conversation`, async () => {
    const { context, page } = await open(browser, CHAT_URL);
    await start(page);
    await page.route(WEBHOOK, failure);
    await say(page, 'ik heb pijn in mijn lies');
    const box = await assertSafetyMessage(page, 'NL');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Opnieuw proberen');
    await page.unroute(WEBHOOK);
    const before = await page.locator('#log > .msg-bot').count();
    await box.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await page.waitForFunction((n) => document.querySelectorAll('#log > .msg-bot').length > n, before);
    assert.equal(await page.locator('#log .failure').count(), 0);
    const slots = (await tracker(await senderOf(page))).slots;
    assert.equal(slots.hip_complaint, true);          // the retried message arrived, and only once
    assert.equal(slots.requested_slot, 'acute_trauma');
    await context.close();
  });
}

test('a reply that takes too long: safety message after the timeout', async () => {
  const { context, page } = await open(browser, CHAT_URL);
  await page.route('**/chat/config.json', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, json: { ...(await response.json()), reply_timeout_ms: 1500 } });
  });
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await page.route(WEBHOOK, () => {});  // never answered
  const started = Date.now();
  await page.click('#start');
  await assertSafetyMessage(page, 'NL');
  assert.ok(Date.now() - started < 15000);
  await context.close();
});

test('bad input gets a clear Dutch answer and loses nothing', async () => {
  const { context, page, seen } = await open(browser, CHAT_URL);
  await start(page);
  await say(page, 'ja, pijn in mijn lies');
  const lastBot = () => page.locator('#log > .msg-bot').last().innerText();
  await say(page, '🙂🙂🙂');
  assert.match(await lastBot(), /.+/);
  assert.ok((await page.locator('#log > .msg-bot').allInnerTexts()).some((t) => t.includes('emoji')));
  // far more than the cap: the page sends at most the cap, and the bot answers normally
  await say(page, 'nee '.repeat(2000));
  const sender = await senderOf(page);
  let events = (await tracker(sender)).events.filter((e) => e.event === 'user');
  assert.ok(events.at(-1).text.length <= 1000, `sent ${events.at(-1).text.length} characters`);
  assert.equal(await page.locator('#message').getAttribute('maxlength'), '1000');
  await say(page, 'asdfgh qwerty zxcvb');
  await say(page, 'What is this? I need help please');
  assert.ok((await page.locator('#log > .msg-bot').allInnerTexts()).some((t) => t.includes('Nederlands')));
  const slots = (await tracker(sender)).slots;
  assert.equal(slots.hip_complaint, true);           // nothing given earlier was lost
  assert.equal(await page.locator('#log .failure').count(), 0);
  assertClean(seen);
  await context.close();
});
