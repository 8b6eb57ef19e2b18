// Stored records written straight into local storage, in the app's stored format (schema 3
// envelopes), for tests that need a whole service of people with readings: entering each
// through the forms would take minutes.

const SAVED_AT = '2026-11-01T09:00:00Z';
const envelope = (data) => JSON.stringify({ schema: 3, saved_at: SAVED_AT, data });

/** A reading of the built-in children's deck: `scores` maps card ids to points 1–5; taken in
 * the conversation with id `conversation`, if given. */
export function reading(id, respondent, date, scores, conversation) {
  return {
    id,
    deck: 'built-in-young-people',
    date,
    respondent,
    ...(conversation ? { conversation } : {}),
    answers: Object.entries(scores).map(([card, score]) => ({ card, answer: { Rated: score - 1 } })),
    complete: true,
  };
}

/** A conversation of `kind` (`FirstContact`, `ThreeMonthReview`, `Review`, `Closing`) held
 * on `date`, with nothing written in it. */
export function conversation(id, kind, date) {
  return {
    id,
    kind,
    date,
    took_part: '',
    presentation: '',
    aspirations: [],
    imagined: { changed: '', behaviour: '', our_difference: '' },
    outcome_reviews: [],
  };
}

/** An outcome agreed on `agreedOn`, standing at `status` (`Achieved`, `Working` …). */
export function outcome(id, words, domain, term, status, agreedOn) {
  return {
    id,
    words,
    domain,
    term,
    target_date: '2027-06-01',
    contributors: { person: true, worker: true, carer: false, others: '' },
    steps: '',
    how_we_know: '',
    levels: [],
    checks: { person_centred: true, realistic: true, wellbeing_focused: true, collaborative: true, measurable: true },
    status,
    agreed_on: agreedOn,
  };
}

/** An unplanned outcome; `domain` may be undefined. */
export function unplanned(id, direction, date, note, domain) {
  return { id, date, direction, note, changes_the_plan: false, ...(domain ? { domain } : {}) };
}

/** A person's record: `p` has id, name, keyWorker, status, and optional conversations,
 * readings, outcomes and unplanned outcomes. */
export function person(p) {
  return {
    id: p.id,
    name: p.name,
    referral_date: p.referral ?? '2026-01-05',
    key_worker: p.keyWorker ?? '',
    carer: '',
    presentation: '',
    status: p.status ?? 'Open',
    closed_on: p.status === 'Closed' ? '2026-10-01' : null,
    revision: 1,
    conversations: p.conversations ?? [],
    outcomes: p.outcomes ?? [],
    unplanned_outcomes: p.unplanned ?? [],
    readings: p.readings ?? [],
  };
}

/** Writes `people` (records from `person`), their index, and optionally `aims` and
 * `settings` into the app's storage, then loads `path`. */
export async function seedService(page, { people, aims, settings, path = '/' }) {
  await page.goto('/');
  const items = { 'outcome-focus/index': envelope({ people: people.map((p) => ({
    id: p.id,
    name: p.name,
    key_worker: p.key_worker,
    referral_date: p.referral_date,
    status: p.status,
    first_contact: null,
    last_review: null,
  })) }) };
  for (const p of people) items[`outcome-focus/person/${p.id}`] = envelope(p);
  if (aims) items['outcome-focus/aims'] = envelope({ revision: 1, aims });
  if (settings) items['outcome-focus/settings'] = envelope({ review_interval_months: 6, revision: 1, ...settings });
  await page.evaluate((items) => {
    for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
  }, items);
  await page.goto(path);
}
