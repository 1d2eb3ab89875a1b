//! The syntax tree of a cluster query: fields, operators, typed arguments, and the canonical
//! text form (`Display`) that parses back to the same tree.
//!
//! Arguments are typed once, at parse time (a `runningTasksCount` argument is an integer, a
//! `registeredAt` argument a timestamp, a `matches` argument a compiled regular expression), so
//! evaluation never parses text. This module must not evaluate anything; see `eval.rs`.

use regex::Regex;
use std::collections::BTreeSet;
use std::fmt;

/// A parsed cluster query expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    /// All of the operands hold (`&&`, `and`); never nested directly in another `And`.
    And(Vec<Expr>),
    /// Any of the operands holds (`||`, `or`); never nested directly in another `Or`.
    Or(Vec<Expr>),
    /// The operand does not hold (`!`, `not`).
    Not(Box<Expr>),
    /// `subject operator [argument]`.
    Compare(Comparison),
}

/// The subject of a comparison.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    AgentConnected,
    AgentVersion,
    /// `attribute:<name>`.
    Attribute(String),
    Ec2InstanceId,
    RegisteredAt,
    RunningTasksCount,
    /// `task:group`.
    TaskGroup,
}

/// The fields a query can name, for error messages.
pub(crate) const FIELD_NAMES: &str = "agentConnected, agentVersion, attribute:<name>, \
     ec2InstanceId, registeredAt, runningTasksCount, task:group";

impl Field {
    /// Recognises a subject token; `None` for anything the language does not define.
    pub fn from_subject(subject: &str) -> Option<Field> {
        Some(match subject {
            "agentConnected" => Field::AgentConnected,
            "agentVersion" => Field::AgentVersion,
            "ec2InstanceId" => Field::Ec2InstanceId,
            "registeredAt" => Field::RegisteredAt,
            "runningTasksCount" => Field::RunningTasksCount,
            "task:group" => Field::TaskGroup,
            _ => {
                let name = subject.strip_prefix("attribute:")?;
                if name.is_empty() {
                    return None;
                }
                Field::Attribute(name.to_owned())
            }
        })
    }

    /// The operators the developer guide lists as valid for this field.
    ///
    /// The guide gives no list for `attribute:` (every operator applies to text) nor for
    /// `task:group`, where ordering makes no sense: there we accept equality, lists, patterns and
    /// existence ("hosts any task").
    pub fn operators(&self) -> &'static [Operator] {
        use Operator::*;
        const MEMBERSHIP: &[Operator] = &[Equals, NotEquals, In, NotIn, Matches, NotMatches];
        const ORDERED: &[Operator] = &[
            Equals,
            NotEquals,
            GreaterThan,
            GreaterThanEqual,
            LessThan,
            LessThanEqual,
        ];
        match self {
            Field::AgentConnected | Field::Ec2InstanceId => MEMBERSHIP,
            Field::AgentVersion | Field::RegisteredAt | Field::RunningTasksCount => ORDERED,
            Field::Attribute(_) => Operator::ALL,
            Field::TaskGroup => &[
                Equals, NotEquals, In, NotIn, Matches, NotMatches, Exists, NotExists,
            ],
        }
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Field::AgentConnected => f.write_str("agentConnected"),
            Field::AgentVersion => f.write_str("agentVersion"),
            Field::Attribute(name) => write!(f, "attribute:{name}"),
            Field::Ec2InstanceId => f.write_str("ec2InstanceId"),
            Field::RegisteredAt => f.write_str("registeredAt"),
            Field::RunningTasksCount => f.write_str("runningTasksCount"),
            Field::TaskGroup => f.write_str("task:group"),
        }
    }
}

/// A comparison operator. Each has a symbol and a word spelling; both parse.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Operator {
    Equals,
    NotEquals,
    GreaterThan,
    GreaterThanEqual,
    LessThan,
    LessThanEqual,
    Exists,
    NotExists,
    In,
    NotIn,
    Matches,
    NotMatches,
}

/// What an operator expects after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ArgumentShape {
    None,
    Value,
    List,
    Pattern,
}

