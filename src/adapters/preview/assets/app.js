// Wegweiser preview: a phone-sized chat over the local server's JSON endpoints.
// Every text from the bot or the files goes into the page through textContent only.
'use strict';

const $ = (id) => document.getElementById(id);
const messages = $('messages');
const buttons = $('buttons');
const langSelect = $('lang');
const SESSION_KEY = 'wegweiser-preview-session';

let session = null;
let currentNode = null;
let loadedAt = null;
let version = null;
let treeVersion = null;
let busy = false;

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

async function api(path, body) {
  const init = body === undefined
    ? { cache: 'no-store' }
    : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
  const r = await fetch(path, init);
  let data = null;
  try { data = await r.json(); } catch (_) { data = null; }
  if (!r.ok) {
    const err = new Error((data && data.error) || ('HTTP ' + r.status));
    err.status = r.status;
    throw err;
  }
  return data;
}

function scrollDown() { messages.scrollTop = messages.scrollHeight; }

function systemNote(text) {
  messages.appendChild(el('div', 'msg system', text));
  scrollDown();
}

function userBubble(text, dir) {
  const b = el('div', 'msg user', text);
  b.dir = dir || 'auto';
  messages.appendChild(b);
  scrollDown();
}

function sourceLine(s) {
  const parts = ['Schritt: ' + s.node];
  if (s.dialog) parts.push('Dialog: ' + s.dialog);
  if (s.message) parts.push('Text: ' + s.message + (s.text_at ? ' (' + s.text_at + ')' : ''));
  const line = el('span', 'source', parts.join(' · '));
  // File names read left to right even under a right-to-left message.
  line.dir = 'ltr';
  return line;
}

function showScreen(screen) {
  currentNode = screen.node;
  version = screen.version;
  const bubble = el('div', 'msg bot');
  bubble.dir = screen.dir || 'auto';
  bubble.lang = screen.lang;
  bubble.dataset.node = screen.node;
  bubble.appendChild(el('span', 'text', screen.text));
  bubble.appendChild(sourceLine(screen.source));
  messages.appendChild(bubble);
  buttons.replaceChildren();
  for (const b of screen.buttons) {
    const btn = el('button', b.nav ? 'nav' : '', b.label);
    btn.type = 'button';
    btn.dir = screen.dir || 'auto';
    btn.lang = screen.lang;
    btn.dataset.key = b.key;
    btn.addEventListener('click', () => send({ key: b.key }, b.label, screen.dir));
    buttons.appendChild(btn);
  }
  if (langSelect.value !== screen.lang) langSelect.value = screen.lang;
  scrollDown();
  if (!$('view-tree').hidden) markTree();
}

async function start() {
  messages.replaceChildren();
  const data = await api('/api/start', { lang: langSelect.value || null });
  session = data.session;
  sessionStorage.setItem(SESSION_KEY, session);
  showScreen(data.screen);
}

async function guarded(fn) {
  if (busy) return;
  busy = true;
  try {
    await fn();
  } catch (e) {
    if (e.status === 404) {
      systemNote('Das Gespräch ist nicht mehr bekannt (Vorschau neu gestartet?) – es beginnt neu.');
      try { await start(); } catch (e2) { systemNote('Fehler: ' + e2.message); }
    } else {
      systemNote('Keine Antwort von der Vorschau: ' + e.message);
    }
  } finally {
    busy = false;
  }
}

function send(input, shown, dir) {
  return guarded(async () => {
    userBubble(shown, dir);
    const data = await api('/api/step', Object.assign({ session }, input));
    showScreen(data.screen);
  });
}

$('send').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const text = $('text').value;
  if (!text.trim()) return;
  $('text').value = '';
  send({ text }, text, 'auto');
});

langSelect.addEventListener('change', () => guarded(async () => {
  if (!session) { await start(); return; }
  const data = await api('/api/lang', { session, lang: langSelect.value });
  systemNote('Sprache: ' + langSelect.options[langSelect.selectedIndex].textContent);
  showScreen(data.screen);
  if (!$('view-offers').hidden) loadOffers();
}));

$('restart').addEventListener('click', () => guarded(start));

$('show-source').addEventListener('change', (ev) => {
  document.body.classList.toggle('no-source', !ev.target.checked);
});

// Tabs: the chat, the tree, the offers.
for (const tab of document.querySelectorAll('.tab')) {
  tab.addEventListener('click', () => {
    for (const t of document.querySelectorAll('.tab')) {
      t.setAttribute('aria-selected', String(t === tab));
    }
    for (const v of ['chat', 'tree', 'offers']) {
      $('view-' + v).hidden = v !== tab.dataset.view;
    }
    if (tab.dataset.view === 'tree') loadTree();
    if (tab.dataset.view === 'offers') loadOffers();
  });
}

