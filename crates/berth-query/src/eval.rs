//! Evaluating a parsed expression against one [`QueryTarget`].
//!
//! Evaluation allocates nothing and never fails: a subject the instance lacks makes every
//! positive comparison false (and so every negated one true). Comparison rules per field:
//! `agentVersion` compares dotted versions numerically (`1.9 < 1.14`, `1.14 == 1.14.0`);
//! attributes compare numerically when both sides are numbers, otherwise as text;
//! `task:group` holds when any task on the instance is in a matching group.
//! This module must not parse text beyond the instance's own values.

use crate::ast::{Argument, Comparison, Expr, Field, Literal, Operator, Typed};
use crate::QueryTarget;
use std::cmp::Ordering;

impl Expr {
    /// Whether `target` satisfies the expression.
    pub fn eval<T: QueryTarget + ?Sized>(&self, target: &T) -> bool {
        match self {
            Expr::And(items) => items.iter().all(|item| item.eval(target)),
            Expr::Or(items) => items.iter().any(|item| item.eval(target)),
            Expr::Not(inner) => !inner.eval(target),
            Expr::Compare(comparison) => comparison.eval(target),
        }
    }
}

impl Comparison {
    /// Whether `target` satisfies this single comparison.
    pub fn eval<T: QueryTarget + ?Sized>(&self, target: &T) -> bool {
        let (operator, negated) = self.operator.positive();
        self.eval_positive(operator, target) != negated
    }

    fn eval_positive<T: QueryTarget + ?Sized>(&self, operator: Operator, target: &T) -> bool {
        match &self.field {
            Field::AgentConnected => {
                let connected = target.agent_connected();
                let text = if connected { "true" } else { "false" };
                self.test(operator, |literal| match literal.typed {
                    Typed::Bool(value) if value == connected => Ordering::Equal,
                    _ => Ordering::Less,
                })
                .unwrap_or_else(|| self.pattern_matches(text))
            }
            Field::AgentVersion => match target.agent_version() {
                Some(version) => self
                    .test(operator, |literal| compare_versions(version, &literal.text))
                    .unwrap_or_else(|| self.pattern_matches(version)),
                None => false,
            },
            Field::Ec2InstanceId => match target.ec2_instance_id() {
                Some(id) => self
                    .test(operator, |literal| id.cmp(literal.text.as_str()))
                    .unwrap_or_else(|| self.pattern_matches(id)),
                None => false,
            },
            Field::RegisteredAt => {
                let registered = target.registered_at();
                self.test(operator, |literal| match literal.typed {
                    Typed::Timestamp(at) => registered.partial_cmp(&at).unwrap_or(Ordering::Less),
                    _ => Ordering::Less,
                })
                .unwrap_or(false)
            }
            Field::RunningTasksCount => {
                let count = target.running_tasks_count();
                self.test(operator, |literal| match literal.typed {
                    Typed::Integer(value) => count.cmp(&value),
                    _ => Ordering::Less,
                })
                .unwrap_or(false)
            }
            Field::Attribute(name) => match target.attribute(name) {
                None => false,
                Some(_) if operator == Operator::Exists => true,
                // An attribute without a value only ever satisfies `exists`.
                Some(None) => false,
                Some(Some(value)) => self
                    .test(operator, |literal| compare_attribute(value, literal))
                    .unwrap_or_else(|| self.pattern_matches(value)),
            },
            Field::TaskGroup => match operator {
                Operator::Exists => target.any_task_group(&mut |_| true),
                Operator::Equals | Operator::In => self
                    .literals()
                    .iter()
                    .any(|literal| target.has_task_group(&literal.text)),
                Operator::Matches => match &self.argument {
                    Argument::Pattern(pattern) => {
                        target.any_task_group(&mut |group| pattern.is_match(group))
                    }
                    _ => false,
                },
                // The parser admits no ordering operator for task:group.
                _ => false,
            },
        }
    }

    /// The literal arguments: one for value operators, several for lists, none otherwise.
    fn literals(&self) -> &[Literal] {
        match &self.argument {
            Argument::Value(literal) => std::slice::from_ref(literal),
            Argument::List(items) => items,
            Argument::None | Argument::Pattern(_) => &[],
        }
    }

    /// Applies an equality, ordering or membership operator given how the subject compares
    /// with a literal; `None` for `matches`, which the caller answers with the pattern.
    fn test(&self, operator: Operator, compare: impl Fn(&Literal) -> Ordering) -> Option<bool> {
        let literals = self.literals();
        let first = || literals.first().map(&compare);
        Some(match operator {
            Operator::Equals | Operator::In => literals
                .iter()
                .any(|literal| compare(literal) == Ordering::Equal),
            Operator::GreaterThan => first() == Some(Ordering::Greater),
            Operator::GreaterThanEqual => {
                matches!(first(), Some(Ordering::Greater | Ordering::Equal))
            }
            Operator::LessThan => first() == Some(Ordering::Less),
            Operator::LessThanEqual => matches!(first(), Some(Ordering::Less | Ordering::Equal)),
            // Present subjects exist; absent ones never reach here.
            Operator::Exists => true,
            Operator::Matches => return None,
            // Negated forms are answered through their positive form by `eval`.
            Operator::NotEquals | Operator::NotExists | Operator::NotIn | Operator::NotMatches => {
                false
            }
        })
    }

    fn pattern_matches(&self, text: &str) -> bool {
        match &self.argument {
            Argument::Pattern(pattern) => pattern.is_match(text),
            _ => false,
        }
    }
}

/// Compares dotted versions component by component: numerically where both components are
/// numbers, as text otherwise; missing components count as `0`; a leading `v` is ignored.
pub(crate) fn compare_versions(left: &str, right: &str) -> Ordering {
    fn trim(text: &str) -> &str {
        text.strip_prefix(['v', 'V'])
            .filter(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
            .unwrap_or(text)
    }
    let mut left = trim(left).split('.');
    let mut right = trim(right).split('.');
    loop {
        match (left.next(), right.next()) {
            (None, None) => return Ordering::Equal,
            (l, r) => {
                let ordering = compare_component(l.unwrap_or("0"), r.unwrap_or("0"));
                if ordering != Ordering::Equal {
                    return ordering;
                }
            }
        }
    }
}

fn compare_component(left: &str, right: &str) -> Ordering {
    let numeric = |text: &str| !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
    if numeric(left) && numeric(right) {
        // Compare digit strings without parsing, so no component can overflow.
        let left = left.trim_start_matches('0');
        let right = right.trim_start_matches('0');
        left.len().cmp(&right.len()).then_with(|| left.cmp(right))
    } else {
        left.cmp(right)
    }
}

fn compare_attribute(value: &str, literal: &Literal) -> Ordering {
    if let Typed::Number(number) = literal.typed {
        if let Ok(own) = value.parse::<f64>() {
            if let Some(ordering) = own.partial_cmp(&number) {
                return ordering;
            }
        }
    }
    value.cmp(literal.text.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_compare_numerically() {
        let cases = [
            ("1.14.5", "1.14.5", Ordering::Equal),
            ("1.14", "1.14.0", Ordering::Equal),
            ("1.9.0", "1.14.5", Ordering::Less),
            ("1.14.10", "1.14.9", Ordering::Greater),
            ("v1.2", "1.2", Ordering::Equal),
            ("1.2.3-beta", "1.2.3", Ordering::Greater),
            ("99999999999999999999999.1", "1.1", Ordering::Greater),
            ("01.2", "1.2", Ordering::Equal),
        ];
        for (left, right, expected) in cases {
            assert_eq!(compare_versions(left, right), expected, "{left} vs {right}");
        }
    }
}
