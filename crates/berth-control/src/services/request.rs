//! The checks CreateService and UpdateService make before anything is written, and the defaults
//! ECS fills in: scheduling strategy, deployment controller and configuration, placement,
//! launch type versus capacity providers, network configuration, client tokens, tags.
//!
//! Everything here is pure and fails with `InvalidParameterException` (or
//! `UnsupportedFeatureException` where ECS has a feature berth lacks) naming the field and the
//! rule. This module must not read or write records.

use crate::error::{EcsError, EcsResult};
use crate::validate;
use berth_scheduler::reconcile::{DEFAULT_MAXIMUM_PERCENT, DEFAULT_MINIMUM_HEALTHY_PERCENT};
use berth_scheduler::{Constraint, SpecError, MAX_CONSTRAINTS};
use berth_wire::ecs as wire;

/// ECS's quota on tasks per service.
pub(crate) const MAX_DESIRED_COUNT: i32 = 5000;
/// CreateService's `clientToken`: "Up to 36 ASCII characters in the range of 33-126".
const MAX_CLIENT_TOKEN_CHARS: usize = 36;
/// A DAEMON service's defaults: one task per instance, old ones stopped first.
const DAEMON_MAXIMUM_PERCENT: i32 = 100;
const DAEMON_MINIMUM_HEALTHY_PERCENT: i32 = 0;
/// ECS's limit on capacity providers in one strategy.
const MAX_CAPACITY_PROVIDERS: usize = 20;
/// Launch types berth serves.
const LAUNCH_TYPES: &[&str] = &["EC2", "FARGATE", "EXTERNAL"];
const SCHEDULING_STRATEGIES: &[&str] = &["REPLICA", "DAEMON"];
const DEPLOYMENT_CONTROLLERS: &[&str] = &["ECS", "CODE_DEPLOY", "EXTERNAL"];
const PROPAGATE_TAGS: &[&str] = &["TASK_DEFINITION", "SERVICE", "NONE"];
const REBALANCING: &[&str] = &["ENABLED", "DISABLED"];

pub(crate) fn scheduling_strategy(given: Option<&str>) -> EcsResult<String> {
    match given.filter(|s| !s.is_empty()) {
        None => Ok(super::REPLICA.to_string()),
        Some(value) => {
            validate::one_of("schedulingStrategy", value, SCHEDULING_STRATEGIES)?;
            Ok(value.to_string())
        }
    }
}

