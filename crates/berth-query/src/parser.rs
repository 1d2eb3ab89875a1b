//! The parser: cluster query text to [`Expr`], or a [`QueryError`] that names the problem and
//! where it is.
//!
//! A hand-written recursive descent over the text, with the lexing done on demand because what a
//! token is depends on where it stands: after an operator, `g2.*`, `service:production` and
//! `t2.(micro|small)` are single values, while in subject position `(` opens a group.
//!
//! Grammar (precedence from loosest to tightest; keywords are case-insensitive):
//! ```text
//! or         := and (("||" | "or") and)*
//! and        := unary (("&&" | "and") unary)*
//! unary      := ("!" | "not") unary | "(" or ")" | comparison
//! comparison := subject operator [value | "[" value ("," value)* "]"]
//! value      := 'quoted' | "quoted" | bare
//! ```
//! A bare value runs to whitespace, `,`, an unmatched `)` or `]`, or `&&`/`||`; parentheses
//! and brackets inside it must balance. In quotes, `\` escapes the quote character and `\`
//! itself; any other backslash is kept, so `'\d+'` is the pattern `\d+`.
//! This module must not evaluate expressions.

use crate::ast::{
    ArgumentShape, Comparison, Expr, Field, Literal, Operator, Pattern, Typed, FIELD_NAMES,
};
use crate::{timestamp, Argument, MAX_EXPRESSION_LENGTH, MAX_NESTING_DEPTH};
use regex::RegexBuilder;

/// Why a query did not parse, and where (a 0-based character offset into the expression).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message} (at position {position})")]
pub struct QueryError {
    /// Character offset of the problem, 0-based.
    pub position: usize,
    /// What is wrong, naming the offending field, operator or value.
    pub message: String,
}

/// The compiled-program size a `matches` pattern may reach: generous for any real pattern,
/// small enough that a hostile one cannot make the control plane allocate without bound.
const REGEX_SIZE_LIMIT: usize = 1 << 20;

/// Characters that end a subject or operator word.
const PUNCTUATION: &str = "=!<>~()[],'\"&|";

/// Parses a cluster query expression.
pub fn parse(text: &str) -> Result<Expr, QueryError> {
    let length = text.chars().count();
    if length > MAX_EXPRESSION_LENGTH {
        return Err(QueryError {
            position: MAX_EXPRESSION_LENGTH,
            message: format!(
                "the expression is {length} characters long; the maximum is {MAX_EXPRESSION_LENGTH}"
            ),
        });
    }
    let mut parser = Parser {
        text,
        pos: 0,
        depth: 0,
    };
    parser.skip_whitespace();
    if parser.at_end() {
        return Err(parser.error(0, "the expression is empty".into()));
    }
    let expr = parser.or()?;
    parser.skip_whitespace();
    if !parser.at_end() {
        let found = parser.describe_next();
        return Err(parser.error(
            parser.pos,
            format!("expected 'and', 'or' or the end of the expression, found {found}"),
        ));
    }
    Ok(expr)
}

struct Parser<'a> {
    text: &'a str,
    /// Byte offset of the next unread character.
    pos: usize,
    /// Current nesting of parentheses and negations.
    depth: usize,
}

/// The two binary logic operators, by their symbol and their word.
#[derive(Clone, Copy)]
enum Logic {
    And,
    Or,
}

