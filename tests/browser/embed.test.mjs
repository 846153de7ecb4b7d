// A clinic's own page (another origin on 127.0.0.1) embeds the chat with one script tag and its
// configuration: region BE, clinic name and phone. The chat works inside the frame.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertClean, env, launch, level, open, say, screenshot, start } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('one script tag on a clinic page shows a working, configured chat', async () => {
  const { context, page, seen } = await open(browser, env('HEUPCHECK_CLINIC_PAGE_URL'), { ready: 'iframe' });
  const frame = page.frameLocator('iframe[title^="Heupcheck"]');
  await frame.locator('body[data-ready="true"]').waitFor();
  const chat = page.frames().find((f) => f.url().includes('/chat/'));
  assert.match(await chat.locator('.clinic').innerText(), /Groepspraktijk Ter Linde/);
  assert.equal(await chat.evaluate(() => document.body.dataset.region), 'BE');
  await start(chat);
  await say(chat, "'k ben gevallen en 'k kan ni meer op mijn been staan, mijn heup doet pijn");
  assert.equal(await level(chat), 'spoed');
  const tel = await chat.locator('.advice a[href^="tel:"]').evaluateAll((a) => a.map((x) => x.getAttribute('href')));
  assert.ok(tel.includes('tel:1733') && tel.includes('tel:031234567') && tel.includes('tel:112'), `${tel}`);
  await screenshot(page, 'embedded-on-clinic-page');
  assertClean(seen);
  await context.close();
});
