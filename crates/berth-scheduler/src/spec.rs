//! What a placement request asks for: constraints, strategies, and the request itself, with the
//! constructors that read and validate the ECS wire strings.
//!
//! Validation here mirrors what ECS rejects with `InvalidParameterException` (an unknown type, a
//! `memberOf` without an expression, a `binpack` field other than `cpu`/`memory`, more than 10
//! constraints or 5 strategies); each error names the offending type or field. This module must
//! not place anything.

use berth_model::Resources;
use berth_query::{Expr, QueryError};

/// The most placement constraints a task may have, counting the task definition's and the
/// request's together (`RunTask.placementConstraints`: "You can specify up to 10 constraints").
pub const MAX_CONSTRAINTS: usize = 10;

/// The most placement strategy rules a task or service may have (`RunTask.placementStrategy`:
/// "You can specify a maximum of 5 strategy rules").
pub const MAX_STRATEGIES: usize = 5;

/// A placement constraint.
#[derive(Debug, Clone, PartialEq)]
pub enum Constraint {
    /// Each task of the group on a different container instance.
    DistinctInstance,
    /// Only instances the expression selects.
    MemberOf(Expr),
}

/// The resource a `binpack` strategy packs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinpackField {
    Cpu,
    Memory,
}

/// What a `spread` strategy balances across.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SpreadField {
    /// `instanceId` or `host`: one bucket per instance.
    Instance,
    /// `attribute:<name>`: one bucket per attribute value.
    Attribute(String),
}

/// A placement strategy rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Strategy {
    /// Prefer the instance with the least of the resource remaining.
    Binpack(BinpackField),
    /// Prefer the bucket holding the fewest tasks of the group.
    Spread(SpreadField),
    /// Choose at random (seeded) among the instances that tie so far.
    Random,
}

/// Why a constraint or strategy from the wire is not acceptable.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum SpecError {
    #[error(
        "placement constraint type '{0}' is not valid; valid types are distinctInstance and memberOf"
    )]
    UnknownConstraintType(String),
    #[error("task definition placement constraint type '{0}' is not valid; the only valid type is memberOf")]
    UnknownTaskDefinitionConstraintType(String),
    #[error("a memberOf placement constraint requires an expression")]
    MissingExpression,
    #[error("a distinctInstance placement constraint cannot have an expression")]
    UnexpectedExpression,
    #[error("invalid memberOf expression: {0}")]
    InvalidExpression(#[from] QueryError),
    #[error(
        "{0} placement constraints were given; the maximum is {MAX_CONSTRAINTS}, counting those of the task definition"
    )]
    TooManyConstraints(usize),
    #[error(
        "placement strategy type '{0}' is not valid; valid types are random, spread and binpack"
    )]
    UnknownStrategyType(String),
    #[error("the {0} placement strategy requires a field")]
    MissingField(&'static str),
    #[error("binpack field '{0}' is not valid; valid fields are cpu and memory")]
    InvalidBinpackField(String),
    #[error(
        "spread field '{0}' is not valid; valid fields are instanceId, host and attribute:<name>"
    )]
    InvalidSpreadField(String),
    #[error("{0} placement strategies were given; the maximum is {MAX_STRATEGIES}")]
    TooManyStrategies(usize),
}

/// Treats an empty expression like an absent one: some clients send `""` for "none".
fn present(expression: Option<&str>) -> Option<&str> {
    expression.filter(|text| !text.is_empty())
}

impl Constraint {
    /// Reads a `PlacementConstraint` (`type`, `expression`) as RunTask/CreateService send it.
    pub fn from_wire(kind: &str, expression: Option<&str>) -> Result<Constraint, SpecError> {
        match kind {
            "distinctInstance" => match present(expression) {
                None => Ok(Constraint::DistinctInstance),
                Some(_) => Err(SpecError::UnexpectedExpression),
            },
            "memberOf" => Self::member_of(expression),
            other => Err(SpecError::UnknownConstraintType(other.to_owned())),
        }
    }

    /// Reads a `TaskDefinitionPlacementConstraint`, whose only type is `memberOf`.
    pub fn from_task_definition_wire(
        kind: &str,
        expression: Option<&str>,
    ) -> Result<Constraint, SpecError> {
        match kind {
            "memberOf" => Self::member_of(expression),
            other => Err(SpecError::UnknownTaskDefinitionConstraintType(
                other.to_owned(),
            )),
        }
    }