impl<'a> Parser<'a> {
    fn rest(&self) -> &'a str {
        &self.text[self.pos..]
    }

    fn at_end(&self) -> bool {
        self.pos >= self.text.len()
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    fn skip_whitespace(&mut self) {
        let rest = self.rest();
        self.pos += rest.len() - rest.trim_start().len();
    }

    fn error(&self, byte_pos: usize, message: String) -> QueryError {
        QueryError {
            position: self.text[..byte_pos.min(self.text.len())].chars().count(),
            message,
        }
    }

    /// The next token-ish run of text, quoted, for "found ..." in messages.
    fn describe_next(&self) -> String {
        let rest = self.rest();
        if rest.is_empty() {
            return "the end of the expression".into();
        }
        let token: String = rest
            .chars()
            .take_while(|c| !c.is_whitespace())
            .take(24)
            .collect();
        format!("'{token}'")
    }

    /// Consumes `word` (ASCII, case-insensitive) if it stands at the cursor as a whole word,
    /// i.e. followed by the end, whitespace, `(` or `!`.
    fn eat_keyword(&mut self, word: &str) -> bool {
        let rest = self.rest();
        let Some(head) = rest.get(..word.len()) else {
            return false;
        };
        if !head.eq_ignore_ascii_case(word) {
            return false;
        }
        let boundary = rest[word.len()..]
            .chars()
            .next()
            .is_none_or(|c| c.is_whitespace() || c == '(' || c == '!');
        if boundary {
            self.pos += word.len();
        }
        boundary
    }

    fn eat_logic(&mut self, logic: Logic) -> bool {
        let (symbol, word) = match logic {
            Logic::And => ("&&", "and"),
            Logic::Or => ("||", "or"),
        };
        self.skip_whitespace();
        if self.rest().starts_with(symbol) {
            self.pos += symbol.len();
            return true;
        }
        self.eat_keyword(word)
    }

    fn or(&mut self) -> Result<Expr, QueryError> {
        let first = self.and()?;
        if !self.eat_logic(Logic::Or) {
            return Ok(first);
        }
        let mut items = vec![first];
        loop {
            items.push(self.and()?);
            if !self.eat_logic(Logic::Or) {
                return Ok(flatten(items, Logic::Or));
            }
        }
    }

    fn and(&mut self) -> Result<Expr, QueryError> {
        let first = self.unary()?;
        if !self.eat_logic(Logic::And) {
            return Ok(first);
        }
        let mut items = vec![first];
        loop {
            items.push(self.unary()?);
            if !self.eat_logic(Logic::And) {
                return Ok(flatten(items, Logic::And));
            }
        }
    }

    fn unary(&mut self) -> Result<Expr, QueryError> {
        self.skip_whitespace();
        let start = self.pos;
        if self.depth >= MAX_NESTING_DEPTH {
            return Err(self.error(
                start,
                format!("the expression nests more than {MAX_NESTING_DEPTH} levels deep"),
            ));
        }
        self.depth += 1;
        let result = self.unary_inner(start);
        self.depth -= 1;
        result
    }

    fn unary_inner(&mut self, start: usize) -> Result<Expr, QueryError> {
        if self.rest().starts_with('(') {
            self.pos += 1;
            let inner = self.or()?;
            self.skip_whitespace();
            if !self.rest().starts_with(')') {
                let found = self.describe_next();
                return Err(self.error(
                    self.pos,
                    format!(
                        "expected ')' to close the '(' at position {}, found {found}",
                        self.error(start, String::new()).position
                    ),
                ));
            }
            self.pos += 1;
            return Ok(inner);
        }
        if self.rest().starts_with('!') {
            self.pos += 1;
            return Ok(Expr::Not(Box::new(self.unary()?)));
        }
        if self.eat_keyword("not") {
            return Ok(Expr::Not(Box::new(self.unary()?)));
        }
        self.comparison()
    }

    fn comparison(&mut self) -> Result<Expr, QueryError> {
        let start = self.pos;
        let subject = self.take_while(|c| !c.is_whitespace() && !PUNCTUATION.contains(c));
        if subject.is_empty() {
            let found = self.describe_next();
            return Err(self.error(
                start,
                format!("expected a condition such as 'attribute:name == value', found {found}"),
            ));
        }
        let Some(field) = Field::from_subject(subject) else {
            return Err(self.error(
                start,
                format!("unknown field '{subject}'; expected one of {FIELD_NAMES}"),
            ));
        };
        self.skip_whitespace();
        let operator_at = self.pos;
        let Some(operator) = self.operator() else {
            let found = self.describe_next();
            return Err(self.error(
                operator_at,
                format!("expected an operator after '{field}', found {found}"),
            ));
        };
        let valid = field.operators();
        if !valid.contains(&operator) {
            let list: Vec<&str> = valid.iter().map(|op| op.symbol()).collect();
            return Err(self.error(
                operator_at,
                format!(
                    "operator '{}' is not valid for field '{field}'; valid operators are {}",
                    operator.symbol(),
                    list.join(", ")
                ),
            ));
        }
        let argument = match operator.shape() {
            ArgumentShape::None => Argument::None,
            ArgumentShape::Value => Argument::Value(self.literal(&field, operator)?),
            ArgumentShape::List => Argument::List(self.list(&field, operator)?),
            ArgumentShape::Pattern => Argument::Pattern(self.pattern(operator)?),
        };
        Ok(Expr::Compare(Comparison {
            field,
            operator,
            argument,
        }))
    }

    fn take_while(&mut self, keep: impl Fn(char) -> bool) -> &'a str {
        let rest = self.rest();
        let length = rest.find(|c: char| !keep(c)).unwrap_or(rest.len());
        self.pos += length;
        &rest[..length]
    }

    fn operator(&mut self) -> Option<Operator> {
        let rest = self.rest();
        // Negated words first, so `!in` is not read as `!` followed by something else.
        for (symbol, operator) in [("!exists", Operator::NotExists), ("!in", Operator::NotIn)] {
            if let Some(after) = rest.strip_prefix(symbol) {
                if !after.starts_with(|c: char| c.is_alphanumeric() || c == '_') {
                    self.pos += symbol.len();
                    return Some(operator);
                }
            }
        }
        for (symbol, operator) in [
            ("==", Operator::Equals),
            ("!=", Operator::NotEquals),
            (">=", Operator::GreaterThanEqual),
            ("<=", Operator::LessThanEqual),
            ("=~", Operator::Matches),
            ("!~", Operator::NotMatches),
            (">", Operator::GreaterThan),
            ("<", Operator::LessThan),
        ] {
            if rest.starts_with(symbol) {
                self.pos += symbol.len();
                return Some(operator);
            }
        }
        let length = rest
            .find(|c: char| !(c.is_ascii_alphabetic() || c == '_'))
            .unwrap_or(rest.len());
        let word = &rest[..length];
        let operator = Operator::ALL
            .iter()
            .copied()
            .find(|op| op.word().eq_ignore_ascii_case(word))?;
        self.pos += length;
        Some(operator)
    }

    /// Reads one value (quoted or bare) as raw text; `None` if no value stands here.
    fn value(&mut self) -> Result<Option<String>, QueryError> {
        self.skip_whitespace();
        let start = self.pos;
        let Some(first) = self.peek() else {
            return Ok(None);
        };
        if first == '\'' || first == '"' {
            self.pos += 1;
            let mut text = String::new();
            let mut chars = self.rest().char_indices();
            while let Some((offset, c)) = chars.next() {
                if c == first {
                    self.pos += offset + 1;
                    return Ok(Some(text));
                }
                if c == '\\' {
                    if let Some((_, next)) = chars.clone().next() {
                        if next == first || next == '\\' {
                            text.push(next);
                            chars.next();
                            continue;
                        }
                    }
                }
                text.push(c);
            }
            return Err(self.error(start, "unterminated quoted value".into()));
        }
        let rest = self.rest();
        let (mut parens, mut brackets) = (0usize, 0usize);
        let mut end = rest.len();
        for (offset, c) in rest.char_indices() {
            let top = parens == 0 && brackets == 0;
            let stop = match c {
                c if c.is_whitespace() => true,
                '(' => {
                    parens += 1;
                    false
                }
                ')' if parens == 0 => true,
                ')' => {
                    parens -= 1;
                    false
                }
                '[' => {
                    brackets += 1;
                    false
                }
                ']' if brackets == 0 => true,
                ']' => {
                    brackets -= 1;
                    false
                }
                ',' => top,
                '&' | '|' => top && rest[offset + 1..].starts_with(c),
                _ => false,
            };
            if stop {
                end = offset;
                break;
            }
        }
        if end == 0 {
            return Ok(None);
        }
        self.pos += end;
        Ok(Some(rest[..end].to_owned()))
    }

    fn required_value(&mut self, operator: Operator) -> Result<(usize, String), QueryError> {
        self.skip_whitespace();
        let at = self.pos;
        match self.value()? {
            Some(text) => Ok((at, text)),
            None => {
                let found = self.describe_next();
                Err(self.error(
                    at,
                    format!(
                        "expected a value after '{}', found {found}",
                        operator.symbol()
                    ),
                ))
            }
        }
    }

    fn literal(&mut self, field: &Field, operator: Operator) -> Result<Literal, QueryError> {
        let (at, text) = self.required_value(operator)?;
        self.typed(field, at, text)
    }

    /// Gives a value its meaning for `field`, rejecting values the field cannot hold.
    fn typed(&self, field: &Field, at: usize, text: String) -> Result<Literal, QueryError> {
        let typed = match field {
            Field::AgentConnected => match text.to_ascii_lowercase().as_str() {
                "true" => Typed::Bool(true),
                "false" => Typed::Bool(false),
                _ => {
                    return Err(self.error(
                        at,
                        format!("agentConnected takes true or false, not '{text}'"),
                    ))
                }
            },
            Field::RunningTasksCount => match text.parse::<i64>() {
                Ok(count) => Typed::Integer(count),
                Err(_) => {
                    return Err(self.error(
                        at,
                        format!("runningTasksCount takes a whole number, not '{text}'"),
                    ))
                }
            },
            Field::RegisteredAt => match timestamp::parse_timestamp(&text) {
                Some(seconds) => Typed::Timestamp(seconds),
                None => {
                    return Err(self.error(
                        at,
                        format!(
                            "registeredAt takes a date such as 2018-06-18, 2018-06-18T22:28:28, \
                             2018-06-18T22:28:28Z, 2018-06-18T22:28:28+00:00 or epoch seconds, \
                             not '{text}'"
                        ),
                    ))
                }
            },
            Field::Attribute(_) => match text.parse::<f64>() {
                Ok(number) if number.is_finite() => Typed::Number(number),
                _ => Typed::Text,
            },
            Field::AgentVersion | Field::Ec2InstanceId | Field::TaskGroup => Typed::Text,
        };
        Ok(Literal { text, typed })
    }

    fn list(&mut self, field: &Field, operator: Operator) -> Result<Vec<Literal>, QueryError> {
        self.skip_whitespace();
        if !self.rest().starts_with('[') {
            let found = self.describe_next();
            return Err(self.error(
                self.pos,
                format!(
                    "'{}' expects an argument list such as [a, b], found {found}",
                    operator.symbol()
                ),
            ));
        }
        let open = self.pos;
        self.pos += 1;
        let mut items = Vec::new();
        loop {
            self.skip_whitespace();
            if items.is_empty() && self.rest().starts_with(']') {
                return Err(self.error(open, "the argument list is empty".into()));
            }
            let (at, text) = self.required_value(operator)?;
            items.push(self.typed(field, at, text)?);
            self.skip_whitespace();
            match self.peek() {
                Some(',') => self.pos += 1,
                Some(']') => {
                    self.pos += 1;
                    return Ok(items);
                }
                _ => {
                    let found = self.describe_next();
                    return Err(self.error(
                        self.pos,
                        format!("expected ',' or ']' in the argument list, found {found}"),
                    ));
                }
            }
        }
    }

    fn pattern(&mut self, operator: Operator) -> Result<Pattern, QueryError> {
        let (at, source) = self.required_value(operator)?;
        // Validate the pattern on its own first: wrapping an unbalanced pattern such as `a)(b`
        // in `^(?:...)$` could otherwise turn it into a different, valid one.
        let compile = |text: &str| RegexBuilder::new(text).size_limit(REGEX_SIZE_LIMIT).build();
        let invalid = |error: regex::Error| {
            let detail = error.to_string();
            let last = detail.lines().last().unwrap_or_default().trim();
            let reason = last
                .strip_prefix("error:")
                .unwrap_or(last)
                .trim()
                .to_owned();
            self.error(
                at,
                format!("invalid regular expression '{source}': {reason}"),
            )
        };
        compile(&source).map_err(invalid)?;
        // ECS documents Java's `Pattern` syntax, whose `matches` tests the whole value.
        let regex = compile(&format!("^(?:{source})$")).map_err(invalid)?;
        Ok(Pattern { source, regex })
    }
}

