//! The ECS cluster query language: `memberOf` placement constraints and the
//! `ListContainerInstances --filter` argument.
//!
//! This crate is pure: no I/O, no clock, no async. It owns the syntax tree ([`Expr`]), the parser
//! ([`parse`]) with position-carrying errors fit for an `InvalidParameterException` message, and
//! the evaluator ([`Expr::eval`]) over anything that implements [`QueryTarget`]. It deliberately
//! knows nothing of container instance records, of the scheduler or of the wire format: callers
//! adapt their own types to [`QueryTarget`].
//!
//! The language follows the ECS developer guide ("Cluster query language"):
//! `subject operator [argument]`, combined with `&&`/`and`, `||`/`or`, `!`/`not` and parentheses.
//! Where the guide is silent, the choice made is documented next to the code that makes it.

mod ast;
mod eval;
mod parser;
mod timestamp;

pub use ast::{Argument, Comparison, Expr, Field, Literal, Operator, Pattern, Typed};
pub use parser::{parse, QueryError};
pub use timestamp::parse_timestamp;

/// The longest expression ECS accepts, in characters (`PlacementConstraint.expression`: "The
/// expression can have a maximum length of 2000 characters").
pub const MAX_EXPRESSION_LENGTH: usize = 2000;

/// How deeply parentheses and negations may nest. ECS documents no limit; this one keeps the
/// recursive parser, evaluator and destructor far away from the stack limit of a test thread
/// (2 MiB) while allowing any expression a person would write.
pub const MAX_NESTING_DEPTH: usize = 64;

/// What a query is evaluated against: one container instance, as the query language sees it.
///
/// Implementations must be cheap: the scheduler evaluates an expression once per instance per
/// placement request, over clusters of thousands of instances.
pub trait QueryTarget {
    /// The attribute `name`: `None` when absent, `Some(None)` when present without a value.
    fn attribute(&self, name: &str) -> Option<Option<&str>>;
    /// The EC2 instance id, when the host has one.
    fn ec2_instance_id(&self) -> Option<&str>;
    /// Whether the container agent is connected.
    fn agent_connected(&self) -> bool;
    /// The container agent's version (`versionInfo.agentVersion`), e.g. `1.14.5`.
    fn agent_version(&self) -> Option<&str>;
    /// When the instance registered, in seconds since the Unix epoch.
    fn registered_at(&self) -> f64;
    /// The number of tasks in the RUNNING state on the instance.
    fn running_tasks_count(&self) -> i64;
    /// Whether the instance hosts at least one task of `group`.
    fn has_task_group(&self, group: &str) -> bool {
        self.any_task_group(&mut |candidate| candidate == group)
    }
    /// Whether `predicate` holds for the group of any task hosted on the instance.
    fn any_task_group(&self, predicate: &mut dyn FnMut(&str) -> bool) -> bool;
}
