/*
 * Page-side driver of bench/content.ts: the "Outlook" that mutates its own DOM. Plain JS, inlined
 * into the page as a classic script by bench/content-page.ts (a TypeScript function serialised
 * with toString() would carry tsx's __name helpers, which do not exist in the page).
 *
 * It only defines window.__bench; nothing happens until bench/content.ts calls it. Every choice
 * comes from a seeded PRNG and the number of ticks is fixed, so the run without the extension and
 * the run with it do exactly the same DOM work, whatever either one's speed.
 */
(() => {
  const data = window.__BENCH_DATA__;
  const P = data.pools;
  const MARK = data.mark;
  const BOUNCE = /^(Undeliverable|配信不能):/;

  const listbox = document.querySelector('[role="listbox"]');
  /** Mirror of listbox.children, so picking a random row costs the same in both runs. */
  const rows = Array.from(listbox.children);
  /**
   * Outlook's list is virtualised: it draws only the rows in view. Here all rows stay in the DOM
   * (what the content script sees and scans), but only the first VISIBLE are drawn; the others are
   * `hidden`. Without this, every frame lays out and pre-paints 3,000 rows (~25–50 ms a frame on
   * a CI machine), which is not what Outlook's page costs and starves the driver's ticks.
   */
  const VISIBLE = 40;
  rows.forEach((row, i) => {
    row.hidden = i >= VISIBLE;
  });
  const paneTitle = document.querySelector('#ItemReadingPaneContainer [role="heading"] span[title]');
  const paneBody = document.getElementById('UniqueMessageBody_1');
  const tpl = document.createElement('template');

  // mulberry32, the same generator as bench/content-page.ts
  let a = data.seed >>> 0;
  function rand() {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  const pick = (arr) => arr[Math.floor(rand() * arr.length)];
  const anyRow = () => rows[Math.floor(rand() * rows.length)];

  let serial = data.firstSerial;
  let bounces = 0;
  let selected = null;
  let hovered = null;

  function item(bounce) {
    const tail = (serial++).toString(36).toUpperCase().padStart(6, '0');
    const sender = bounce ? P.bounceSender : pick(P.senders);
    const subject = bounce ? P.bouncePrefixes[bounces % 2] + pick(P.subjects) : pick(P.subjects);
    const preview = bounce ? P.bouncePreviews[bounces % 2] : pick(P.previews);
    const time = pick(P.times);
    return {
      id: `AAMkAGI2TG93AAA${tail}=`,
      convid: `AAQkAGI2TG93Conv${tail}`,
      label: `${sender.name} ${subject} ${time} ${preview}`,
      name: sender.name,
      initial: [...sender.name][0],
      address: sender.address,
      subject,
      preview,
      time,
    };
  }

  const esc = (s) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  /** A brand-new row node, as React would create it. */
  function createRow(it) {
    tpl.innerHTML = data.template.replace(/\{(\w+)\}/g, (_, k) => esc(it[k]));
    return tpl.content.firstElementChild;
  }
  // In every row: spans[0] avatar, [1] initial, [2] sender, [3] subject, [4] preview, [5] time.
  // The extension's hosts are spans too (with data-oumail-help): they are left out, so these
  // indices hold with the extension. Every mode runs the same filter.
  const spans = (row) => Array.prototype.filter.call(row.getElementsByTagName('span'), (s) => !s.hasAttribute('data-oumail-help'));

  /** A recycled row node: same element, new message (Outlook's virtualised list does this). */
  function refill(row, it) {
    row.id = it.id;
    row.setAttribute('data-convid', it.convid);
    row.setAttribute('aria-label', it.label);
    const s = spans(row);
    s[0].setAttribute('aria-label', it.name);
    s[1].firstChild.data = it.initial;
    s[2].title = it.address;
    s[2].firstChild.data = it.name;
    s[3].firstChild.data = it.subject;
    s[4].firstChild.data = it.preview;
    s[5].title = it.time;
    s[5].firstChild.data = it.time;
  }

  function addTop(row) {
    row.hidden = false;
    listbox.prepend(row);
    rows.unshift(row);
    if (rows.length > VISIBLE) rows[VISIBLE].hidden = true;
  }
  function addBottom(row) {
    row.hidden = true;
    listbox.append(row);
    rows.push(row);
  }
  /** Take the top row out of the list (the row below the window comes into view). */
  function takeTop() {
    const row = rows.shift();
    if (rows.length >= VISIBLE) rows[VISIBLE - 1].hidden = false;
    return row;
  }

  /** One of Outlook's everyday changes, chosen by the PRNG. */
  function op() {
    const r = rand();
    if (r < 0.12) {
      // subject re-rendered in place (characterData)
      spans(anyRow())[3].firstChild.data = pick(P.subjects);
    } else if (r < 0.24) {
      // preview replaced (childList)
      spans(anyRow())[4].textContent = pick(P.previews);
    } else if (r < 0.34) {
      // relative time ticks over ("9:41 AM" → "Yesterday"): attribute + text
      const s = spans(anyRow())[5];
      const time = pick(P.times);
      s.title = time;
      s.firstChild.data = time;
    } else if (r < 0.5) {
      // selection moves (attributes and a class: not childList/characterData)
      if (selected) selected.setAttribute('aria-selected', 'false');
      selected = anyRow();
      selected.setAttribute('aria-selected', 'true');
    } else if (r < 0.68) {
      // hover moves
      if (hovered) hovered.classList.remove('hover');
      hovered = anyRow();
      hovered.classList.add('hover');
    } else if (r < 0.76) {
      // read / unread
      const row = anyRow();
      const unread = row.classList.toggle('unread');
      row.firstChild.firstChild.firstChild.firstChild.firstChild.setAttribute('title', unread ? 'Mark as read' : 'Mark as unread');
    } else if (r < 0.82) {
      // checkbox
      const box = anyRow().querySelector('[role="checkbox"]');
      box.setAttribute('aria-checked', box.getAttribute('aria-checked') === 'true' ? 'false' : 'true');
    } else {
      // virtualised scrolling: k rows leave one end, k rows appear at the other
      const k = 1 + Math.floor(rand() * 3);
      const down = rand() < 0.5;
      const recycle = rand() < 0.5;
      for (let i = 0; i < k; i++) {
        const gone = down ? takeTop() : rows.pop();
        if (recycle) {
          refill(gone, item(false));
          if (down) addBottom(gone);
          else addTop(gone);
        } else {
          gone.remove();
          const row = createRow(item(false));
          if (down) addBottom(row);
          else addTop(row);
        }
      }
    }
  }

  function insertBounce() {
    const it = item(true);
    let row;
    if (bounces % 2 === 0) {
      row = createRow(it);
      addTop(row);
    } else {
      row = rows.pop(); // a recycled node that now shows a bounce
      refill(row, it);
      addTop(row);
    }
    bounces++;
    return row;
  }

  function changePane() {
    const it = item(false);
    paneTitle.title = it.subject;
    paneTitle.firstChild.data = it.subject;
    paneBody.innerHTML = pick(P.paneBodies);
    history.pushState(null, '', `/mail/inbox/id/${encodeURIComponent(it.id)}`);
  }

  function summary(samples) {
    const s = [...samples].sort((x, y) => x - y);
    const q = (p) => (s.length ? s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] : 0);
    return { n: s.length, sum: s.reduce((x, y) => x + y, 0), p50: q(0.5), p95: q(0.95), p99: q(0.99), max: s.length ? s[s.length - 1] : 0 };
  }

  /**
   * One phase: `ticks` ticks, one every `tickMs` (scheduled against the clock; a late tick runs at
   * once, so the work is fixed and only the wall time may grow; `late` counts ticks that started
   * more than 20 ms behind their time). Each tick does 1–4 ops; every
   * `bounceEvery` ticks a bounce row is added last; every `paneEvery` ticks the pane changes.
   *
   * After each tick's ops one microtask is queued. A MutationObserver's callback runs in the
   * "notify mutation observers" microtask, which is queued at the tick's first observed mutation,
   * i.e. before ours; observers of every world (the content script's isolated world included) are
   * notified in that one microtask. So when ours runs, the content script has already handled the
   * tick: `now − end of ops` is the time spent in MutationObserver callbacks for that tick
   * (≈0 without the extension), and for a bounce tick the marker is either there already
   * (latency = now − insertion) or, if the script ever deferred its work, polled for with
   * setTimeout(0) until it appears (up to 2 s, then counted as missed). No observer of our own,
   * nothing running between ticks.
   */
  function run({ ticks, tickMs, bounceEvery, paneEvery, expectMarker }) {
    return new Promise((resolve) => {
      const hop = [];
      const latency = [];
      let late = 0;
      let opsMs = 0;
      let missed = 0;
      let deferred = 0;
      let pending = 0;
      let nOps = 0;
      let i = 0;
      const start = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => tick();

      function tick() {
        const began = performance.now();
        if (began - (start + i * tickMs) > 20) late++;
        const n = 1 + Math.floor(rand() * 4);
        for (let j = 0; j < n; j++) op();
        nOps += n;
        if (paneEvery && i % paneEvery === paneEvery - 1) changePane();
        let bounceRow = null;
        let inserted = 0;
        if (i % bounceEvery === Math.floor(bounceEvery / 2)) {
          inserted = performance.now();
          bounceRow = insertBounce();
        }
        opsMs += performance.now() - began;

        i++;
        if (i >= ticks) setTimeout(finish, 0);
        else {
          const wait = start + i * tickMs - performance.now();
          // Behind schedule: a message, which (unlike a nested setTimeout) is not clamped to 4 ms.
          if (wait > 0) setTimeout(tick, wait);
          else channel.port2.postMessage(null);
        }

        // Last thing in the task: from here to our microtask is observer delivery, nothing else.
        const end = performance.now();
        queueMicrotask(() => {
          const now = performance.now();
          hop.push(now - end);
          if (!bounceRow) return;
          if (bounceRow.querySelector(MARK)) latency.push(now - inserted);
          else if (expectMarker) {
            deferred++;
            pending++;
            const poll = () => {
              if (bounceRow.querySelector(MARK)) {
                latency.push(performance.now() - inserted);
                pending--;
              } else if (performance.now() - inserted > 2000) {
                missed++;
                pending--;
              } else setTimeout(poll, 0);
            };
            setTimeout(poll, 0);
          }
        });
      }

      function finish() {
        if (pending > 0) return void setTimeout(finish, 10);
        channel.port1.close();
        resolve({
          ticks,
          ops: nOps,
          wallMs: performance.now() - start,
          late,
          opsMs,
          hop: summary(hop),
          latency: summary(latency),
          latencies: latency,
          deferred,
          missed,
          bounces,
          check: check(),
        });
      }
      setTimeout(tick, 0);
    });
  }

  /** Does every bounce row on the page, and only those, carry exactly one marker? */
  function check() {
    let bounceRows = 0;
    let marked = 0;
    let stray = 0;
    for (const row of rows) {
      const n = row.querySelectorAll(MARK).length;
      if (BOUNCE.test(spans(row)[3].firstChild.data)) {
        bounceRows++;
        if (n === 1) marked++;
      } else if (n > 0) stray++;
    }
    return { rows: rows.length, bounceRows, marked, stray, markers: document.querySelectorAll(MARK).length };
  }

  /** Before measuring: is the content script watching? A bounce row in, its marker awaited, out. */
  function probe(expectMarker, timeoutMs) {
    const row = createRow({
      id: 'AAMkProbe=',
      convid: 'AAQkProbe',
      label: 'probe',
      name: 'Microsoft Outlook',
      initial: 'M',
      address: P.bounceSender.address,
      subject: 'Undeliverable: probe',
      preview: 'probe',
      time: 'Mon',
    });
    listbox.prepend(row);
    const t0 = performance.now();
    return new Promise((resolve) => {
      const poll = () => {
        const found = !!row.querySelector(MARK);
        if (found || !expectMarker || performance.now() - t0 > timeoutMs) {
          row.remove();
          resolve(found);
        } else setTimeout(poll, 10);
      };
      setTimeout(poll, 0);
    });
  }

  window.__bench = { run, probe, check, isolated: () => self.crossOriginIsolated };
})();