fn flatten(items: Vec<Expr>, logic: Logic) -> Expr {
    let mut flat = Vec::with_capacity(items.len());
    for item in items {
        match (logic, item) {
            (Logic::And, Expr::And(inner)) | (Logic::Or, Expr::Or(inner)) => flat.extend(inner),
            (_, other) => flat.push(other),
        }
    }
    match logic {
        Logic::And => Expr::And(flat),
        Logic::Or => Expr::Or(flat),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn length_and_depth_are_capped() {
        let long = format!("attribute:a == {}", "x".repeat(MAX_EXPRESSION_LENGTH));
        let error = parse(&long).unwrap_err();
        assert!(error.message.contains("maximum is 2000"), "{error}");

        let at_limit = format!("attribute:a == {}", "x".repeat(MAX_EXPRESSION_LENGTH - 15));
        assert!(parse(&at_limit).is_ok());

        let deep = format!("{}attribute:a exists{}", "(".repeat(100), ")".repeat(100));
        let error = parse(&deep).unwrap_err();
        assert!(error.message.contains("nests more than"), "{error}");

        let nots = format!("{}attribute:a exists", "!".repeat(500));
        assert!(parse(&nots).is_err());
    }

    #[test]
    fn error_positions_count_characters_not_bytes() {
        let error = parse("attribute:é == x &&").unwrap_err();
        assert_eq!(error.position, 19);
    }

    #[test]
    fn patterns_match_the_whole_value() {
        let Ok(Expr::Compare(comparison)) = parse("attribute:a =~ t2") else {
            panic!("did not parse");
        };
        let Argument::Pattern(pattern) = comparison.argument else {
            panic!("not a pattern");
        };
        assert!(pattern.is_match("t2"));
        assert!(!pattern.is_match("t2.micro"));
        assert!(!pattern.is_match("xt2"));
        // An unbalanced pattern is rejected rather than rewritten by the anchoring wrapper.
        assert!(parse("attribute:a =~ 'a)(b'").is_err());
    }

    #[test]
    fn referenced_attributes_are_reported() {
        let expr = parse(
            "attribute:b == x and (attribute:a exists or not attribute:b in [y]) and task:group == g",
        )
        .unwrap();
        assert_eq!(expr.referenced_attributes(), vec!["a", "b"]);
        assert!(expr.references_task_group());
        assert!(!parse("attribute:a exists").unwrap().references_task_group());
        assert!(!expr.reads_only_attributes());
        assert!(parse("attribute:a exists and not attribute:b == x")
            .unwrap()
            .reads_only_attributes());
    }

    /// Text built from the language's own tokens, so the generator reaches deep parser paths.
    fn tokens() -> impl Strategy<Value = String> {
        let token = prop::sample::select(vec![
            "attribute:a",
            "attribute:ecs.instance-type",
            "task:group",
            "agentConnected",
            "agentVersion",
            "registeredAt",
            "runningTasksCount",
            "ec2InstanceId",
            "==",
            "!=",
            ">",
            ">=",
            "<",
            "<=",
            "exists",
            "!exists",
            "in",
            "!in",
            "=~",
            "!~",
            "equals",
            "not_in",
            "and",
            "or",
            "not",
            "&&",
            "||",
            "!",
            "(",
            ")",
            "[",
            "]",
            ",",
            "'",
            "\"",
            "\\",
            "x",
            "t2.*",
            "1",
            "2018-01-01",
            "true",
            "1.14.5",
            "(a|b)",
            " ",
            "é",
        ]);
        prop::collection::vec(token, 0..24).prop_map(|parts| parts.join(" "))
    }

    proptest! {
        #[test]
        fn never_panics_on_arbitrary_text(text in any::<String>()) {
            let _ = parse(&text);
        }

        #[test]
        fn never_panics_on_token_soup(text in tokens()) {
            let _ = parse(&text);
        }

        #[test]
        fn canonical_text_parses_back_to_the_same_tree(text in tokens()) {
            if let Ok(expr) = parse(&text) {
                let rendered = expr.to_string();
                prop_assert_eq!(parse(&rendered), Ok(expr), "rendered: {}", rendered);
            }
        }

        #[test]
        fn error_positions_lie_within_the_text(text in tokens()) {
            if let Err(error) = parse(&text) {
                prop_assert!(error.position <= text.chars().count());
            }
        }
    }
}
