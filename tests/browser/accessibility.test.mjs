// axe-core (WCAG 2.0/2.1 A and AA rules, and best practices) in every state of the page: the
// introduction, a question with quick replies, each advice card, and the safety message. Zero
// violations. The results are written to results/browser/axe.json.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CHAT_URL, DESKTOP, PHONE, assertClean, assertNoHorizontalScroll, converse, env, launch, open,
         runAxe, say, screenshot, start, writeJson } from './lib.mjs';

const results = [];

let browser;
before(async () => { browser = await launch(); });
after(async () => {
  await browser.close();
  writeJson('axe.json', results);
});

async function scan(page, state) {
  const result = await runAxe(page);
  const violations = result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  // where axe cannot decide a contrast (e.g. a focused field under its focus ring), measure it here
  const undecided = result.incomplete.filter((r) => r.id === 'color-contrast').flatMap((r) => r.nodes.map((n) => n.target[0]));
  const measured = await page.evaluate(contrastOf, undecided);
  results.push({ state, axe: result.testEngine.version, passes: result.passes.length,
                 incomplete: result.incomplete.map((r) => r.id), contrast_measured_here: measured, violations });
  assert.deepEqual(violations, [], `${state}: ${JSON.stringify(violations, null, 1)}`);
  for (const m of measured) assert.ok(m.ratio >= 4.5, `${state}: contrast ${JSON.stringify(m)}`);
}

/* WCAG contrast of each element's text colour against the first opaque background behind it. */
function contrastOf(selectors) {
  const rgb = (css) => css.match(/[\d.]+/g).map(Number);
  const luminance = ([r, g, b]) => {
    const c = [r, g, b].map((v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  return selectors.map((selector) => {
    const element = document.querySelector(selector);
    let node = element;
    let background = 'rgb(255, 255, 255)';
    while (node && node.nodeType === 1) {
      const bg = getComputedStyle(node).backgroundColor;
      if (bg !== 'transparent' && rgb(bg)[3] !== 0) { background = bg; break; }
      node = node.parentElement;
    }
    const [fg, bg] = [luminance(rgb(getComputedStyle(element).color)), luminance(rgb(background))];
    return { selector, ratio: Math.round(((Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05)) * 100) / 100 };
  });
}

for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
  test(`no axe violations: introduction, question, advice (${name})`, async () => {
    const { context, page, seen } = await open(browser, CHAT_URL, { viewport });
    await scan(page, `intro-${name}`);
    await start(page);
    await scan(page, `question-with-quick-replies-${name}`);
    await say(page, 'Ik ben gevallen en kan niet meer op mijn been staan, mijn heup doet pijn');
    await scan(page, `advice-spoed-${name}`);
    assertClean(seen);
    await context.close();
  });
}

test('no axe violations on the other advice cards', async () => {
  for (const [lvl, turns] of [
    ['huisarts_mri', ["Ik heb al maanden liespijn, vooral 's nachts, en ik slik prednison", '@Nee', '@Nee', 'ja',
                      '@Nee', 'ik drink nooit', '@Nee', '@Geen van deze', '@Nee', 'de foto was normaal', '@Ja', '@Nee']],
    ['buiten_scope', ['nee, alleen mijn knie']],
    ['zelfzorg', ['ja, sinds 3 dagen pijn in mijn heup', '@Nee', '@Nee', '@Nee', '@Nee', '@Nee', '@Nee', '@Nee',
                  '@Nee', '@Geen van deze', '@Nee', '@Geen foto gemaakt', '@Nee', '@Nee']],
  ]) {
    const { context, page, seen } = await open(browser, CHAT_URL);
    await converse(page, turns);
    await page.locator('#log .advice details.answers').evaluateAll((d) => d.forEach((x) => { x.open = true; }));
    await scan(page, `advice-${lvl}`);
    assertClean(seen);
    await context.close();
  }
});

test('no axe violations on the safety message', async () => {
  const { context, page } = await open(browser, env('HEUPCHECK_DEAD_CHAT_URL') + '?region=BE');
  await start(page);
  await scan(page, 'safety-message');
  await context.close();
});

test('200 % zoom and narrow screens: no horizontal scrolling', async () => {
  // 200 % zoom of a 1280 px window lays the page out in 640 CSS px; 320 px is WCAG's reflow width
  for (const viewport of [{ width: 640, height: 450, deviceScaleFactor: 2 }, { width: 320, height: 640 }, PHONE]) {
    const { deviceScaleFactor = 1, ...size } = viewport;
    const { context, page } = await open(browser, CHAT_URL, { viewport: size, deviceScaleFactor });
    const where = `${viewport.width}px`;
    await assertNoHorizontalScroll(page, `${where} intro`);
    await converse(page, ["Ik heb al maanden liespijn, vooral 's nachts, en ik slik prednison"]);
    await assertNoHorizontalScroll(page, `${where} question`);
    await say(page, 'ik ben opeens heel benauwd');
    await assertNoHorizontalScroll(page, `${where} advice`);
    await screenshot(page, `zoom-${where}`);
    await context.close();
  }
});
