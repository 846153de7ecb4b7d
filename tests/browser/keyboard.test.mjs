// A whole conversation with the keyboard only (Tab, Shift+Tab, Enter, Space, typing): every control
// is reachable, and the focused control is visibly marked.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CHAT_URL, assertClean, launch, level, open, replyCount, screenshot, waitForAnswer } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

/** Press Tab (or Shift+Tab) until the focused element has this accessible text; fail after 40. */
async function tabTo(page, text, backwards = false) {
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const focused = await page.evaluate(() => (document.activeElement.textContent || '').trim()
      || document.activeElement.getAttribute('aria-label') || document.activeElement.id);
    if (focused === text) return;
  }
  assert.fail(`could not reach "${text}" with the keyboard`);
}

/** The focused element shows a focus indicator (outline or ring), not the browser's nothing. */
async function assertVisibleFocus(page) {
  const style = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement);
    return { outline: s.outlineStyle, width: parseFloat(s.outlineWidth), shadow: s.boxShadow };
  });
  assert.ok((style.outline !== 'none' && style.width >= 2) || style.shadow !== 'none', JSON.stringify(style));
}

async function key(page, keys, action) {
  const before = await replyCount(page);
  await action();
  for (const k of keys) await page.keyboard.press(k);
  await waitForAnswer(page, before);
}

test('a complete check with the keyboard only', async () => {
  const { context, page, seen } = await open(browser, CHAT_URL);
  await tabTo(page, 'Start de check');
  await assertVisibleFocus(page);
  await key(page, ['Enter'], async () => {});
  // after each answer the focus is back in the message field: type an answer
  assert.equal(await page.evaluate(() => document.activeElement.id), 'message');
  await key(page, ['Enter'], () => page.keyboard.type('ja, al een paar dagen pijn in mijn lies'));
  // quick replies sit before the message field: Shift+Tab, then Space
  await tabTo(page, 'Nee', true);
  await assertVisibleFocus(page);
  await key(page, ['Space'], async () => {});
  await tabTo(page, 'Vorige vraag');
  await assertVisibleFocus(page);
  await key(page, ['Enter'], async () => {});
  assert.ok((await page.locator('#log > .msg-bot').allInnerTexts()).some((t) => t.includes('vraag terug')));
  for (const answer of ['Nee', 'Nee', 'Nee', 'Ja', 'Nee', 'Nee', 'Nee', 'Nee']) {
    await page.locator('#message').focus();  // where the page itself leaves the focus after each reply
    await tabTo(page, answer, true);
    await key(page, ['Enter'], async () => {});
  }
  await tabTo(page, 'Geen van deze', true);
  await key(page, ['Enter'], async () => {});
  await key(page, ['Enter'], () => page.keyboard.type('ik rook niet'));
  await tabTo(page, 'Geen foto gemaakt', true);
  await key(page, ['Enter'], async () => {});
  for (const answer of ['Nee', 'Nee']) {  // known AVN, then the last safety question
    await tabTo(page, answer, true);
    await key(page, ['Enter'], async () => {});
  }
  assert.equal(await level(page), 'zelfzorg');
  // the print button and the answers in the card are reachable too
  await tabTo(page, 'Print of bewaar de samenvatting voor je huisarts', true);
  await assertVisibleFocus(page);
  await tabTo(page, 'Je antwoorden', true);
  await page.keyboard.press('Enter');
  assert.ok(await page.locator('#log .advice details.answers').evaluate((d) => d.open));
  await screenshot(page, 'keyboard-advice-desktop');
  assertClean(seen);
  await context.close();
});
