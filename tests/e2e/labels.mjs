// Labels read whole (issue 17): no word of a table heading or chart label split across
// lines or cut short, and no two chart labels drawn over each other. Measured on the page
// as rendered, from the boxes the browser gives each word and each SVG text.
//
//   const problems = await labelProblems(page, 'the dashboard at 320×568');
//   expect(problems).toEqual([]);
//
// Each problem names the page, the text and what is wrong with it, so a failure reads as a
// list of the labels to fix.

/** Every way the table headings and chart labels of `page` fail to read whole, each a
 * sentence starting with `where`. */
export async function labelProblems(page, where) {
  const found = await page.evaluate(findLabelProblems);
  return found.map((problem) => `${where}: ${problem}`);
}

/** Runs in the page: the headings (`th`), the captions of scrolling tables and every SVG
 * text of `main`. */
function findLabelProblems() {
  const TOLERANCE = 1;
  const problems = [];
  const root = document.querySelector('main') ?? document.body;
  const quote = (text) => {
    const flat = text.replace(/\s+/g, ' ').trim();
    return `“${flat.length > 70 ? `${flat.slice(0, 67)}...` : flat}”`;
  };
  const shown = (el) => {
    const box = el.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) return false;
    // Text only for screen readers (1 px, clipped) has no words to see.
    return !el.closest('.visually-hidden');
  };
  const overlap = (a, b) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > TOLERANCE &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > TOLERANCE;
  const truncated = (text) => /(…|\.\.\.)$/.test(text.trim());

  // Words the page writes whole outside its chart pictures: a chart's table, caption and
  // title hold every statement, domain and name the chart labels, so a word of a chart label
  // that is not one of them but the start or end of one was cut from it ("wellbe", "mes").
  const known = new Set();
  const learn = (text) => {
    for (const word of text.split(/\s+/)) {
      const bare = bareWord(word);
      if (bare) known.add(bare);
    }
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || (parent.closest('svg') && !parent.closest('title'))) continue;
    learn(node.data);
  }
  const partOfAKnownWord = (piece) => {
    for (const word of known) {
      if (word.length > piece.length && (word.startsWith(piece) || word.endsWith(piece))) return true;
    }
    return false;
  };
  // Short forms an axis may use whatever the tables say.
  const alwaysWhole = (word) =>
    /^[+−-]?\d+([.,]\d+)?%?$/.test(word) ||
    /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)$/.test(word);

  // Headings of tables: each word on one line, inside its own cell, nothing clipped.
  for (const th of root.querySelectorAll('th')) {
    if (!shown(th)) continue;
    const cell = th.getBoundingClientRect();
    const words = th.ownerDocument.createTreeWalker(th, NodeFilter.SHOW_TEXT);
    for (let node = words.nextNode(); node; node = words.nextNode()) {
      if (node.parentElement && !shown(node.parentElement)) continue;
      for (const match of node.data.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0.5);
        const lines = new Set(rects.map((r) => Math.round(r.top)));
        if (lines.size > 1) {
          problems.push(
            `table heading ${quote(th.textContent)}: the word “${match[0]}” is split across ${lines.size} lines`,
          );
        }
        for (const r of rects) {
          if (r.right > cell.right + TOLERANCE || r.left < cell.left - TOLERANCE) {
            problems.push(
              `table heading ${quote(th.textContent)}: the word “${match[0]}” runs out of its cell`,
            );
            break;
          }
        }
      }
    }
    if (truncated(th.textContent)) {
      problems.push(`table heading ${quote(th.textContent)} is cut short with an ellipsis`);
    }
    for (const el of [th, ...th.querySelectorAll('*')]) {
      const style = getComputedStyle(el);
      const clips = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
      if (clips && el.scrollWidth > el.clientWidth + TOLERANCE) {
        problems.push(`table heading ${quote(th.textContent)} is clipped: its words are wider than its box`);
        break;
      }
    }
  }

  // Captions of tables that scroll sideways: in view, not scrolled off with the table.
  for (const caption of root.querySelectorAll('caption')) {
    const region = caption.closest('[role="region"]');
    if (!region || !shown(caption)) continue;
    const box = caption.getBoundingClientRect();
    const room = region.getBoundingClientRect();
    if (box.right > room.right + TOLERANCE || box.left < room.left - TOLERANCE) {
      problems.push(`table caption ${quote(caption.textContent)} runs out of sight of its scrolling region`);
    }
  }

  // Chart labels: every SVG text whole, inside the picture, and clear of every other label.
  const charts = [...root.querySelectorAll('svg')].filter(
    (svg) => shown(svg) && svg.querySelector('text'),
  );
  charts.forEach((svg, n) => {
    const name = svg.querySelector('title')?.textContent ?? `chart ${n + 1}`;
    const chart = `chart ${quote(name)}`;
    const picture = svg.getBoundingClientRect();
    const labels = [...svg.querySelectorAll('text')]
      .map((text) => ({ text: text.textContent.trim(), box: text.getBoundingClientRect() }))
      .filter((label) => label.text && label.box.width > 0);
    for (const { text, box } of labels) {
      if (truncated(text)) {
        problems.push(`${chart}: the label ${quote(text)} is cut short with an ellipsis`);
      }
      const outside =
        box.left < picture.left - TOLERANCE ||
        box.right > picture.right + TOLERANCE ||
        box.top < picture.top - TOLERANCE ||
        box.bottom > picture.bottom + TOLERANCE;
      if (outside) {
        problems.push(`${chart}: the label ${quote(text)} runs outside the picture`);
      }
      for (const word of text.split(/\s+/)) {
        const bare = bareWord(word);
        if (bare && !known.has(bare) && !alwaysWhole(bare) && partOfAKnownWord(bare)) {
          problems.push(
            `${chart}: the label ${quote(text)} has “${word}”, a piece of a longer word on the page`,
          );
        }
      }
    }
    for (let i = 0; i < labels.length; i += 1) {
      for (let j = i + 1; j < labels.length; j += 1) {
        if (overlap(labels[i].box, labels[j].box)) {
          problems.push(
            `${chart}: the labels ${quote(labels[i].text)} and ${quote(labels[j].text)} overlap`,
          );
        }
      }
    }
  });
  return problems;

  /** A word without the punctuation around it, in lower case; "" for none. */
  function bareWord(word) {
    return word
      .replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '')
      .toLowerCase();
  }
}