pub(crate) fn deployment_controller(
    given: Option<&wire::DeploymentController>,
) -> EcsResult<String> {
    match given
        .and_then(|c| c.r#type.as_deref())
        .filter(|t| !t.is_empty())
    {
        None => Ok("ECS".to_string()),
        Some(value) => {
            validate::one_of("deploymentController.type", value, DEPLOYMENT_CONTROLLERS)?;
            Ok(value.to_string())
        }
    }
}

/// `desiredCount`: required for REPLICA, ignored for DAEMON (the scheduler counts instances).
pub(crate) fn desired_count(given: Option<i32>, daemon: bool) -> EcsResult<i32> {
    if daemon {
        return Ok(0);
    }
    match given {
        None => Err(EcsError::invalid(
            "desiredCount is required when schedulingStrategy is REPLICA.",
        )),
        Some(n) => checked_desired_count(n),
    }
}

pub(crate) fn checked_desired_count(n: i32) -> EcsResult<i32> {
    if (0..=MAX_DESIRED_COUNT).contains(&n) {
        Ok(n)
    } else {
        Err(EcsError::invalid(format!(
            "desiredCount must be between 0 and {MAX_DESIRED_COUNT}; got {n}."
        )))
    }
}

/// The deployment configuration with `given` laid over `base` (the service's current one, or
/// nothing for a new service) and ECS's defaults filled in, validated.
pub(crate) fn deployment_configuration(
    given: Option<&wire::DeploymentConfiguration>,
    base: Option<&wire::DeploymentConfiguration>,
    daemon: bool,
) -> EcsResult<wire::DeploymentConfiguration> {
    let mut out = base.cloned().unwrap_or_default();
    if let Some(given) = given {
        let keep = |slot: &mut Option<i32>, value: Option<i32>| {
            if value.is_some() {
                *slot = value;
            }
        };
        keep(&mut out.maximum_percent, given.maximum_percent);
        keep(
            &mut out.minimum_healthy_percent,
            given.minimum_healthy_percent,
        );
        keep(&mut out.bake_time_in_minutes, given.bake_time_in_minutes);
        if given.deployment_circuit_breaker.is_some() {
            out.deployment_circuit_breaker = given.deployment_circuit_breaker.clone();
        }
        if given.alarms.is_some() {
            out.alarms = given.alarms.clone();
        }
        if given.strategy.is_some() {
            out.strategy = given.strategy.clone();
        }
        if given.lifecycle_hooks.is_some() {
            out.lifecycle_hooks = given.lifecycle_hooks.clone();
        }
    }
    let (max_default, min_default) = if daemon {
        (DAEMON_MAXIMUM_PERCENT, DAEMON_MINIMUM_HEALTHY_PERCENT)
    } else {
        (
            DEFAULT_MAXIMUM_PERCENT as i32,
            DEFAULT_MINIMUM_HEALTHY_PERCENT as i32,
        )
    };
    let max = *out.maximum_percent.get_or_insert(max_default);
    let min = *out.minimum_healthy_percent.get_or_insert(min_default);
    if !(0..=100).contains(&min) {
        return Err(EcsError::invalid(format!(
            "deploymentConfiguration.minimumHealthyPercent must be between 0 and 100; got {min}."
        )));
    }
    if max < 100 {
        return Err(EcsError::invalid(format!(
            "deploymentConfiguration.maximumPercent must be at least 100; got {max}."
        )));
    }
    if daemon && max > DAEMON_MAXIMUM_PERCENT {
        return Err(EcsError::invalid(
            "The daemon scheduling strategy does not support values above 100 for maximumPercent \
             on a deployment configuration. Change the maximumPercent value to 100, and try again.",
        ));
    }
    let breaker = out
        .deployment_circuit_breaker
        .get_or_insert_with(Default::default);
    breaker.enable.get_or_insert(false);
    breaker.rollback.get_or_insert(false);
    let strategy = out.strategy.get_or_insert_with(|| "ROLLING".to_string());
    validate::one_of(
        "deploymentConfiguration.strategy",
        strategy,
        wire::DEPLOYMENT_STRATEGY_VALUES,
    )?;
    if strategy != "ROLLING" {
        return Err(EcsError::UnsupportedFeature(format!(
            "deploymentConfiguration.strategy {strategy} is not supported by berth; use ROLLING."
        )));
    }
    if out
        .bake_time_in_minutes
        .is_some_and(|b| !(0..=1440).contains(&b))
    {
        return Err(EcsError::invalid(
            "deploymentConfiguration.bakeTimeInMinutes must be between 0 and 1440.",
        ));
    }
    Ok(out)
}

/// Validates a service's placement constraints and strategies (with the definition's own
/// constraints counted against the limit). DAEMON services take no strategy.
pub(crate) fn placement(
    definition: &wire::TaskDefinition,
    constraints: &[wire::PlacementConstraint],
    strategies: &[wire::PlacementStrategy],
    daemon: bool,
) -> EcsResult<()> {
    let invalid = |e: SpecError| EcsError::invalid(format!("placementConstraints: {e}."));
    let mut count = 0;
    for item in definition
        .placement_constraints
        .as_deref()
        .unwrap_or_default()
    {
        Constraint::from_task_definition_wire(
            item.r#type.as_deref().unwrap_or(""),
            item.expression.as_deref(),
        )
        .map_err(invalid)?;
        count += 1;
    }
    for item in constraints {
        Constraint::from_wire(
            item.r#type.as_deref().unwrap_or(""),
            item.expression.as_deref(),
        )
        .map_err(invalid)?;
        count += 1;
    }
    if count > MAX_CONSTRAINTS {
        return Err(invalid(SpecError::TooManyConstraints(count)));
    }
    if daemon && !strategies.is_empty() {
        return Err(EcsError::invalid(
            "Placement strategies are not supported with the DAEMON scheduling strategy.",
        ));
    }
    berth_scheduler::strategies_from_wire(
        strategies
            .iter()
            .map(|s| (s.r#type.as_deref().unwrap_or(""), s.field.as_deref())),
    )
    .map_err(|e| EcsError::invalid(format!("placementStrategy: {e}.")))?;
    Ok(())
}

/// The strategy ECS gives a REPLICA service on EC2 when none is asked for: spread across
/// Availability Zones, then across instances.
pub(crate) fn default_placement_strategy() -> Vec<wire::PlacementStrategy> {
    vec![
        wire::PlacementStrategy {
            r#type: Some("spread".into()),
            field: Some("attribute:ecs.availability-zone".into()),
        },
        wire::PlacementStrategy {
            r#type: Some("spread".into()),
            field: Some("instanceId".into()),
        },
    ]
}

/// The launch type and capacity provider strategy a service runs with: a launch type, or a
/// strategy (the request's, else the cluster's default), or EC2.
pub(crate) fn launch_choice(
    launch_type: Option<&str>,
    strategy: Option<&[wire::CapacityProviderStrategyItem]>,
    cluster_default: &[wire::CapacityProviderStrategyItem],
) -> EcsResult<(Option<String>, Vec<wire::CapacityProviderStrategyItem>)> {
    let launch_type = launch_type.filter(|l| !l.is_empty());
    let strategy = strategy.unwrap_or_default();
    if launch_type.is_some() && !strategy.is_empty() {
        return Err(EcsError::invalid(
            "Specifying both a launch type and capacity provider strategy is not supported. \
             Remove one and try again.",
        ));
    }
    if let Some(launch_type) = launch_type {
        validate::one_of("launchType", launch_type, LAUNCH_TYPES)?;
        return Ok((Some(launch_type.to_string()), Vec::new()));
    }
    validate::at_most("capacityProviderStrategy", strategy, MAX_CAPACITY_PROVIDERS)?;
    let chosen = if strategy.is_empty() {
        cluster_default
    } else {
        strategy
    };
    for item in chosen {
        if item.capacity_provider.as_deref().is_none_or(str::is_empty) {
            return Err(EcsError::invalid(
                "capacityProviderStrategy.capacityProvider is required.",
            ));
        }
    }
    if chosen.is_empty() {
        Ok((Some("EC2".to_string()), Vec::new()))
    } else {
        Ok((None, chosen.to_vec()))
    }
}

/// The launch type tasks of this revision run with (a FARGATE provider means FARGATE).
pub(crate) fn effective_launch_type(
    launch_type: Option<&str>,
    strategy: &[wire::CapacityProviderStrategyItem],
) -> String {
    if let Some(launch_type) = launch_type {
        return launch_type.to_string();
    }
    let fargate = strategy.iter().any(|item| {
        matches!(
            item.capacity_provider.as_deref(),
            Some("FARGATE") | Some("FARGATE_SPOT")
        )
    });
    if fargate { "FARGATE" } else { "EC2" }.to_string()
}

pub(crate) fn client_token(token: &str) -> EcsResult<()> {
    let ok = !token.is_empty()
        && token.chars().count() <= MAX_CLIENT_TOKEN_CHARS
        && token.bytes().all(|b| (33..=126).contains(&b));
    if ok {
        Ok(())
    } else {
        Err(EcsError::invalid(format!(
            "clientToken must be 1 to {MAX_CLIENT_TOKEN_CHARS} characters in the range 33-126."
        )))
    }
}

pub(crate) fn propagate_tags(given: Option<&str>) -> EcsResult<Option<String>> {
    match given.filter(|p| !p.is_empty()) {
        None => Ok(None),
        Some(value) => {
            validate::one_of("propagateTags", value, PROPAGATE_TAGS)?;
            Ok(Some(value.to_string()))
        }
    }
}

pub(crate) fn rebalancing(given: Option<&str>) -> EcsResult<Option<String>> {
    match given.filter(|p| !p.is_empty()) {
        None => Ok(None),
        Some(value) => {
            validate::one_of("availabilityZoneRebalancing", value, REBALANCING)?;
            Ok(Some(value.to_string()))
        }
    }
}

pub(crate) fn grace_period(given: Option<i32>) -> EcsResult<Option<i32>> {
    match given {
        Some(n) if n < 0 => Err(EcsError::invalid(format!(
            "healthCheckGracePeriodSeconds must not be negative; got {n}."
        ))),
        other => Ok(other),
    }
}

/// `role`: a name (with an optional path) becomes a role ARN in the caller's account.
pub(crate) fn role_arn(account: &str, role: Option<&str>) -> Option<String> {
    let role = role.filter(|r| !r.is_empty())?;
    if role.starts_with("arn:") {
        return Some(role.to_string());
    }
    Some(format!(
        "arn:aws:iam::{account}:role/{}",
        role.trim_start_matches('/')
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(max: Option<i32>, min: Option<i32>) -> wire::DeploymentConfiguration {
        wire::DeploymentConfiguration {
            maximum_percent: max,
            minimum_healthy_percent: min,
            ..Default::default()
        }
    }

    #[test]
    fn deployment_configuration_defaults_and_limits() {
        let check = |given: Option<wire::DeploymentConfiguration>, daemon: bool| {
            match deployment_configuration(given.as_ref(), None, daemon) {
                Ok(c) => format!(
                    "{:?}/{:?}",
                    c.minimum_healthy_percent.unwrap_or(-1),
                    c.maximum_percent.unwrap_or(-1)
                ),
                Err(e) => e.code().to_string(),
            }
        };
        assert_eq!(check(None, false), "100/200");
        assert_eq!(check(None, true), "0/100");
        assert_eq!(check(Some(config(Some(150), Some(50))), false), "50/150");
        assert_eq!(check(Some(config(Some(100), Some(0))), false), "0/100");
        assert_eq!(
            check(Some(config(Some(99), None)), false),
            "InvalidParameterException"
        );
        assert_eq!(
            check(Some(config(None, Some(101))), false),
            "InvalidParameterException"
        );
        assert_eq!(
            check(Some(config(None, Some(-1))), false),
            "InvalidParameterException"
        );
        assert_eq!(
            check(Some(config(Some(200), None)), true),
            "InvalidParameterException"
        );
        let blue_green = wire::DeploymentConfiguration {
            strategy: Some("BLUE_GREEN".into()),
            ..Default::default()
        };
        assert_eq!(
            check(Some(blue_green), false),
            "UnsupportedFeatureException"
        );
        // An update keeps what it does not name.
        let base =
            deployment_configuration(Some(&config(Some(150), Some(50))), None, false).unwrap();
        let merged =
            deployment_configuration(Some(&config(Some(300), None)), Some(&base), false).unwrap();
        assert_eq!(
            (merged.minimum_healthy_percent, merged.maximum_percent),
            (Some(50), Some(300))
        );
        let breaker = merged.deployment_circuit_breaker.unwrap();
        assert_eq!(
            (breaker.enable, breaker.rollback),
            (Some(false), Some(false))
        );
    }

    #[test]
    fn desired_counts() {
        assert!(desired_count(None, false).is_err());
        assert_eq!(desired_count(None, true).ok(), Some(0));
        assert_eq!(desired_count(Some(3), true).ok(), Some(0));
        assert_eq!(desired_count(Some(0), false).ok(), Some(0));
        assert!(desired_count(Some(-1), false).is_err());
        assert!(desired_count(Some(MAX_DESIRED_COUNT + 1), false).is_err());
    }

    #[test]
    fn launch_choices() {
        let item = |p: &str| wire::CapacityProviderStrategyItem {
            capacity_provider: Some(p.into()),
            weight: Some(1),
            base: None,
        };
        assert_eq!(
            launch_choice(None, None, &[]).unwrap(),
            (Some("EC2".to_string()), vec![])
        );
        assert_eq!(
            launch_choice(Some("FARGATE"), None, &[item("x")]).unwrap(),
            (Some("FARGATE".to_string()), vec![])
        );
        assert!(launch_choice(Some("EC2"), Some(&[item("x")]), &[]).is_err());
        assert!(launch_choice(Some("MOON"), None, &[]).is_err());
        let (lt, cps) = launch_choice(None, None, &[item("FARGATE")]).unwrap();
        assert_eq!((lt, cps.len()), (None, 1));
        assert_eq!(effective_launch_type(None, &cps), "FARGATE");
    }

    #[test]
    fn placement_rules() {
        let def = wire::TaskDefinition::default();
        let constraint = |t: &str, e: Option<&str>| wire::PlacementConstraint {
            r#type: Some(t.into()),
            expression: e.map(str::to_string),
        };
        let strategy = |t: &str, f: &str| wire::PlacementStrategy {
            r#type: Some(t.into()),
            field: Some(f.into()),
        };
        assert!(placement(&def, &[constraint("distinctInstance", None)], &[], false).is_ok());
        assert!(placement(&def, &[constraint("memberOf", None)], &[], false).is_err());
        assert!(placement(&def, &[], &[strategy("binpack", "disk")], false).is_err());
        assert!(placement(&def, &[], &[strategy("spread", "instanceId")], true).is_err());
        assert!(placement(&def, &[], &default_placement_strategy(), false).is_ok());
        assert!(placement(
            &def,
            &vec![constraint("distinctInstance", None); 11],
            &[],
            false
        )
        .is_err());
    }

    #[test]
    fn tokens_roles_and_enums() {
        assert!(client_token(&"a".repeat(36)).is_ok());
        assert!(client_token(&"a".repeat(37)).is_err());
        assert!(client_token("a b").is_err());
        assert_eq!(
            role_arn("123", Some("/foo/bar")).as_deref(),
            Some("arn:aws:iam::123:role/foo/bar")
        );
        assert_eq!(role_arn("123", None), None);
        assert!(propagate_tags(Some("SERVICE")).is_ok());
        assert!(propagate_tags(Some("ALL")).is_err());
        assert!(scheduling_strategy(Some("DAEMON")).is_ok());
        assert!(scheduling_strategy(Some("ONCE")).is_err());
        assert!(grace_period(Some(-1)).is_err());
    }
}