impl Operator {
    /// Every operator.
    pub const ALL: &'static [Operator] = &[
        Operator::Equals,
        Operator::NotEquals,
        Operator::GreaterThan,
        Operator::GreaterThanEqual,
        Operator::LessThan,
        Operator::LessThanEqual,
        Operator::Exists,
        Operator::NotExists,
        Operator::In,
        Operator::NotIn,
        Operator::Matches,
        Operator::NotMatches,
    ];

    /// The symbolic spelling (`==`, `!in`, `exists`...); `exists` and `in` have no symbol.
    pub fn symbol(self) -> &'static str {
        match self {
            Operator::Equals => "==",
            Operator::NotEquals => "!=",
            Operator::GreaterThan => ">",
            Operator::GreaterThanEqual => ">=",
            Operator::LessThan => "<",
            Operator::LessThanEqual => "<=",
            Operator::Exists => "exists",
            Operator::NotExists => "!exists",
            Operator::In => "in",
            Operator::NotIn => "!in",
            Operator::Matches => "=~",
            Operator::NotMatches => "!~",
        }
    }

    /// The word spelling (`equals`, `not_in`...).
    pub fn word(self) -> &'static str {
        match self {
            Operator::Equals => "equals",
            Operator::NotEquals => "not_equals",
            Operator::GreaterThan => "greater_than",
            Operator::GreaterThanEqual => "greater_than_equal",
            Operator::LessThan => "less_than",
            Operator::LessThanEqual => "less_than_equal",
            Operator::Exists => "exists",
            Operator::NotExists => "not_exists",
            Operator::In => "in",
            Operator::NotIn => "not_in",
            Operator::Matches => "matches",
            Operator::NotMatches => "not_matches",
        }
    }

    /// The operator whose result this one negates, if it is a negated form.
    ///
    /// ECS does not say how `!=` treats an instance that lacks the subject; we define every
    /// negated operator as the exact negation of its positive form, so `attribute:x != a` holds
    /// for an instance without `x`, just as `not(attribute:x == a)` does.
    pub fn positive(self) -> (Operator, bool) {
        match self {
            Operator::NotEquals => (Operator::Equals, true),
            Operator::NotExists => (Operator::Exists, true),
            Operator::NotIn => (Operator::In, true),
            Operator::NotMatches => (Operator::Matches, true),
            other => (other, false),
        }
    }

    pub(crate) fn shape(self) -> ArgumentShape {
        match self {
            Operator::Exists | Operator::NotExists => ArgumentShape::None,
            Operator::In | Operator::NotIn => ArgumentShape::List,
            Operator::Matches | Operator::NotMatches => ArgumentShape::Pattern,
            _ => ArgumentShape::Value,
        }
    }
}

impl fmt::Display for Operator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.symbol())
    }
}

/// `subject operator [argument]`.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub field: Field,
    pub operator: Operator,
    pub argument: Argument,
}

/// The argument of a comparison, shaped by its operator.
#[derive(Debug, Clone, PartialEq)]
pub enum Argument {
    /// `exists`, `!exists`.
    None,
    /// Equality and ordering operators.
    Value(Literal),
    /// `in`, `!in`: `[a, b, ...]`.
    List(Vec<Literal>),
    /// `=~`, `!~`.
    Pattern(Pattern),
}

/// One argument value: its text as written (unquoted) and its meaning for the field.
#[derive(Debug, Clone, PartialEq)]
pub struct Literal {
    pub text: String,
    pub typed: Typed,
}

/// What a literal means for the field it is compared with, decided at parse time.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Typed {
    /// Compared as text (or, for `agentVersion`, as a dotted version).
    Text,
    /// `agentConnected` values.
    Bool(bool),
    /// `runningTasksCount` values.
    Integer(i64),
    /// `registeredAt` values, in seconds since the Unix epoch.
    Timestamp(f64),
    /// Attribute values that read as a number: ordering compares numerically when the
    /// instance's value is a number too.
    Number(f64),
}

/// A `matches` argument: the text as written and the compiled, fully anchored expression.
#[derive(Debug, Clone)]
pub struct Pattern {
    pub(crate) source: String,
    pub(crate) regex: Regex,
}

impl Pattern {
    /// The pattern as written.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// Whether `text` matches the whole pattern.
    pub fn is_match(&self, text: &str) -> bool {
        self.regex.is_match(text)
    }
}