    fn member_of(expression: Option<&str>) -> Result<Constraint, SpecError> {
        let text = present(expression).ok_or(SpecError::MissingExpression)?;
        Ok(Constraint::MemberOf(berth_query::parse(text)?))
    }

    /// The ECS wire type.
    pub fn wire_type(&self) -> &'static str {
        match self {
            Constraint::DistinctInstance => "distinctInstance",
            Constraint::MemberOf(_) => "memberOf",
        }
    }
}

/// Reads a list of constraints and enforces [`MAX_CONSTRAINTS`]. Pass the task definition's
/// constraints and the request's together: the limit counts both.
pub fn constraints_from_wire<'a>(
    items: impl IntoIterator<Item = (&'a str, Option<&'a str>)>,
) -> Result<Vec<Constraint>, SpecError> {
    let constraints = items
        .into_iter()
        .map(|(kind, expression)| Constraint::from_wire(kind, expression))
        .collect::<Result<Vec<_>, _>>()?;
    if constraints.len() > MAX_CONSTRAINTS {
        return Err(SpecError::TooManyConstraints(constraints.len()));
    }
    Ok(constraints)
}

impl Strategy {
    /// Reads a `PlacementStrategy` (`type`, `field`). `random` ignores its field, as ECS does.
    pub fn from_wire(kind: &str, field: Option<&str>) -> Result<Strategy, SpecError> {
        let field = present(field);
        match kind {
            "random" => Ok(Strategy::Random),
            "binpack" => match field.ok_or(SpecError::MissingField("binpack"))? {
                "cpu" => Ok(Strategy::Binpack(BinpackField::Cpu)),
                "memory" => Ok(Strategy::Binpack(BinpackField::Memory)),
                other => Err(SpecError::InvalidBinpackField(other.to_owned())),
            },
            "spread" => match field.ok_or(SpecError::MissingField("spread"))? {
                "instanceId" | "host" => Ok(Strategy::Spread(SpreadField::Instance)),
                other => match other.strip_prefix("attribute:") {
                    Some(name) if !name.is_empty() => {
                        Ok(Strategy::Spread(SpreadField::Attribute(name.to_owned())))
                    }
                    _ => Err(SpecError::InvalidSpreadField(other.to_owned())),
                },
            },
            other => Err(SpecError::UnknownStrategyType(other.to_owned())),
        }
    }

    /// The ECS wire type.
    pub fn wire_type(&self) -> &'static str {
        match self {
            Strategy::Binpack(_) => "binpack",
            Strategy::Spread(_) => "spread",
            Strategy::Random => "random",
        }
    }

    /// The ECS wire field (`None` for random); `instanceId` for instance spread.
    pub fn wire_field(&self) -> Option<String> {
        match self {
            Strategy::Binpack(BinpackField::Cpu) => Some("cpu".into()),
            Strategy::Binpack(BinpackField::Memory) => Some("memory".into()),
            Strategy::Spread(SpreadField::Instance) => Some("instanceId".into()),
            Strategy::Spread(SpreadField::Attribute(name)) => Some(format!("attribute:{name}")),
            Strategy::Random => None,
        }
    }
}

/// Reads a list of strategies and enforces [`MAX_STRATEGIES`].
pub fn strategies_from_wire<'a>(
    items: impl IntoIterator<Item = (&'a str, Option<&'a str>)>,
) -> Result<Vec<Strategy>, SpecError> {
    let strategies = items
        .into_iter()
        .map(|(kind, field)| Strategy::from_wire(kind, field))
        .collect::<Result<Vec<_>, _>>()?;
    if strategies.len() > MAX_STRATEGIES {
        return Err(SpecError::TooManyStrategies(strategies.len()));
    }
    Ok(strategies)
}

