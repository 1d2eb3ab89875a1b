//! Black-box parsing tests: each input is parsed and rendered in canonical form, or its error
//! is rendered as `error@position: message`, and compared with the expected text.

use berth_query::parse;

fn check(input: &str) -> String {
    match parse(input) {
        Ok(expr) => expr.to_string(),
        Err(error) => format!("error@{}: {}", error.position, error.message),
    }
}

#[test]
fn documented_examples_parse() {
    let cases = [
        (
            "attribute:ecs.instance-type == t2.small",
            "attribute:ecs.instance-type == t2.small",
        ),
        (
            "attribute:ecs.availability-zone in [us-east-1a, us-east-1b]",
            "attribute:ecs.availability-zone in [us-east-1a, us-east-1b]",
        ),
        (
            "attribute:ecs.instance-type =~ g2.* and attribute:ecs.availability-zone != us-east-1d",
            "attribute:ecs.instance-type =~ g2.* and attribute:ecs.availability-zone != us-east-1d",
        ),
        (
            "task:group == service:production",
            "task:group == service:production",
        ),
        (
            "not(task:group == database)",
            "not (task:group == database)",
        ),
        ("runningTasksCount == 1", "runningTasksCount == 1"),
        ("agentVersion < 1.14.5", "agentVersion < 1.14.5"),
        ("registeredAt < 2018-02-13", "registeredAt < 2018-02-13"),
        (
            "ec2InstanceId in ['i-abcd1234', 'i-wxyx7890']",
            "ec2InstanceId in [i-abcd1234, i-wxyx7890]",
        ),
        (
            "(attribute:a exists or attribute:b exists) and attribute:c !exists",
            "(attribute:a exists or attribute:b exists) and attribute:c !exists",
        ),
    ];
    for (input, expected) in cases {
        assert_eq!(check(input), expected, "{input}");
    }
}

#[test]
fn both_spellings_of_every_operator() {
    let cases = [
        ("attribute:a equals x", "attribute:a == x"),
        ("attribute:a not_equals x", "attribute:a != x"),
        ("attribute:a greater_than 1", "attribute:a > 1"),
        ("attribute:a greater_than_equal 1", "attribute:a >= 1"),
        ("attribute:a less_than 1", "attribute:a < 1"),
        ("attribute:a less_than_equal 1", "attribute:a <= 1"),
        ("attribute:a exists", "attribute:a exists"),
        ("attribute:a not_exists", "attribute:a !exists"),
        ("attribute:a in [x]", "attribute:a in [x]"),
        ("attribute:a not_in [x]", "attribute:a !in [x]"),
        ("attribute:a matches x.*", "attribute:a =~ x.*"),
        ("attribute:a not_matches x.*", "attribute:a !~ x.*"),
        ("attribute:a EQUALS x", "attribute:a == x"),
        (
            "attribute:a==x&&attribute:b!=y",
            "attribute:a == x and attribute:b != y",
        ),
        (
            "attribute:a==x||!attribute:b exists",
            "attribute:a == x or not (attribute:b exists)",
        ),
        ("attribute:a!in[x,y]", "attribute:a !in [x, y]"),
        (
            "attribute:a exists AND NOT attribute:b exists",
            "attribute:a exists and not (attribute:b exists)",
        ),
    ];
    for (input, expected) in cases {
        assert_eq!(check(input), expected, "{input}");
    }
}

#[test]
fn precedence_and_grouping() {
    let cases = [
        (
            "attribute:a exists or attribute:b exists and attribute:c exists",
            "attribute:a exists or attribute:b exists and attribute:c exists",
        ),
        (
            "(attribute:a exists or attribute:b exists) and attribute:c exists",
            "(attribute:a exists or attribute:b exists) and attribute:c exists",
        ),
        ("((attribute:a exists))", "attribute:a exists"),
        (
            "not attribute:a exists and attribute:b exists",
            "not (attribute:a exists) and attribute:b exists",
        ),
        (
            "!(attribute:a exists and attribute:b exists)",
            "not (attribute:a exists and attribute:b exists)",
        ),
    ];
    for (input, expected) in cases {
        assert_eq!(check(input), expected, "{input}");
    }
    // Nested groups of the same operator flatten into one list.
    let flat = parse("(attribute:a exists and attribute:b exists) and attribute:c exists");
    assert!(matches!(flat, Ok(berth_query::Expr::And(items)) if items.len() == 3));
}