impl PartialEq for Pattern {
    fn eq(&self, other: &Pattern) -> bool {
        self.source == other.source
    }
}

impl Expr {
    /// The attribute names the expression reads, sorted and without duplicates. A scheduler
    /// can use this to explain a `memberOf` failure in terms of attributes an instance lacks.
    pub fn referenced_attributes(&self) -> Vec<&str> {
        let mut names = BTreeSet::new();
        self.visit(&mut |comparison| {
            if let Field::Attribute(name) = &comparison.field {
                names.insert(name.as_str());
            }
        });
        names.into_iter().collect()
    }

    /// Whether the expression reads `task:group`, whose answer changes as tasks are placed.
    pub fn references_task_group(&self) -> bool {
        let mut found = false;
        self.visit(&mut |comparison| found |= comparison.field == Field::TaskGroup);
        found
    }

    /// Whether every comparison reads an attribute (and nothing else about the instance). The
    /// result then depends only on the values of [`Expr::referenced_attributes`], so a caller
    /// evaluating many instances may cache it by those values.
    pub fn reads_only_attributes(&self) -> bool {
        let mut only = true;
        self.visit(&mut |comparison| only &= matches!(comparison.field, Field::Attribute(_)));
        only
    }

    fn visit<'a>(&'a self, f: &mut dyn FnMut(&'a Comparison)) {
        match self {
            Expr::And(items) | Expr::Or(items) => items.iter().for_each(|item| item.visit(f)),
            Expr::Not(inner) => inner.visit(f),
            Expr::Compare(comparison) => f(comparison),
        }
    }
}

/// Whether `text` can be written without quotes and still read back as one value token.
/// Conservative on purpose: anything unusual is quoted.
fn is_bare(text: &str) -> bool {
    !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._-:/*+@".contains(c))
}

impl fmt::Display for Literal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_value(f, &self.text)
    }
}

fn write_value(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    if is_bare(text) {
        return f.write_str(text);
    }
    f.write_str("'")?;
    for c in text.chars() {
        if c == '\\' || c == '\'' {
            f.write_str("\\")?;
        }
        write!(f, "{c}")?;
    }
    f.write_str("'")
}

impl fmt::Display for Comparison {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.field, self.operator)?;
        match &self.argument {
            Argument::None => Ok(()),
            Argument::Value(literal) => write!(f, " {literal}"),
            Argument::Pattern(pattern) => {
                f.write_str(" ")?;
                write_value(f, &pattern.source)
            }
            Argument::List(items) => {
                f.write_str(" [")?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{item}")?;
                }
                f.write_str("]")
            }
        }
    }
}

/// The canonical text form: word logic operators, symbolic comparison operators, parentheses
/// only where precedence needs them. It parses back to an equal tree.
impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expr::Compare(comparison) => write!(f, "{comparison}"),
            Expr::Not(inner) => write!(f, "not ({inner})"),
            Expr::Or(items) => {
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(" or ")?;
                    }
                    write!(f, "{item}")?;
                }
                Ok(())
            }
            Expr::And(items) => {
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(" and ")?;
                    }
                    match item {
                        Expr::Or(_) => write!(f, "({item})")?,
                        _ => write!(f, "{item}")?,
                    }
                }
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subjects_are_recognised_exactly() {
        let cases = [
            ("agentConnected", Some(Field::AgentConnected)),
            ("task:group", Some(Field::TaskGroup)),
            (
                "attribute:ecs.instance-type",
                Some(Field::Attribute("ecs.instance-type".into())),
            ),
            ("attribute:", None),
            ("instanceId", None),
            ("AgentConnected", None),
        ];
        for (subject, expected) in cases {
            assert_eq!(Field::from_subject(subject), expected, "{subject}");
        }
    }

    #[test]
    fn values_that_need_quotes_are_quoted() {
        let cases = [
            ("t2.micro", "t2.micro"),
            ("service:production", "service:production"),
            ("g2.*", "g2.*"),
            ("", "''"),
            ("a b", "'a b'"),
            ("it's", "'it\\'s'"),
            ("\\d+", "'\\\\d+'"),
        ];
        for (text, expected) in cases {
            let literal = Literal {
                text: text.into(),
                typed: Typed::Text,
            };
            assert_eq!(literal.to_string(), expected);
        }
    }
}
