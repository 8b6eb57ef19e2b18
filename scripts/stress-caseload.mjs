// The stress caseload of `cargo bench --bench repository` (tests/bench/repository.rs) as the
// app stores it in local storage: 500 people, each with 12 finished readings of a 20-card
// deck of the service's own, and a 560-character presentation. scripts/bench.mjs stores it
// in the browser. Written out here rather than produced by the Rust code so that the
// benchmark needs no extra build. `node scripts/stress-caseload.mjs --check dump.json`
// compares it with what the Rust bench stores (see check below); when written, all 502
// values were identical, character for character.
//
//   import { stressCaseload } from './stress-caseload.mjs';
//   const { decks, people, index } = stressCaseload({ people: 500 });
//   // decks: [key, value]; people: [[key, value, indexEntry], …]; index(entries) -> [key, value]

export const PEOPLE = 500;
export const READINGS = 12;
export const CARDS = 20;
const PREFIX = 'outcome-focus';
const SCHEMA = 3;

// PersonId::generate(millis, random) writes both numbers in base 36 (src/domain/person.rs);
// DeckId::generate writes them in hex (src/domain/cards/ids.rs).
const personId = (n) => `p-${n.toString(36)}${n.toString(36)}`;
const DECK_ID = 'd-11';

const envelope = (data, savedAt) => JSON.stringify({ schema: SCHEMA, saved_at: savedAt, data });

// chrono's NaiveDate as stored: "YYYY-MM-DD".
const isoDate = (date) => date.toISOString().slice(0, 10);
const daysBefore = (date, days) => new Date(date.getTime() - days * 86_400_000);

function deck() {
  return {
    id: DECK_ID,
    name: 'Stress deck',
    // Scale::default(): five points and "Prefer not to say".
    scale: { labels: ['Not at all', 'A little', 'Sometimes', 'Mostly', 'All of the time'], prefer_not_to_say: true },
    cards: Array.from({ length: CARDS }, (_, c) => ({
      id: `card-${c + 1}`,
      statement: `I can do thing number ${c} on my own`,
      domain: 'Independence',
      // serde skips false and an empty emoji.
      ...(c % 7 === 0 ? { reverse_scored: true } : {}),
    })),
  };
}

function person(n, today) {
  const id = personId(n);
  const referral = isoDate(today);
  const readings = Array.from({ length: READINGS }, (_, r) => ({
    id: `r-${r + 1}`,
    deck: DECK_ID,
    date: isoDate(daysBefore(today, 30 * (READINGS - r))),
    respondent: ['Person', 'Worker'][r % 2],
    answers: Array.from({ length: CARDS }, (_, c) => ({ card: `card-${c + 1}`, answer: { Rated: (c + r + n) % 5 } })),
    complete: true,
  }));
  const data = {
    id,
    name: `Person ${n}`,
    referral_date: referral,
    key_worker: `Worker ${n % 12}`,
    carer: '',
    presentation: 'Needs support to get out and about; anxious in crowds. '.repeat(10).trimEnd(),
    status: 'Open',
    closed_on: null,
    // Saved once by Repository::save_person.
    revision: 1,
    conversations: [],
    outcomes: [],
    unplanned_outcomes: [],
    readings,
  };
  const entry = { id, name: data.name, key_worker: data.key_worker, referral_date: referral, status: 'Open', first_contact: null, last_review: null };
  return { data, entry };
}

/**
 * The stored values of the stress caseload. `today` is a Date (UTC day used), `savedAt` the
 * envelopes' time as RFC 3339 text.
 */
export function stressCaseload({ people = PEOPLE, today = new Date(), savedAt = new Date().toISOString() } = {}) {
  return {
    decks: [`${PREFIX}/decks`, envelope({ revision: 1, decks: [deck()] }, savedAt)],
    people: Array.from({ length: people }, (_, n) => {
      const { data, entry } = person(n, today);
      return [`${PREFIX}/person/${data.id}`, envelope(data, savedAt), entry];
    }),
    index: (entries) => [`${PREFIX}/index`, envelope({ people: entries }, savedAt)],
    personId,
    personKey: (id) => `${PREFIX}/person/${id}`,
  };
}

// `node scripts/stress-caseload.mjs --check dump.json`: dump.json is a JSON object of key ->
// stored text: serde_json of MemoryStore::snapshot() after the saves of
// tests/bench/repository.rs (today = 2026-11-22, now = 2026-11-22T09:00:00Z), with its deck
// also saved through Repository::save_decks. Exits 1 on the first difference.
async function check(file) {
  const { readFileSync } = await import('node:fs');
  const rust = JSON.parse(readFileSync(file, 'utf8'));
  const n = Object.keys(rust).filter((k) => k.includes('/person/')).length;
  const ours = stressCaseload({ people: n, today: new Date('2026-11-22T00:00:00Z'), savedAt: '2026-11-22T09:00:00Z' });
  const mine = Object.fromEntries([ours.decks, ...ours.people.map(([k, v]) => [k, v]), ours.index(ours.people.map((p) => p[2]))]);
  const keys = new Set([...Object.keys(rust), ...Object.keys(mine)]);
  for (const key of keys) {
    if (rust[key] !== mine[key]) {
      console.error(`stress-caseload: differs at ${key}\n rust: ${rust[key]?.slice(0, 300)}\n ours: ${mine[key]?.slice(0, 300)}`);
      process.exit(1);
    }
  }
  console.log(`stress-caseload: the same ${keys.size} values as the Rust bench (${n} people)`);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href && process.argv[2] === '--check') {
  await check(process.argv[3]);
}
