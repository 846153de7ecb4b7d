// Shared helpers of the browser tests: Debian's Chromium (/usr/bin/chromium) driven by
// playwright-core, against the web chat and bot that tests/test_web_chat.py started on 127.0.0.1.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const CHAT_URL = process.env.HEUPCHECK_CHAT_URL;  // web chat in front of the real bot (chat suites)
export const ARTIFACTS = process.env.HEUPCHECK_ARTIFACTS || 'results/browser';
export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 360, height: 740 };

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the browser tests through \`make test\``);
  return value;
}

export function env(name) { return required(name); }

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    // without the background-networking flags Chromium tries to reach its vendor's hosts
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync',
           '--disable-dev-shm-usage'],
  });
}

/** A fresh browser context and page; records every request and every CSP or script error. */
export async function open(browser, url, { viewport = DESKTOP, ready = 'body[data-ready="true"]', ...options } = {}) {
  assert.ok(url, 'no URL to open: run the browser tests through `make test`');
  const context = await browser.newContext({ viewport, locale: 'nl-NL', ...options });
  const page = await context.newPage();
  const seen = { requests: [], problems: [] };
  context.on('request', (request) => seen.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) {
      seen.problems.push(message.text());
    }
  });
  page.on('pageerror', (error) => seen.problems.push(String(error)));
  await page.goto(url);
  if (ready) await page.waitForSelector(ready);
  return { context, page, seen };
}

/** Every request stayed on 127.0.0.1, and nothing broke the CSP or threw. */
export function assertClean(seen) {
  const outside = seen.requests.filter((url) => {
    const { protocol, hostname } = new URL(url);
    return !(['http:', 'https:', 'ws:'].includes(protocol) && hostname === '127.0.0.1')
      && !['data:', 'blob:', 'about:'].includes(protocol);
  });
  assert.deepEqual(outside, [], 'requests that left 127.0.0.1');
  assert.deepEqual(seen.problems, [], 'console errors (CSP violations, script errors)');
}

export const replyCount = (page) => page.locator('#log > .msg-bot, #log > .advice, #log > .failure').count();

/** Wait until the bot answered (a new bot message, advice card or safety message) and is idle. */
export async function waitForAnswer(page, before) {
  await page.waitForFunction(
    (n) => document.querySelectorAll('#log > .msg-bot, #log > .advice, #log > .failure').length > n
      && document.querySelector('#chat').getAttribute('aria-busy') !== 'true',
    before, { timeout: 60000 });
}

export async function say(page, text) {
  const before = await replyCount(page);
  await page.fill('#message', text);
  await page.press('#message', 'Enter');
  await waitForAnswer(page, before);
}

export async function tap(page, name) {
  const before = await replyCount(page);
  await page.getByRole('button', { name, exact: true }).click();
  await waitForAnswer(page, before);
}

export async function start(page) {
  const before = await replyCount(page);
  await page.click('#start');
  await waitForAnswer(page, before);
}

/** Send each turn: `@Label` clicks a quick reply or control, anything else is typed. */
export async function converse(page, turns) {
  await start(page);
  for (const turn of turns) {
    if (turn.startsWith('@')) await tap(page, turn.slice(1)); else await say(page, turn);
  }
}

export async function level(page) {
  return page.locator('#log .advice').last().getAttribute('data-level');
}

/** No horizontal scrolling: the page is no wider than the viewport. */
export async function assertNoHorizontalScroll(page, where) {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth,
                                               client: document.documentElement.clientWidth }));
  assert.ok(widths.scroll <= widths.client, `${where}: ${widths.scroll}px content in ${widths.client}px`);
}

export function artifact(name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}

export async function screenshot(page, name) {
  await page.screenshot({ path: artifact(`${name}.png`), fullPage: true });
}

export function writeJson(name, value) {
  writeFileSync(artifact(name), JSON.stringify(value, null, 2));
}

/** The conversation id the page chose (shown on the printed summary). */
export async function senderOf(page) {
  return page.evaluate(() => document.querySelector('[data-print="sender"]').textContent);
}

export async function tracker(sender) {
  const response = await fetch(`${env('RASA_URL')}/conversations/${sender}/tracker?token=${env('RASA_TOKEN')}`);
  assert.equal(response.status, 200);
  return response.json();
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** axe-core (WCAG 2.0/2.1 A and AA, best practices) on the page as it is now. axe is evaluated
 *  by the test tool, so the page's CSP stays as it is. */
export async function runAxe(page) {
  await page.evaluate(AXE);
  return page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), AXE_TAGS);
}