/// One placement request: `count` identical tasks of one group.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacementRequest {
    /// How many tasks to place.
    pub count: u32,
    /// The task group (`family:<name>` or `service:<name>` by ECS convention).
    pub group: String,
    /// What each task reserves: CPU units, MiB, and host ports.
    pub task: Resources,
    /// Attribute names every chosen instance must have (the task definition's
    /// `requiresAttributes`).
    pub required_attributes: Vec<String>,
    /// Constraints, task definition's and request's together, in order.
    pub constraints: Vec<Constraint>,
    /// Strategy rules, first is primary; empty means random.
    pub strategies: Vec<Strategy>,
    /// Seeds every random choice, so the same request over the same instances replays.
    pub seed: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn constraint(kind: &str, expression: Option<&str>) -> String {
        match Constraint::from_wire(kind, expression) {
            Ok(constraint) => constraint.wire_type().to_owned(),
            Err(error) => error.to_string(),
        }
    }

    fn strategy(kind: &str, field: Option<&str>) -> String {
        match Strategy::from_wire(kind, field) {
            Ok(strategy) => format!("{}({:?})", strategy.wire_type(), strategy.wire_field()),
            Err(error) => error.to_string(),
        }
    }

    #[test]
    fn constraints_from_the_wire() {
        let cases = [
            ("distinctInstance", None, "distinctInstance"),
            ("distinctInstance", Some(""), "distinctInstance"),
            (
                "distinctInstance",
                Some("attribute:a exists"),
                "a distinctInstance placement constraint cannot have an expression",
            ),
            ("memberOf", Some("attribute:a exists"), "memberOf"),
            (
                "memberOf",
                None,
                "a memberOf placement constraint requires an expression",
            ),
            (
                "memberOf",
                Some("colour == red"),
                "invalid memberOf expression: unknown field 'colour'; expected one of \
                 agentConnected, agentVersion, attribute:<name>, ec2InstanceId, registeredAt, \
                 runningTasksCount, task:group (at position 0)",
            ),
            (
                "sameZone",
                None,
                "placement constraint type 'sameZone' is not valid; valid types are \
                 distinctInstance and memberOf",
            ),
        ];
        for (kind, expression, expected) in cases {
            assert_eq!(
                constraint(kind, expression),
                expected,
                "{kind} {expression:?}"
            );
        }
        assert!(matches!(
            Constraint::from_task_definition_wire("distinctInstance", None),
            Err(SpecError::UnknownTaskDefinitionConstraintType(_))
        ));
    }

    #[test]
    fn strategies_from_the_wire() {
        let cases = [
            ("random", None, "random(None)"),
            ("random", Some("cpu"), "random(None)"),
            ("binpack", Some("cpu"), "binpack(Some(\"cpu\"))"),
            ("binpack", Some("memory"), "binpack(Some(\"memory\"))"),
            (
                "binpack",
                Some("disk"),
                "binpack field 'disk' is not valid; valid fields are cpu and memory",
            ),
            (
                "binpack",
                None,
                "the binpack placement strategy requires a field",
            ),
            ("spread", Some("host"), "spread(Some(\"instanceId\"))"),
            ("spread", Some("instanceId"), "spread(Some(\"instanceId\"))"),
            (
                "spread",
                Some("attribute:ecs.availability-zone"),
                "spread(Some(\"attribute:ecs.availability-zone\"))",
            ),
            (
                "spread",
                Some("attribute:"),
                "spread field 'attribute:' is not valid; valid fields are instanceId, host and \
                 attribute:<name>",
            ),
            (
                "spread",
                Some("ecs.availability-zone"),
                "spread field 'ecs.availability-zone' is not valid; valid fields are \
                 instanceId, host and attribute:<name>",
            ),
            (
                "spread",
                None,
                "the spread placement strategy requires a field",
            ),
            (
                "pack",
                None,
                "placement strategy type 'pack' is not valid; valid types are random, spread \
                 and binpack",
            ),
        ];
        for (kind, field, expected) in cases {
            assert_eq!(strategy(kind, field), expected, "{kind} {field:?}");
        }
    }

    #[test]
    fn limits_are_enforced() {
        let ten = vec![("distinctInstance", None); MAX_CONSTRAINTS];
        assert_eq!(constraints_from_wire(ten.clone()).map(|c| c.len()), Ok(10));
        let eleven = [ten, vec![("distinctInstance", None)]].concat();
        assert_eq!(
            constraints_from_wire(eleven),
            Err(SpecError::TooManyConstraints(11))
        );
        let five = vec![("random", None); MAX_STRATEGIES];
        assert_eq!(strategies_from_wire(five.clone()).map(|s| s.len()), Ok(5));
        let six = [five, vec![("random", None)]].concat();
        assert_eq!(
            strategies_from_wire(six),
            Err(SpecError::TooManyStrategies(6))
        );
    }
}
