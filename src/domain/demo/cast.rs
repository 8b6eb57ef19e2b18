//! The fictional people of the demonstration service, as a trainer would describe them:
//! who they are, what matters to them, the outcomes agreed, how each went, and what nobody
//! planned. Any likeness to a real person is chance.

use crate::domain::conversation::Direction;
use crate::domain::outcome::{OutcomeStatus, Term};

use OutcomeStatus::{Achieved, Changed, NotAchieved, PartlyAchieved, Working};
use Term::{Longer, Short};

/// An outcome agreed at the first conversation (or at the later review, when the plan
/// changed), and where it stood after each review.
pub struct Planned {
    pub words: &'static str,
    pub domain: &'static str,
    pub term: Term,
    /// Goal-attainment levels −2 … +2, when the outcome uses them.
    pub levels: Option<[&'static str; 5]>,
    /// After the 3-month review, then after the later review.
    pub statuses: [OutcomeStatus; 2],
}

/// An unplanned outcome, recorded between the 3-month review and the later one.
pub struct Change {
    pub direction: Direction,
    pub note: &'static str,
    pub changes_the_plan: bool,
    pub domain: &'static str,
}

/// One fictional person.
pub struct Member {
    pub name: &'static str,
    /// Read the children's deck (and counted by the children's aim) rather than the adults'.
    pub child: bool,
    pub key_worker: &'static str,
    pub carer: &'static str,
    pub presentation: &'static str,
    pub took_part: &'static str,
    pub aspirations: &'static [&'static str],
    /// What has changed, what we would see, what difference we made: imagined together.
    pub imagined: [&'static str; 3],
    pub outcomes: &'static [Planned],
    /// Months from the first conversation to today.
    pub started_months_ago: u32,
    /// Days from the later review to today: it sets when the next review falls due.
    pub later_review_days_ago: u64,
    pub changes: &'static [Change],
    /// Agreed at the later review because the plan changed.
    pub added: Option<Planned>,
    /// The person's scores (0 … 4) at baseline, 3 months and the later review on the card
    /// the service's first target of their deck measures: going to school for a child, the
    /// independence cards for an adult.
    pub first_card: [u8; 3],
    /// The same for the second: liking who they are for a child, not feeling lonely for an
    /// adult.
    pub second_card: [u8; 3],
    /// How far the other cards move between baseline and the later review, in points.
    pub progress: u8,
    /// Closed this many days ago, after the later review.
    pub closed_days_ago: Option<u64>,
}

const fn planned(
    words: &'static str,
    domain: &'static str,
    term: Term,
    statuses: [OutcomeStatus; 2],
) -> Planned {
    Planned {
        words,
        domain,
        term,
        levels: None,
        statuses,
    }
}

const fn scaled(
    words: &'static str,
    domain: &'static str,
    term: Term,
    levels: [&'static str; 5],
    statuses: [OutcomeStatus; 2],
) -> Planned {
    Planned {
        levels: Some(levels),
        ..planned(words, domain, term, statuses)
    }
}

/// Everyone in the demo: four children, six adults, one case closed.
pub const CAST: [Member; 10] = [
    Member {
        name: "Mia T.",
        child: true,
        key_worker: "Sam Okafor",
        carer: "Jo and Dev (foster carers)",
        presentation: "Age 9. In long-term foster care with Jo and Dev for two years. Often asks \
            why she cannot live with her birth mum; misses school when upset.",
        took_part: "Mia, Jo (foster carer), Sam",
        aspirations: &["To know why I live with Jo and Dev", "To have a best friend at school"],
        imagined: [
            "Mia can tell her story in her own words",
            "She goes to school happily and talks about her friends",
            "Life story sessions every fortnight, and time with her teacher",
        ],
        outcomes: &[
            scaled(
                "I know the story of why I live with Jo and Dev",
                "Identity and belonging",
                Longer,
                [
                    "Does not talk about her past",
                    "Asks a few questions about her past",
                    "Has a life story book and can tell her story with help",
                    "Tells her story in her own words",
                    "Shares her story with people she chooses",
                ],
                [Working, Achieved],
            ),
            planned("I go to school every day", "Personal development", Short, [PartlyAchieved, Achieved]),
            planned("I have a friend to play with at break", "Social connection", Short, [Achieved, Achieved]),
        ],
        started_months_ago: 12,
        later_review_days_ago: 200,
        changes: &[Change {
            direction: Direction::Positive,
            note: "Joined the school choir and sang at the spring concert.",
            changes_the_plan: false,
            domain: "Social connection",
        }],
        added: None,
        first_card: [2, 3, 4],
        second_card: [1, 1, 1],
        progress: 2,
        closed_days_ago: None,
    },
    Member {
        name: "Jayden R.",
        child: true,
        key_worker: "Sam Okafor",
        carer: "Mrs Adeyemi (foster carer)",
        presentation: "Age 14. Third placement in two years. Walks out of lessons; excluded \
            twice this term. Says nobody listens to him.",
        took_part: "Jayden, Sam",
        aspirations: &["To be left alone by teachers", "To stay somewhere long enough to settle"],
        imagined: [
            "Jayden stays in class and has one teacher he trusts",
            "He comes home on time and talks about his day",
            "A mentor at school and a weekly session with Sam",
        ],
        outcomes: &[
            planned("I stay in my lessons instead of walking out", "Personal development", Short, [NotAchieved, NotAchieved]),
            planned("I feel settled where I live", "Safety", Longer, [Working, Changed]),
        ],
        started_months_ago: 11,
        later_review_days_ago: 60,
        changes: &[Change {
            direction: Direction::Negative,
            note: "The placement broke down after an argument; Jayden moved to new carers at a \
                day's notice. The plan for settling where he lives starts again.",
            changes_the_plan: true,
            domain: "Safety",
        }],
        added: Some(planned(
            "I get to know my new carers and tell them what I need",
            "Social connection",
            Short,
            [Working, Working],
        )),
        first_card: [1, 1, 1],
        second_card: [2, 1, 2],
        progress: 0,
        closed_days_ago: None,
    },
    Member {
        name: "Aisha K.",
        child: true,
        key_worker: "Priya Nair",
        carer: "Mum",
        presentation: "Age 11. Anxious about school since moving up to secondary; some days \
            she cannot leave the house. Sleeps in her mum's bed.",
        took_part: "Aisha, her mum, Priya",
        aspirations: &["To walk to school with my friend", "To not feel sick every morning"],
        imagined: [
            "Aisha gets to school most days and stays all day",
            "She tells her mum or a teacher when she feels worried",
            "Worry work with Priya, and a plan agreed with school",
        ],
        outcomes: &[
            scaled(
                "I walk into school with my friend in the morning",
                "Personal development",
                Short,
                [
                    "Does not get to school",
                    "Gets to school with her mum some days",
                    "Walks in with her friend three days a week",
                    "Walks in with her friend most days",
                    "Walks in every day and stays for after-school club",
                ],
                [Achieved, Achieved],
            ),
            planned("I tell someone when I feel worried", "Health and wellbeing", Short, [PartlyAchieved, Achieved]),
            planned("I sleep in my own bed", "Health and wellbeing", Longer, [Working, PartlyAchieved]),
        ],
        started_months_ago: 13,
        later_review_days_ago: 175,
        changes: &[],
        added: None,
        first_card: [0, 2, 3],
        second_card: [1, 2, 3],
        progress: 2,
        closed_days_ago: None,
    },
    Member {
        name: "Leo M.",
        child: true,
        key_worker: "Priya Nair",
        carer: "Grandad (kinship carer)",
        presentation: "Age 7. Lives with his grandad since his dad went to prison. Quiet at \
            school; finds mornings hard.",
        took_part: "Leo, his grandad, Priya",
        aspirations: &["To play football with the other children", "To see my dad"],
        imagined: [
            "Leo is ready for school on time and joins in at the park",
            "He chats about his friends at tea time",
            "A morning routine chart and a place at the Saturday football club",
        ],
        outcomes: &[
            planned("I can get myself dressed for school", "Independence", Short, [Achieved, Achieved]),
            planned("I play with other children at the park", "Social connection", Longer, [Working, Working]),
        ],
        started_months_ago: 10,
        later_review_days_ago: 30,
        changes: &[],
        added: None,
        first_card: [2, 2, 3],
        second_card: [2, 2, 2],
        progress: 1,
        closed_days_ago: None,
    },
    Member {
        name: "Ravi P.",
        child: false,
        key_worker: "Chris Hall",
        carer: "",
        presentation: "Age 72. Lives alone since a stroke in the spring; weak on his left side. \
            Has stopped going out and eats mostly sandwiches.",
        took_part: "Ravi, his daughter (by phone), Chris",
        aspirations: &["To get to the corner shop and the temple again", "To see my grandchildren every week"],
        imagined: [
            "Ravi goes out on his own and cooks for himself",
            "His grandchildren visit on Sundays and he cooks for them",
            "Physiotherapy exercises and support to plan the walk",
        ],
        outcomes: &[
            scaled(
                "I get to the corner shop on my own",
                "Independence",
                Short,
                [
                    "Does not go out alone",
                    "Walks to the end of the road",
                    "Walks to the shop with someone beside him",
                    "Walks to the shop on his own",
                    "Walks to the shop and on to the temple",
                ],
                [PartlyAchieved, Achieved],
            ),
            planned("I see my grandchildren every week", "Social connection", Longer, [Working, Achieved]),
            planned("I cook a hot meal for myself", "Independence", Longer, [Working, PartlyAchieved]),
        ],
        started_months_ago: 12,
        later_review_days_ago: 190,
        changes: &[Change {
            direction: Direction::Negative,
            note: "A fall in the bathroom. Not badly hurt, but he lost confidence for a few \
                weeks; a grab rail was fitted.",
            changes_the_plan: false,
            domain: "Safety",
        }],
        added: None,
        first_card: [1, 2, 3],
        second_card: [1, 2, 3],
        progress: 2,
        closed_days_ago: None,
    },
    Member {
        name: "Grace O.",
        child: false,
        key_worker: "Chris Hall",
        carer: "",
        presentation: "Age 45. Long history of depression; since losing her job she rarely \
            leaves the flat. Letters about benefits pile up unopened.",
        took_part: "Grace, Chris",
        aspirations: &["To sing again", "To stop dreading the post"],
        imagined: [
            "Grace has somewhere to be each week and people who expect her",
            "She opens her post and knows what to do with it",
            "Going with her to the first choir practice; help to sort the letters",
        ],
        outcomes: &[
            planned("I go to the community choir on Thursdays", "Social connection", Short, [Achieved, Achieved]),
            planned("I feel less alone in the evenings", "Health and wellbeing", Longer, [Working, PartlyAchieved]),
            planned("I understand the letters about my benefits", "Independence", Short, [NotAchieved, PartlyAchieved]),
        ],
        started_months_ago: 11,
        later_review_days_ago: 90,
        changes: &[Change {
            direction: Direction::Positive,
            note: "Started volunteering at the food bank on Tuesdays, through a friend from the choir.",
            changes_the_plan: false,
            domain: "Personal development",
        }],
        added: None,
        first_card: [2, 2, 2],
        second_card: [0, 1, 3],
        progress: 1,
        closed_days_ago: None,
    },
    Member {
        name: "Tom B.",
        child: false,
        key_worker: "Alex Morgan",
        carer: "Mum",
        presentation: "Age 30. Learning disability. Moving from his mum's house to supported \
            living; mum does most things for him.",
        took_part: "Tom, his mum, Alex",
        aspirations: &["To have my own place", "To go to college on my own like my friends"],
        imagined: [
            "Tom chooses his meals and travels to college by himself",
            "He tells his mum about his week instead of her planning it",
            "Travel training, and a picture menu for the week",
        ],
        outcomes: &[
            planned("I choose what I eat each day", "Independence", Short, [Achieved, Achieved]),
            scaled(
                "I travel to college on the bus by myself",
                "Independence",
                Longer,
                [
                    "Is driven to college",
                    "Takes the bus with a support worker",
                    "Takes the bus with a worker following at a distance",
                    "Takes the bus by himself",
                    "Takes the bus by himself to college and to town",
                ],
                [Working, Achieved],
            ),
            planned("I have a friend I see outside college", "Social connection", Longer, [Working, Working]),
        ],
        started_months_ago: 12,
        later_review_days_ago: 170,
        changes: &[Change {
            direction: Direction::Positive,
            note: "Got a Saturday job at the garden centre, which he found himself.",
            changes_the_plan: false,
            domain: "Personal development",
        }],
        added: None,
        first_card: [1, 2, 3],
        second_card: [2, 2, 3],
        progress: 2,
        closed_days_ago: None,
    },
    Member {
        name: "Maureen K.",
        child: false,
        key_worker: "Alex Morgan",
        carer: "Linda (daughter)",
        presentation: "Age 81. Early dementia. Lives alone; her daughter visits daily. Frightened \
            at night and has rung 999 twice.",
        took_part: "Maureen, Linda, Alex",
        aspirations: &["To stay in my own home", "To keep going to the lunch club"],
        imagined: [
            "Maureen sleeps through and feels safe in her home",
            "She keeps her Wednesday lunches with her friends",
            "A night-time routine, a pendant alarm, and transport to the club",
        ],
        outcomes: &[
            planned("I feel safe at home at night", "Safety", Short, [PartlyAchieved, PartlyAchieved]),
            planned("I keep going to the lunch club", "Social connection", Longer, [Working, NotAchieved]),
        ],
        started_months_ago: 10,
        later_review_days_ago: 45,
        changes: &[],
        added: None,
        first_card: [2, 2, 1],
        second_card: [1, 1, 1],
        progress: 0,
        closed_days_ago: None,
    },
    Member {
        name: "Daniel W.",
        child: false,
        key_worker: "Chris Hall",
        carer: "",
        presentation: "Age 38. Left prison six months ago; in his first tenancy after a hostel. \
            Wants contact with his son.",
        took_part: "Daniel, Chris",
        aspirations: &["To keep my flat", "To be a proper dad to my boy"],
        imagined: [
            "Daniel pays his rent and his flat is his home",
            "His son stays every other weekend",
            "Help with budgeting, and support through the contact arrangements",
        ],
        outcomes: &[
            scaled(
                "I keep my flat and pay the rent",
                "Independence",
                Longer,
                [
                    "Rent arrears and a warning letter",
                    "Pays some of the rent most months",
                    "Pays the rent every month",
                    "Pays the rent and has a little saved",
                    "Pays the rent, has savings and a budget he keeps to",
                ],
                [Working, PartlyAchieved],
            ),
            planned("I see my son every other weekend", "Identity and belonging", Longer, [Working, Achieved]),
            planned("I get to my GP appointments", "Health and wellbeing", Short, [Achieved, Achieved]),
        ],
        started_months_ago: 14,
        later_review_days_ago: 120,
        changes: &[Change {
            direction: Direction::Negative,
            note: "Lost his job when the warehouse closed; two months behind with the rent.",
            changes_the_plan: false,
            domain: "Independence",
        }],
        added: None,
        first_card: [0, 1, 2],
        second_card: [1, 1, 2],
        progress: 1,
        closed_days_ago: None,
    },
    Member {
        name: "Helen S.",
        child: false,
        key_worker: "Alex Morgan",
        carer: "",
        presentation: "Age 52. Cares for her husband after his brain injury; exhausted, \
            has given up her own interests.",
        took_part: "Helen, Alex",
        aspirations: &["An afternoon that is mine", "To feel I can ask for help without failing"],
        imagined: [
            "Helen has regular time for herself and sleeps better",
            "She books respite herself when she needs it",
            "A carer's assessment and a sitting service on Fridays",
        ],
        outcomes: &[
            planned("I have an afternoon a week for myself", "Health and wellbeing", Short, [Achieved, Achieved]),
            planned("I feel confident to ask for help", "Identity and belonging", Longer, [Working, Achieved]),
        ],
        started_months_ago: 12,
        later_review_days_ago: 40,
        changes: &[],
        added: None,
        first_card: [2, 3, 3],
        second_card: [1, 2, 3],
        progress: 2,
        closed_days_ago: Some(14),
    },
];
