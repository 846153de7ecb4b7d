// Full conversations through the page against the real bot, on a desktop and a 360 px phone
// screen: every outcome level, the advice card, and the tracker agreeing with what the page shows.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CHAT_URL, DESKTOP, PHONE, assertClean, assertNoHorizontalScroll, converse, launch, level, open,
         screenshot, senderOf, tracker } from './lib.mjs';

const CONVERSATIONS = [
  { name: 'huisarts_mri-nl-desktop', viewport: DESKTOP, level: 'huisarts_mri',
    turns: ["Ik heb al maanden liespijn, vooral 's nachts, en ik slik prednison", '@Nee', '@Nee', 'ja',
            '@Nee', 'ik drink nooit', '@Nee', '@Geen van deze', '@Nee', 'de foto was normaal', '@Weet ik niet', '@Nee'],
    reasons: ['corticosteroids', 'rest_night_pain', 'normal_xray'] },
  { name: 'zelfzorg-nl-phone', viewport: PHONE, level: 'zelfzorg',
    turns: ['ja, sinds 3 dagen pijn in mijn heup', '@Nee', '@Nee', '@Nee', 'ja bij de trap', '@Nee', '@Nee',
            '@Nee', '@Nee', '@Geen van deze', '@Nee', 'geen foto', '@Nee', '@Nee'] },
  { name: 'huisarts-nl-phone', viewport: PHONE, level: 'huisarts',
    turns: ['ik heb al drie weken last van mijn lies', '@Nee', '@Nee', '@Nee', '@Nee', '@Nee', '@Nee', '@Nee',
            '@Nee', '@Geen van deze', '@Ja', '@Geen foto gemaakt', '@Nee', '@Nee'] },
  { name: 'spoed-midway-nl-desktop', viewport: DESKTOP, level: 'spoed',
    turns: ['@Ja', '@Nee', '@Nee', 'twee weken', 'ik ben opeens heel benauwd'], reasons: ['alarm_chest_breath'] },
  { name: 'spoed-be-phone', viewport: PHONE, level: 'spoed', query: '?region=BE',
    turns: ["'k heb pijn in mijn lies", '@Nee', '@Nee', "'k heb koorts en mijne heup is warm en dik"],
    reasons: ['alarm_fever_hot_joint'], phone: '1733' },
  { name: 'buiten_scope-nl-desktop', viewport: DESKTOP, level: 'buiten_scope', turns: ['nee, alleen mijn knie'] },
];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

for (const c of CONVERSATIONS) {
  test(`conversation ${c.name} ends in ${c.level}`, async () => {
    const { context, page, seen } = await open(browser, CHAT_URL + (c.query || ''), { viewport: c.viewport });
    await converse(page, c.turns);
    assert.equal(await level(page), c.level);

    const card = page.locator('#log .advice').last();
    // the level in words, colour and icon - never colour alone
    assert.ok((await card.locator('.advice-level').innerText()).trim().length > 3);
    assert.ok((await card.locator('.advice-title').innerText()).trim().length > 10);
    assert.equal(await card.locator('.advice-head use').getAttribute('href'), `#icon-${c.level}`);
    assert.ok(await card.evaluate((el, lvl) => el.classList.contains(`advice-${lvl}`), c.level));
    // phone numbers are tap-to-call links
    const tel = await card.locator('a[href^="tel:"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    assert.ok(tel.includes('tel:112'), `tel links: ${tel}`);
    if (c.phone) assert.ok(tel.includes(`tel:${c.phone}`), `tel links: ${tel}`);
    // reasons with their sources, and the disclaimer
    const reasons = await card.locator('.reasons li').allInnerTexts();
    if (c.level !== 'buiten_scope') assert.ok(reasons.length >= 1);
    for (const reason of reasons.filter((r) => r.includes('Bron:'))) assert.match(reason, /Bron: .+/);
    assert.match(await card.locator('.disclaimer').innerText(), /geen diagnose/);
    // the advice texts are not shown twice (once as bubbles, once in the card)
    assert.equal(await page.locator('#log > .msg-bot', { hasText: 'Waarom dit advies' }).count(), 0);

    // the tracker of the page's own conversation id holds the same outcome
    const slots = (await tracker(await senderOf(page))).slots;
    assert.equal(slots.triage_level, c.level);
    for (const flag of c.reasons || []) assert.ok(slots.red_flags.includes(flag), `${flag} in ${slots.red_flags}`);
    if (c.query === '?region=BE') assert.equal(slots.region, 'BE');

    await assertNoHorizontalScroll(page, c.name);
    await screenshot(page, `conversation-${c.name}`);
    assertClean(seen);
    await context.close();
  });
}

test('two visits get different random conversation ids', async () => {
  const ids = [];
  for (let i = 0; i < 2; i += 1) {
    const { context, page } = await open(browser, CHAT_URL);
    await converse(page, ['nee, alleen mijn knie']);
    ids.push(await senderOf(page));
    await context.close();
  }
  assert.notEqual(ids[0], ids[1]);
  for (const id of ids) assert.match(id, /^web-[0-9a-f]{32}$/);
});