// The SVG is parsed as XML and imported node by node; nothing that could run is kept.
function cleanSvg(node) {
  for (const bad of node.querySelectorAll('script, foreignObject, iframe, object, embed')) bad.remove();
  for (const e of [node, ...node.querySelectorAll('*')]) {
    for (const a of [...e.attributes]) {
      const n = a.name.toLowerCase();
      if (n.startsWith('on') || ((n === 'href' || n === 'xlink:href') && !a.value.startsWith('#'))) {
        e.removeAttribute(a.name);
      }
    }
  }
  return node;
}

async function loadTree() {
  const box = $('tree');
  if (treeVersion === version + '/' + loadedAt && box.firstChild) { markTree(); return; }
  $('tree-note').textContent = 'Der Baum wird gezeichnet …';
  try {
    const r = await fetch('/api/graph.svg', { cache: 'no-store' });
    if (!r.ok) throw new Error('HTTP ' + r.status);
    const doc = new DOMParser().parseFromString(await r.text(), 'image/svg+xml');
    const svg = doc.documentElement;
    if (svg.nodeName.toLowerCase() !== 'svg') throw new Error('kein SVG');
    box.replaceChildren(document.importNode(cleanSvg(svg), true));
    treeVersion = version + '/' + loadedAt;
    $('tree-note').textContent = '';
    markTree();
  } catch (e) {
    $('tree-note').textContent = 'Der Baum konnte nicht gezeichnet werden: ' + e.message;
  }
}

function markTree() {
  const box = $('tree');
  for (const g of box.querySelectorAll('g.current')) g.classList.remove('current');
  if (!currentNode) return;
  for (const g of box.querySelectorAll('g[data-node]')) {
    if (g.getAttribute('data-node') === currentNode) {
      g.classList.add('current');
      g.scrollIntoView({ block: 'center', inline: 'center' });
      $('tree-note').textContent = 'Aktueller Schritt: ' + currentNode;
    }
  }
}

async function loadOffers() {
  const box = $('offers');
  try {
    const data = await api('/api/offers?lang=' + encodeURIComponent(langSelect.value || 'de'));
    box.replaceChildren();
    if (!data.offers.length) {
      box.appendChild(el('p', 'note', 'Keine Angebote geladen (--sample-offers).'));
    }
    for (const o of data.offers) {
      const card = el('div', 'offer');
      card.dir = data.dir || 'auto';
      card.lang = data.lang;
      card.appendChild(el('span', 'text', o.card));
      const src = el('span', 'source', o.source);
      src.dir = 'ltr';
      card.appendChild(src);
      box.appendChild(card);
    }
  } catch (e) {
    box.replaceChildren(el('p', 'note', 'Angebote nicht lesbar: ' + e.message));
  }
}

// Live reload: the server's file watcher reloads; the page asks once a second what is live.
async function poll() {
  try {
    const s = await api('/api/status');
    const status = $('status');
    status.classList.toggle('refused', !s.ok);
    $('status-line').textContent = (s.ok ? 'Dateien fehlerfrei geladen' : 'Es antwortet die letzte fehlerfreie Version')
      + ' – Stand ' + s.loaded_at_clock + ' (Version ' + s.version + ') · ' + s.dialogs + ', ' + s.locales
      + (s.reloading ? ' · wird geprüft …' : '');
    const list = $('error-list');
    list.replaceChildren(...s.errors.map((e) => el('li', '', e)));
    $('errors').hidden = s.ok;
    if (loadedAt !== null && s.loaded_at !== loadedAt && session && !busy) {
      loadedAt = s.loaded_at;
      systemNote('Neue Version geladen (' + s.loaded_at_clock + '). Der aktuelle Schritt:');
      await guarded(async () => {
        const data = await api('/api/current', { session });
        showScreen(data.screen);
      });
      if (!$('view-tree').hidden) loadTree();
      if (!$('view-offers').hidden) loadOffers();
    } else if (loadedAt === null) {
      loadedAt = s.loaded_at;
    }
  } catch (e) {
    $('status-line').textContent = 'Die Vorschau antwortet nicht (beendet?): ' + e.message;
    $('status').classList.add('refused');
  }
  setTimeout(poll, 1000);
}

async function init() {
  const langs = await api('/api/languages');
  for (const l of langs) {
    const o = el('option', '', l.name + ' (' + l.code + ')');
    o.value = l.code;
    o.dir = l.rtl ? 'rtl' : 'ltr';
    langSelect.appendChild(o);
  }
  const wanted = new URLSearchParams(location.search).get('lang');
  if (wanted && langs.some((l) => l.code === wanted)) langSelect.value = wanted;
  const kept = sessionStorage.getItem(SESSION_KEY);
  await guarded(async () => {
    if (kept && !wanted) {
      session = kept;
      const data = await api('/api/current', { session });
      showScreen(data.screen);
    } else {
      await start();
    }
  });
  document.body.dataset.ready = 'true';
  poll();
}

init().catch((e) => systemNote('Die Vorschau konnte nicht starten: ' + e.message));
