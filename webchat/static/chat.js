/* Heupcheck web chat: talks to Rasa's REST channel on this page's own origin.
   Every Dutch text of the page lives in index.html; this file only moves it around. */
'use strict';

(function () {
  const $ = (selector, root) => (root || document).querySelector(selector);
  const $$ = (selector, root) => Array.from((root || document).querySelectorAll(selector));

  const state = {
    config: {
      clinic_name: '', clinic_phone: '', region: 'NL', retention_days: 90,
      max_chars: 1000, webhook: '/webhooks/rest/webhook', reply_timeout_ms: 22000,
    },
    sender: conversationId(),
    busy: false,
    started: false,
  };

  /* A random conversation id per visit; never chosen or seen by the user. */
  function conversationId() {
    const bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return 'web-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  async function loadConfig() {
    try {
      const response = await fetch('config.json', { cache: 'no-store', credentials: 'omit' });
      if (response.ok) Object.assign(state.config, await response.json());
    } catch (error) { /* the defaults above still give a working page */ }
    const params = new URLSearchParams(window.location.search);
    const region = (params.get('region') || '').toUpperCase();
    if (region === 'NL' || region === 'BE') state.config.region = region;
    if (params.get('clinic')) state.config.clinic_name = params.get('clinic').slice(0, 80);
    if (params.get('phone')) state.config.clinic_phone = params.get('phone');
    state.config.clinic_phone = cleanPhone(state.config.clinic_phone);
  }

  function cleanPhone(value) {
    const phone = String(value || '').replace(/[^0-9+ ()-]/g, '').trim().slice(0, 24);
    return /[0-9]{3}/.test(phone.replace(/\D/g, '')) ? phone : '';
  }

  function applyConfig() {
    const c = state.config;
    document.body.dataset.region = c.region;
    $$('[data-fill="clinic_name"]').forEach((el) => { if (c.clinic_name) el.textContent = c.clinic_name; });
    $$('[data-fill="retention_days"]').forEach((el) => { el.textContent = String(c.retention_days); });
    fillClinicPhone(document);
    const input = $('#message');
    input.maxLength = c.max_chars;
    updateCount();
  }

  function fillClinicPhone(root) {
    const phone = state.config.clinic_phone;
    $$('[data-if="clinic_phone"]', root).forEach((el) => { el.hidden = !phone; });
    $$('[data-fill-tel="clinic_phone"]', root).forEach((el) => {
      el.textContent = phone;
      el.href = 'tel:' + phone.replace(/[^0-9+]/g, '');
    });
  }

  /* ---- rendering ---------------------------------------------------------------------- */

  function phonePattern() {
    const numbers = ['112', '1733'];
    if (state.config.clinic_phone) numbers.unshift(state.config.clinic_phone.replace(/[()+-]/g, '\\$&'));
    return new RegExp('(^|[^0-9])(' + numbers.join('|') + ')(?![0-9])', 'g');
  }

  /* Text with tap-to-call links for the phone numbers it names; never parsed as HTML. */
  function withPhoneLinks(text) {
    const fragment = document.createDocumentFragment();
    const pattern = phonePattern();
    let last = 0;
    let match;
    while ((match = pattern.exec(text)) !== null) {
      const start = match.index + match[1].length;
      fragment.append(text.slice(last, start));
      const link = document.createElement('a');
      link.href = 'tel:' + match[2].replace(/[^0-9+]/g, '');
      link.textContent = match[2];
      fragment.append(link);
      last = start + match[2].length;
    }
    fragment.append(text.slice(last));
    return fragment;
  }

  /* Bot text: paragraphs, and lines that start with "- " as a list. */
  function richText(text) {
    const fragment = document.createDocumentFragment();
    let list = null;
    for (const line of String(text).split('\n')) {
      if (line.startsWith('- ')) {
        if (!list) { list = document.createElement('ul'); fragment.append(list); }
        const item = document.createElement('li');
        item.append(withPhoneLinks(line.slice(2)));
        list.append(item);
      } else if (line.trim()) {
        list = null;
        const paragraph = document.createElement('p');
        paragraph.append(withPhoneLinks(line));
        fragment.append(paragraph);
      }
    }
    return fragment;
  }

  function addMessage(role, text) {
    const bubble = document.createElement('div');
    bubble.className = 'msg msg-' + role;
    const who = document.createElement('span');
    who.className = 'who';
    who.textContent = role === 'user' ? 'Jij: ' : 'Heupcheck: ';
    bubble.append(who);
    if (role === 'user') bubble.append(text); else bubble.append(richText(text));
    $('#log').append(bubble);
    bubble.scrollIntoView({ block: 'nearest' });
    return bubble;
  }

  function fillList(list, items, render) {
    list.replaceChildren(...items.map((item) => {
      const li = document.createElement('li');
      render(li, item);
      return li;
    }));
  }

  function addAdvice(advice) {
    const card = $('#advice-template').content.firstElementChild.cloneNode(true);
    const level = advice.level;
    card.classList.add('advice-' + level);
    card.dataset.level = level;
    $('use', card).setAttribute('href', '#icon-' + level);
    $('.advice-level', card).textContent = advice.label;
    $('.advice-title', card).textContent = advice.title;
    card.setAttribute('aria-label', 'Advies: ' + advice.label);
    $('.advice-action', card).append(withPhoneLinks(advice.action));

    const phones = advice.phones.slice();
    if (state.config.clinic_phone) phones.unshift({ label: state.config.clinic_name || 'Praktijk', number: state.config.clinic_phone });
    fillList($('.phones', card), phones, (li, phone) => {
      const link = document.createElement('a');
      link.href = 'tel:' + phone.number.replace(/[^0-9+]/g, '');
      const icon = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      icon.setAttribute('aria-hidden', 'true');
      icon.setAttribute('focusable', 'false');
      const use = document.createElementNS('http://www.w3.org/2000/svg', 'use');
      use.setAttribute('href', '#icon-phone');
      icon.append(use);
      link.append(icon, 'Bel ' + phone.number + ' – ' + phone.label);
      li.append(link);
    });

    const other = $('.other-person', card);
    if (advice.other_person) other.textContent = advice.other_person; else other.remove();

    const reasons = $('.reasons', card);
    if (advice.reasons.length) {
      fillList(reasons, advice.reasons, (li, reason) => {
        const source = document.createElement('span');
        source.className = 'source';
        source.textContent = 'Bron: ' + reason.source;
        li.append(reason.label, source);
      });
    } else if (level === 'buiten_scope') {
      reasons.previousElementSibling.remove();
      reasons.remove();
    } else {
      fillList(reasons, [advice.why_none], (li, text) => li.append(text));
    }
    const notes = $('.notes', card);
    advice.notes.forEach((note) => {
      const p = document.createElement('p');
      p.append(withPhoneLinks(note));
      notes.append(p);
    });
    if (advice.unknown.length) fillList($('.unknown', card), advice.unknown, (li, hint) => li.append(hint));
    else $('.unknown-block', card).remove();
    const warning = $('.warning-signs', card);
    if (advice.warning_signs) warning.append(withPhoneLinks(advice.warning_signs)); else warning.remove();
    if (advice.summary.length) {
      $('.answer-list', card).replaceChildren(...advice.summary.flatMap((item) => {
        const question = document.createElement('dt');
        const answer = document.createElement('dd');
        question.textContent = item.question;
        answer.textContent = item.answer;
        return [question, answer];
      }));
    } else {
      $('.answers', card).remove();
    }
    $('.disclaimer', card).append(withPhoneLinks(advice.disclaimer));
    $('.print', card).addEventListener('click', () => window.print());

    $('#log').append(card);
    fillPrintSummary(advice);
    card.scrollIntoView({ block: 'start' });
  }

  function fillPrintSummary(advice) {
    const root = $('#print-summary');
    const set = (name, text) => { $('[data-print="' + name + '"]', root).textContent = text; };
    set('date', new Date().toLocaleString('nl-NL', { dateStyle: 'long', timeStyle: 'short' }));
    set('label', advice.label);
    set('title', advice.title);
    set('action', advice.action);
    set('disclaimer', advice.disclaimer);
    fillList($('[data-print="reasons"]', root),
      advice.reasons.length ? advice.reasons : [{ label: advice.why_none || advice.title, source: '' }],
      (li, r) => li.append(r.label + (r.source ? ' (bron: ' + r.source + ')' : '')));
    const rows = advice.summary.map((item) => {
      const tr = document.createElement('tr');
      const q = document.createElement('td');
      const a = document.createElement('td');
      q.textContent = item.question;
      a.textContent = item.answer;
      tr.append(q, a);
      return tr;
    });
    $('[data-print="answers"]', root).replaceChildren(...rows);
    fillList($('[data-print="unknown"]', root), advice.unknown, (li, hint) => li.append(hint));
    $('[data-print="unknown-block"]', root).hidden = !advice.unknown.length;
    $('[data-print="notes"]', root).replaceChildren(...advice.notes.map((note) => {
      const p = document.createElement('p');
      p.textContent = note;
      return p;
    }));
    document.body.classList.add('has-advice');
  }

  function setQuickReplies(buttons) {
    const box = $('#quick-replies');
    box.replaceChildren(...buttons.map((b) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = b.title;
      button.addEventListener('click', () => send(b.payload, b.title));
      return button;
    }));
  }

  function render(replies) {
    const custom = replies.find((r) => r.custom && r.custom.advice);
    const advice = custom ? custom.custom.advice : null;
    const adviceTexts = new Set(advice ? advice.texts : []);
    let buttons = [];
    let lastText = '';
    for (const reply of replies) {
      if (reply.custom && reply.custom.advice) {
        addAdvice(reply.custom.advice);
        lastText = '';
        continue;
      }
      if (typeof reply.text === 'string' && !adviceTexts.has(reply.text)) {
        addMessage('bot', reply.text);
        lastText = reply.text;
      }
      if (Array.isArray(reply.buttons) && reply.buttons.length) buttons = reply.buttons;
    }
    if (!buttons.length && lastText.trim().endsWith('?')) {
      const fallback = $('#no-buttons-template').content.firstElementChild;
      buttons = [{ title: fallback.textContent, payload: fallback.dataset.payload }];
    }
    setQuickReplies(buttons);
  }

  /* ---- talking to the bot ------------------------------------------------------------- */

  async function post(text) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), state.config.reply_timeout_ms);
    try {
      const response = await fetch(state.config.webhook, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ sender: state.sender, message: text, metadata: { region: state.config.region } }),
        signal: controller.signal,
        credentials: 'omit',
        cache: 'no-store',
      });
      if (!response.ok) throw new Error('HTTP ' + response.status);
      const replies = await response.json();
      /* Rasa answers many failures with 200 and an empty list: that is a failure too. */
      if (!Array.isArray(replies) || replies.length === 0) throw new Error('empty reply');
      return replies;
    } finally {
      clearTimeout(timer);
    }
  }

  function setBusy(busy) {
    state.busy = busy;
    $('#typing .typing-text').hidden = !busy;
    $('#chat').setAttribute('aria-busy', busy ? 'true' : 'false');
    $$('#quick-replies button, #send, #back, #restart, .retry').forEach((b) => { b.disabled = busy; });
  }

  function showFailure(text) {
    const box = $('#failure-template').content.firstElementChild.cloneNode(true);
    fillClinicPhone(box);
    const retry = $('.retry', box);
    retry.addEventListener('click', async () => {
      if (state.busy) return;
      box.remove();
      await deliver(text);
    });
    $('#log').append(box);
    box.scrollIntoView({ block: 'nearest' });
    retry.focus();
  }

  async function deliver(text) {
    setBusy(true);
    let ok = false;
    try {
      render(await post(text));
      ok = true;
    } catch (error) {
      setQuickReplies([]);
      showFailure(text);
    } finally {
      setBusy(false);
    }
    if (ok) $('#message').focus({ preventScroll: true });
  }

  async function send(text, shown) {
    const message = String(text || '');
    if (state.busy) return;
    if (!state.started) start();
    addMessage('user', shown || message);
    setQuickReplies([]);
    await deliver(message);
  }

  function start() {
    state.started = true;
    $('#intro').hidden = true;
    $('#controls').hidden = false;
  }

  /* ---- controls ------------------------------------------------------------------------ */

  function updateCount() {
    const input = $('#message');
    const count = $('#message-count');
    count.textContent = input.value.length + ' / ' + input.maxLength + ' tekens';
    count.classList.toggle('near-limit', input.value.length > input.maxLength * 0.9);
  }

  function submitTyped(event) {
    if (event) event.preventDefault();
    const input = $('#message');
    const text = input.value.slice(0, state.config.max_chars);
    if (!text.trim() || state.busy) return;
    input.value = '';
    updateCount();
    send(text);
  }

  function wire() {
    $('#composer').addEventListener('submit', submitTyped);
    $('#message').addEventListener('input', updateCount);
    $('#message').addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) submitTyped(event);
    });
    $('#start').addEventListener('click', () => {
      send('Hallo', $('#start').textContent);
    });
    $('#back').addEventListener('click', () => send('vorige vraag', $('#back').textContent));
    $('#restart').addEventListener('click', () => send('opnieuw beginnen', $('#restart').textContent));
  }

  async function init() {
    await loadConfig();
    applyConfig();
    $('[data-print="sender"]').textContent = state.sender;
    wire();
    document.body.dataset.ready = 'true';
  }

  init();
}());
