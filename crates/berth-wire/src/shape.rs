//! The hand-written vocabulary that every generated service module refers to: the operation table
//! entry, the `WireShape` trait over generated structures, and small helpers over enum values.
//!
//! This module knows nothing of any particular service and must not: service specifics come from the
//! generated modules. It also does not validate requests; it only exposes what the model declares so
//! that the API layer can.

/// One operation of a service as the model declares it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Operation {
    /// Operation name, the part of `X-Amz-Target` after the dot (`RunTask`).
    pub name: &'static str,
    /// Name of the input structure (`RunTaskRequest`), if the operation takes one.
    pub input: Option<&'static str>,
    /// Name of the output structure (`RunTaskResponse`), if the operation returns one.
    pub output: Option<&'static str>,
    /// Error codes the model lists for this operation, in model order.
    pub errors: &'static [&'static str],
}

/// What the model says about a generated structure, available generically.
///
/// The API layer uses it to check required members before deserializing (so the error names the
/// missing field, as ECS does) and to check enum members afterwards.
pub trait WireShape {
    /// The model's shape name (`RunTaskRequest`).
    const SHAPE_NAME: &'static str;
    /// Wire names of the members the model marks as required.
    const REQUIRED: &'static [&'static str];
    /// Members holding an enum string, or a list of them, paired with their allowed values.
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])];
}

/// Whether `s` is one of `values` (exact, case-sensitive match, as ECS compares enum values).
#[must_use]
pub fn one_of(values: &[&str], s: &str) -> bool {
    values.contains(&s)
}

/// Looks an operation up by name in a generated `OPERATIONS` table.
#[must_use]
pub fn find_operation<'a>(operations: &'a [Operation], name: &str) -> Option<&'a Operation> {
    operations.iter().find(|op| op.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_of_is_exact_and_case_sensitive() {
        let values = &["EC2", "FARGATE"];
        for (input, expected) in [
            ("EC2", true),
            ("FARGATE", true),
            ("fargate", false),
            ("EC2 ", false),
            ("", false),
        ] {
            assert_eq!(one_of(values, input), expected, "{input:?}");
        }
    }

    #[test]
    fn find_operation_by_name() {
        const OPS: &[Operation] = &[Operation {
            name: "RunTask",
            input: Some("RunTaskRequest"),
            output: Some("RunTaskResponse"),
            errors: &["ServerException"],
        }];
        assert_eq!(
            find_operation(OPS, "RunTask").map(|op| op.input),
            Some(Some("RunTaskRequest"))
        );
        assert!(find_operation(OPS, "runTask").is_none());
    }
}