#[test]
fn values_quoted_and_bare() {
    let cases = [
        (
            "attribute:a =~ t2.(micro|small)",
            "attribute:a =~ 't2.(micro|small)'",
        ),
        ("attribute:a =~ [ab]+", "attribute:a =~ '[ab]+'"),
        ("attribute:a == 'two words'", "attribute:a == 'two words'"),
        ("attribute:a == \"it's\"", "attribute:a == 'it\\'s'"),
        ("attribute:a == 'it\\'s'", "attribute:a == 'it\\'s'"),
        ("attribute:a =~ '\\d+'", "attribute:a =~ '\\\\d+'"),
        ("attribute:a == ''", "attribute:a == ''"),
        ("attribute:a == and", "attribute:a == and"),
        (
            "not(attribute:a == x)and attribute:b exists",
            "not (attribute:a == x) and attribute:b exists",
        ),
    ];
    for (input, expected) in cases {
        assert_eq!(check(input), expected, "{input}");
    }
}

#[test]
fn errors_name_the_problem_and_where() {
    let cases = [
        ("", "error@0: the expression is empty"),
        ("   ", "error@0: the expression is empty"),
        (
            "instanceId == i-1",
            "error@0: unknown field 'instanceId'; expected one of agentConnected, agentVersion, attribute:<name>, ec2InstanceId, registeredAt, runningTasksCount, task:group",
        ),
        (
            "attribute:a",
            "error@11: expected an operator after 'attribute:a', found the end of the expression",
        ),
        (
            "attribute:a is x",
            "error@12: expected an operator after 'attribute:a', found 'is'",
        ),
        ("attribute:a ==", "error@14: expected a value after '==', found the end of the expression"),
        (
            "registeredAt in [2018-01-01]",
            "error@13: operator 'in' is not valid for field 'registeredAt'; valid operators are ==, !=, >, >=, <, <=",
        ),
        (
            "agentConnected > true",
            "error@15: operator '>' is not valid for field 'agentConnected'; valid operators are ==, !=, in, !in, =~, !~",
        ),
        ("agentConnected == maybe", "error@18: agentConnected takes true or false, not 'maybe'"),
        ("runningTasksCount > many", "error@20: runningTasksCount takes a whole number, not 'many'"),
        (
            "registeredAt < yesterday",
            "error@15: registeredAt takes a date such as 2018-06-18, 2018-06-18T22:28:28, 2018-06-18T22:28:28Z, 2018-06-18T22:28:28+00:00 or epoch seconds, not 'yesterday'",
        ),
        ("attribute:a in x", "error@15: 'in' expects an argument list such as [a, b], found 'x'"),
        ("attribute:a in []", "error@15: the argument list is empty"),
        ("attribute:a in [x y]", "error@18: expected ',' or ']' in the argument list, found 'y]'"),
        ("attribute:a in [x,]", "error@18: expected a value after 'in', found ']'"),
        ("attribute:a == 'open", "error@15: unterminated quoted value"),
        (
            "attribute:a =~ '('",
            "error@15: invalid regular expression '(': unclosed group",
        ),
        (
            "(attribute:a exists",
            "error@19: expected ')' to close the '(' at position 0, found the end of the expression",
        ),
        (
            "attribute:a exists attribute:b exists",
            "error@19: expected 'and', 'or' or the end of the expression, found 'attribute:b'",
        ),
        (
            "attribute:a exists and",
            "error@22: expected a condition such as 'attribute:name == value', found the end of the expression",
        ),
        ("attribute:a exists)", "error@18: expected 'and', 'or' or the end of the expression, found ')'"),
    ];
    let mismatches: Vec<String> = cases
        .iter()
        .filter(|(input, expected)| check(input) != *expected)
        .map(|(input, _)| format!("{input:?} => {:?}", check(input)))
        .collect();
    assert!(mismatches.is_empty(), "{mismatches:#?}");
}
