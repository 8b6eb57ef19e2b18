use super::*;

#[test]
fn life_story_work_is_the_seeds_worked_example() {
    let example = life_story_work();
    let columns: Vec<(&str, Vec<&str>)> = example
        .work
        .columns()
        .iter()
        .map(|(heading, items)| (*heading, items.iter().map(String::as_str).collect()))
        .collect();
    assert_eq!(
        columns,
        [
            (
                "Inputs",
                vec![
                    "Photographs",
                    "A book",
                    "Family-tree information",
                    "Notes on history"
                ]
            ),
            (
                "Processes",
                vec![
                    "Planned sessions",
                    "Visits to key places",
                    "Interviews with family and professionals"
                ]
            ),
            ("Outputs", vec!["A coherent life story book"]),
            (
                "Outcomes",
                vec![
                    "Improved sense of identity and origin",
                    "Readiness to move on"
                ]
            ),
        ]
    );
    assert_eq!(example.work.name, "Life story work");
    let service = &example.service_side;
    assert_eq!(
        service.outputs,
        ["All children in long-term placements have a life story book"]
    );
    assert_eq!(
        service.outcomes,
        ["Children are prepared for moving on", "Matching is quicker"]
    );
    // The example passes the form's own checks.
    let [i, p, o, c] = example.work.lines();
    assert_eq!(
        LogicModel::from_lines(&example.work.name, [&i, &p, &o, &c]),
        Ok(example.work)
    );
}

#[test]
fn the_form_takes_one_item_a_line() {
    fn check(name: &str, columns: [&str; 4], expected: Result<[usize; 4], &[&str]>) {
        let got = LogicModel::from_lines(name, columns);
        match (got, expected) {
            (Ok(model), Ok(counts)) => {
                assert_eq!(
                    model.columns().map(|(_, items)| items.len()),
                    counts,
                    "{columns:?}"
                )
            }
            (Err(errors), Err(fields)) => {
                let got: Vec<&str> = errors.iter().map(LogicModelError::field).collect();
                assert_eq!(got, fields, "{name:?} {columns:?}");
            }
            (got, _) => panic!("{name:?} {columns:?}: got {got:?}"),
        }
    }
    check(
        "Our service",
        ["Staff\n\n  Rooms  \n", "", "Sessions", "Confidence"],
        Ok([2, 0, 1, 1]),
    );
    check("  ", ["", "", "", ""], Err(&["logic-model-name"]));
    check(
        &"n".repeat(121),
        ["", "", "", ""],
        Err(&["logic-model-name"]),
    );
    let long = "x".repeat(301);
    check("Ours", ["", &long, "", ""], Err(&["logic-model-processes"]));
    let many = vec!["item"; 31].join("\n");
    check("Ours", ["", "", "", &many], Err(&["logic-model-outcomes"]));
    assert_eq!(
        LogicModelError::TooManyItems(3).to_string(),
        "Outcomes: keep to 30 lines or fewer."
    );
}

#[test]
fn pieces_of_work_get_new_ids_and_are_replaced_by_id() {
    let mut models = LogicModels::default();
    assert_eq!(models.next_id(), "w-1");
    models.upsert(life_story_work());
    let mut another = life_story_work();
    another.id = models.next_id();
    another.work.name = "Another".into();
    models.upsert(another);
    assert_eq!(models.next_id(), "w-3");
    let mut renamed = life_story_work();
    renamed.work.name = "Life story work (ours)".into();
    models.upsert(renamed);
    assert_eq!(models.pieces_of_work.len(), 2);
    assert_eq!(models.pieces_of_work[0].work.name, "Life story work (ours)");
    assert!(models.remove("w-2") && !models.remove("w-2"));
}
