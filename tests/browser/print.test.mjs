// "Print of bewaar de samenvatting voor je huisarts": the print stylesheet gives a clean page with
// the advice, the reasons with sources and every answer, and nothing of the chat's controls.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CHAT_URL, artifact, converse, launch, open, screenshot } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('the print view shows the advice and the answers, and no chat controls', async () => {
  const { context, page } = await open(browser, CHAT_URL);
  await converse(page, ["Ik heb al maanden liespijn, vooral 's nachts, en ik slik prednison", '@Nee', '@Nee',
                        'ja', '@Nee', 'ik drink nooit', '@Nee', '@Geen van deze', '@Nee',
                        'de foto was normaal', '@Weet ik niet', '@Nee']);
  await page.evaluate(() => { window.print = () => { document.body.dataset.printed = 'yes'; }; });
  await page.getByRole('button', { name: 'Print of bewaar de samenvatting voor je huisarts' }).click();
  assert.equal(await page.evaluate(() => document.body.dataset.printed), 'yes');

  await page.emulateMedia({ media: 'print' });
  const summary = page.locator('#print-summary');
  assert.ok(await summary.isVisible());
  for (const hidden of ['#composer', '#log', '#quick-replies', '.notice']) {
    assert.equal(await page.locator(hidden).isVisible(), false, `${hidden} is printed`);
  }
  const text = await summary.innerText();
  assert.match(text, /Binnen een paar dagen/);
  assert.match(text, /bron: /);
  assert.match(text, /geen diagnose/);
  const rows = await summary.locator('tbody tr').allInnerTexts();
  assert.ok(rows.length >= 12, `${rows.length} answers printed`);
  assert.ok(rows.some((r) => r.includes('corticosteroïden') && r.includes('ja')));
  assert.ok(rows.some((r) => r.includes('Eerder vastgestelde') && r.includes('weet ik niet')));
  await screenshot(page, 'print-view');
  await page.pdf({ path: artifact('print-view.pdf'), format: 'A4' });
  await context.close();
});
