// Korzina web chat: talks to the assistant over POST /api/dialog/turns and shows the household cart live from
// the cart WebSocket. No framework; texts come from the page (the "messages" JSON block).
(() => {
  'use strict';

  const t = JSON.parse(document.getElementById('messages').textContent);
  const lang = document.documentElement.lang;
  const ID_KEY = 'korzina.webchat.external-id';
  const $ = (id) => document.getElementById(id);
  const state = { token: null, cartId: null, socket: null, version: -1, retries: 0 };

  const format = (pattern, ...args) => pattern.replace(/\{(\d+)}/g, (_, i) => String(args[Number(i)]));
  const numbers = new Intl.NumberFormat(lang, { maximumFractionDigits: 3 });
  const money = (amount, currency) =>
    new Intl.NumberFormat(lang, { style: 'currency', currency: currency || 'RUB' }).format(amount);

  /** A random id for this browser, kept so that it finds its cart again. */
  function externalId() {
    let id = localStorage.getItem(ID_KEY);
    if (!id) {
      const bytes = crypto.getRandomValues(new Uint8Array(16));
      id = 'web-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
      localStorage.setItem(ID_KEY, id);
    }
    return id;
  }

  async function api(method, path, body) {
    const headers = { 'Content-Type': 'application/json' };
    if (state.token) headers.Authorization = 'Bearer ' + state.token;
    const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const json = await response.json().catch(() => ({}));
    if (!response.ok) {
      throw new Error((json.error && json.error.message) || response.status + ' ' + response.statusText);
    }
    return json;
  }

  // ---- conversation ----

  function say(role, text) {
    const item = document.createElement('li');
    item.className = 'message ' + role;
    const who = document.createElement('span');
    who.className = 'visually-hidden';
    who.textContent = (role === 'user' ? t['chat.you'] : t['chat.assistant']) + ': ';
    const said = document.createElement('span');
    said.className = 'text';
    said.textContent = text;
    item.append(who, said);
    if (role === 'error') item.setAttribute('role', 'alert');
    $('log').append(item);
    item.scrollIntoView({ block: 'nearest' });
  }

  function showButtons(titles) {
    const box = $('buttons');
    box.replaceChildren(...titles.map((title) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'choice';
      button.textContent = title;
      button.addEventListener('click', () => send(title));
      return button;
    }));
  }

  async function send(text) {
    const said = text.trim();
    if (!said) return;
    say('user', said);
    showButtons([]);
    try {
      const turn = await api('POST', '/api/dialog/turns', { text: said });
      say('assistant', turn.reply.text);
      showButtons(turn.reply.buttons || []);
      showCart(turn.cart);
      showNotes(turn.notes || []);
    } catch (e) {
      say('error', format(t['chat.failed'], e.message));
    }
  }

  // ---- cart ----

  function showCart(cart) {
    if (cart.id !== state.cartId || cart.version < state.version) return;
    state.version = cart.version;
    const rows = cart.lines.map((line) => {
      const row = document.createElement('tr');
      row.dataset.productId = line.product_id;
      const unit = t['unit.' + line.unit] || line.unit;
      const price = money(line.price, cart.currency);
      const name = document.createElement('th');
      name.scope = 'row';
      name.textContent = line.name;
      // on a phone the price column gives way to "× price" under the quantity
      const each = document.createElement('span');
      each.className = 'each';
      each.setAttribute('aria-hidden', 'true');
      each.textContent = '× ' + price;
      const quantity = cell('num', numbers.format(line.quantity) + '\u00a0' + unit);
      quantity.append(each);
      row.append(name, quantity, cell('num price', price), cell('num', money(line.price * line.quantity, cart.currency)));
      return row;
    });
    $('cart-lines').tBodies[0].replaceChildren(...rows);
    $('cart-total').textContent = money(cart.total, cart.currency);
    $('cart-lines').hidden = rows.length === 0;
    $('cart-empty').hidden = rows.length > 0;
    document.body.dataset.cartVersion = String(cart.version);
  }

  function cell(className, text) {
    const td = document.createElement('td');
    td.className = className;
    td.textContent = text;
    return td;
  }

  function showNotes(notes) {
    $('notes').replaceChildren(...notes.map((note) => {
      const item = document.createElement('li');
      item.textContent = note;
      return item;
    }));
    $('notes-box').hidden = notes.length === 0;
  }

  function showStatus(name) {
    $('status').dataset.state = name;
    $('status').textContent = t['status.' + name];
  }

  /** Listens to the cart's socket: the whole cart on connect and after every change, from any channel. */
  function listen() {
    if (state.socket) {
      state.socket.onclose = null;
      state.socket.close();
    }
    showStatus('connecting');
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const socket = new WebSocket(scheme + '://' + location.host + '/ws/carts/' + encodeURIComponent(state.cartId)
      + '?token=' + encodeURIComponent(state.token));
    state.socket = socket;
    socket.onopen = () => {
      state.retries = 0;
      showStatus('live');
    };
    socket.onmessage = (event) => showCart(JSON.parse(event.data));
    socket.onclose = () => {
      showStatus('offline');
      const delay = Math.min(15000, 500 * 2 ** state.retries++);
      setTimeout(() => {
        // a token the server no longer knows is refused at every try: after a few, open a new session
        if (state.socket === socket) state.retries > 3 ? start() : listen();
      }, delay);
    };
  }

  /** Opens this browser's session (a new token each time) and follows its household cart. */
  async function start() {
    try {
      const session = await api('POST', '/api/sessions', { channel: 'web', external_id: externalId() });
      state.token = session.token;
      follow(session.cart_id);
    } catch (e) {
      showStatus('offline');
      say('error', format(t['chat.failed'], e.message));
    }
  }

  function follow(cartId) {
    state.cartId = cartId;
    state.version = -1;
    document.body.dataset.cartId = cartId;
    listen();
    // the socket sends the cart too; this shows it where a proxy holds WebSockets back
    api('GET', '/api/carts/' + encodeURIComponent(cartId)).then(showCart, () => {});
  }

  // ---- linking ----

  async function showCode() {
    try {
      const issued = await api('POST', '/api/link-codes');
      const until = new Date(issued.expires_at).toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' });
      $('code').textContent = format(t['link.code'], issued.code, until);
      $('code').dataset.code = issued.code;
    } catch (e) {
      $('link-status').textContent = e.message;
    }
  }

  async function redeem(code) {
    try {
      const joined = await api('POST', '/api/link-codes/redeem', { code });
      $('link-status').textContent = t['link.joined'];
      $('code-input').value = '';
      follow(joined.cart_id);
    } catch (e) {
      $('link-status').textContent = e.message;
    }
  }

  // ---- Siri Shortcut tokens ----

  async function issueToken(member) {
    try {
      const issued = await api('POST', '/api/tokens', { member });
      $('siri-token').textContent = format(t['siri.token'], issued.member, issued.token, location.origin + '/siri');
      $('siri-status').textContent = '';
    } catch (e) {
      $('siri-status').textContent = e.message;
    }
  }

  $('say').addEventListener('submit', (event) => {
    event.preventDefault();
    const input = $('text');
    send(input.value);
    input.value = '';
    input.focus();
  });
  $('undo').addEventListener('click', () => send(t['cart.undo_command']));
  $('show-code').addEventListener('click', showCode);
  $('redeem').addEventListener('submit', (event) => {
    event.preventDefault();
    redeem($('code-input').value.trim());
  });
  $('siri').addEventListener('submit', (event) => {
    event.preventDefault();
    issueToken($('member-input').value.trim());
  });
  start();
})();
