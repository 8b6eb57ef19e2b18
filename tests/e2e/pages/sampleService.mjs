// A small service of five children with readings, outcomes and unplanned outcomes, and its
// aims, whose dashboard figures are worked out by hand in dashboard.spec.mjs.
import { person, reading, outcome, unplanned } from './seed.mjs';

const SCHOOL = 'go-to-school';
const ME = 'like-who-i-am';
// Earliest and latest reading by the child, scores 1–5 on "I go to school most days" and
// "I like who I am". Changes on school: +2, +1, -1, +4 (Eve has one reading only); on
// "I like who I am": 0, +2, 0, -1.
export const PEOPLE = [
  person({
    id: 'p-ava', name: 'Ava', keyWorker: 'Jo',
    readings: [reading('r-1', 'Person', '2026-03-01', { [SCHOOL]: 1, [ME]: 2 }), reading('r-2', 'Person', '2026-09-01', { [SCHOOL]: 3, [ME]: 2 })],
    outcomes: [outcome('o-1', '=HYPERLINK("http://x","y")', 'Independence', 'Short', 'Achieved', '2026-03-01')],
    unplanned: [unplanned('u-1', 'Positive', '2026-05-01', 'Joined the <b>choir</b>', 'Personal development')],
  }),
  person({
    id: 'p-ben', name: 'Ben', keyWorker: 'Jo',
    readings: [reading('r-1', 'Person', '2026-03-01', { [SCHOOL]: 2, [ME]: 1 }), reading('r-2', 'Person', '2026-09-01', { [SCHOOL]: 3, [ME]: 3 })],
    outcomes: [outcome('o-1', 'I go to school every day', 'Personal development', 'Short', 'PartlyAchieved', '2026-03-01')],
  }),
  person({
    id: 'p-cal', name: 'Cal', keyWorker: 'Jo',
    readings: [reading('r-1', 'Person', '2026-03-01', { [SCHOOL]: 3, [ME]: 2 }), reading('r-2', 'Person', '2026-09-01', { [SCHOOL]: 2, [ME]: 2 })],
    outcomes: [outcome('o-1', 'I feel safe at home', 'Safety', 'Short', 'NotAchieved', '2026-03-01')],
    unplanned: [unplanned('u-1', 'Negative', '2026-06-01', 'Moved school')],
  }),
  person({
    id: 'p-dee', name: 'Dee', keyWorker: 'Sam', status: 'Closed',
    readings: [reading('r-1', 'Person', '2026-03-01', { [SCHOOL]: 1, [ME]: 4 }), reading('r-2', 'Person', '2026-09-01', { [SCHOOL]: 5, [ME]: 3 })],
    outcomes: [outcome('o-1', 'I feel safe where I live', 'Safety', 'Longer', 'Working', '2026-03-01')],
  }),
  person({ id: 'p-eve', name: 'Eve', keyWorker: 'Jo', readings: [reading('r-1', 'Person', '2026-03-01', { [SCHOOL]: 2, [ME]: 2 })] }),
];
const card = (id, percent) => ({
  Readings: { deck: 'built-in-young-people', focus: { Card: id }, respondent: 'Person', min_improvement: 1, target_percent: percent },
});
export const AIMS = [
  { id: 'a-1', words: 'Support children <script>window.pwned=1</script> to improve their educational attainment', targets: [card(SCHOOL, 60), card(ME, 40)] },
  { id: 'a-2', words: 'Help people reach the outcomes they set', targets: [{ OutcomeStatus: { term: 'Short', statuses: ['Achieved', 'PartlyAchieved'], target_percent: 70 } }] },
];
