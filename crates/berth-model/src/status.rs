//! The ordered status enums of ECS tasks and containers, and stop codes.
//!
//! Statuses only move forward: `Ord` follows the lifecycle, so "has the task reached RUNNING" is
//! `status >= TaskStatus::Running`. Wire names are the ECS strings (`as_str`/`parse`).

use serde::{Deserialize, Serialize};

macro_rules! wire_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $wire:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $(#[serde(rename = $wire)] $variant),+
        }

        impl $name {
            /// Every value, in lifecycle order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The ECS wire string.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $wire),+
                }
            }

            /// Parses the ECS wire string (exact, case-sensitive as ECS is).
            pub fn parse(text: &str) -> Option<Self> {
                match text {
                    $($wire => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

wire_enum!(
    /// A task's `lastStatus`/`desiredStatus`, in lifecycle order.
    TaskStatus {
        Provisioning => "PROVISIONING",
        Pending => "PENDING",
        Activating => "ACTIVATING",
        Running => "RUNNING",
        Deactivating => "DEACTIVATING",
        Stopping => "STOPPING",
        Deprovisioning => "DEPROVISIONING",
        Stopped => "STOPPED",
    }
);

wire_enum!(
    /// A container's `lastStatus` as ECS reports it.
    ContainerStatus {
        Pending => "PENDING",
        Running => "RUNNING",
        Stopped => "STOPPED",
    }
);

wire_enum!(
    /// Container and task health as ECS reports it.
    HealthStatus {
        Unknown => "UNKNOWN",
        Healthy => "HEALTHY",
        Unhealthy => "UNHEALTHY",
    }
);

wire_enum!(
    /// Why a task stopped (`stopCode`).
    StopCode {
        TaskFailedToStart => "TaskFailedToStart",
        EssentialContainerExited => "EssentialContainerExited",
        UserInitiated => "UserInitiated",
        ServiceSchedulerInitiated => "ServiceSchedulerInitiated",
        SpotInterruption => "SpotInterruption",
        TerminationNotice => "TerminationNotice",
    }
);

impl TaskStatus {
    /// Whether the task has reached or passed STOPPED.
    pub fn is_stopped(self) -> bool {
        self == TaskStatus::Stopped
    }

    /// Whether ECS counts the task as pending (placed, not yet running).
    pub fn is_pending(self) -> bool {
        self < TaskStatus::Running
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn task_statuses_are_ordered_by_lifecycle() {
        let all = TaskStatus::ALL;
        assert!(all.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(all.first(), Some(&TaskStatus::Provisioning));
        assert_eq!(all.last(), Some(&TaskStatus::Stopped));
    }

    #[test]
    fn wire_names_round_trip() {
        for status in TaskStatus::ALL {
            assert_eq!(TaskStatus::parse(status.as_str()), Some(*status));
        }
        for code in StopCode::ALL {
            assert_eq!(StopCode::parse(code.as_str()), Some(*code));
        }
        assert_eq!(TaskStatus::parse("running"), None);
    }
}
