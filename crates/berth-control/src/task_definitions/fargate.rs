//! The Fargate rules for a task definition: the valid task CPU/memory pairs, and the first
//! parameter that keeps a definition off Fargate.
//!
//! The same check serves two purposes: when `requiresCompatibilities` names `FARGATE`, the first
//! violation is the `ClientException` RegisterTaskDefinition returns; otherwise its absence decides
//! whether `FARGATE` is listed in the computed `compatibilities`. Pure; takes the already-parsed
//! task cpu/memory so that unit parsing lives in one place.

use berth_wire::ecs as wire;

/// One row of the Fargate task-size table: the memory values (MiB) allowed with a task CPU value.
struct FargateSize {
    cpu: i64,
    min_memory: i64,
    max_memory: i64,
    step: i64,
}

/// The Fargate task sizes with a memory range, from the ECS developer guide ("Task size").
const FARGATE_SIZES: &[FargateSize] = &[
    FargateSize {
        cpu: 512,
        min_memory: 1024,
        max_memory: 4096,
        step: 1024,
    },
    FargateSize {
        cpu: 1024,
        min_memory: 2048,
        max_memory: 8192,
        step: 1024,
    },
    FargateSize {
        cpu: 2048,
        min_memory: 4096,
        max_memory: 16384,
        step: 1024,
    },
    FargateSize {
        cpu: 4096,
        min_memory: 8192,
        max_memory: 30720,
        step: 1024,
    },
    FargateSize {
        cpu: 8192,
        min_memory: 16384,
        max_memory: 61440,
        step: 4096,
    },
    FargateSize {
        cpu: 16384,
        min_memory: 32768,
        max_memory: 122_880,
        step: 8192,
    },
];

/// The smallest Fargate size is not a range: 256 CPU units allow exactly these memory values.
const SMALLEST_CPU: i64 = 256;
const SMALLEST_MEMORIES: &[i64] = &[512, 1024, 2048];

/// Log drivers Fargate supports.
const FARGATE_LOG_DRIVERS: &[&str] = &["awslogs", "splunk", "awsfirelens"];

/// Whether `cpu` units with `memory` MiB is a Fargate task size.
pub fn is_valid_pair(cpu: i64, memory: i64) -> bool {
    if cpu == SMALLEST_CPU {
        return SMALLEST_MEMORIES.contains(&memory);
    }
    FARGATE_SIZES.iter().any(|size| {
        size.cpu == cpu
            && (size.min_memory..=size.max_memory).contains(&memory)
            && (memory - size.min_memory) % size.step == 0
    })
}

/// ECS's message for a CPU/memory pair that is not a Fargate task size.
pub fn invalid_pair_message(cpu: i64, memory: i64) -> String {
    format!(
        "No Fargate configuration exists for given values: {cpu} CPU, {memory} memory. \
         See the Amazon ECS documentation for the valid values."
    )
}

/// The first reason `request` cannot run on Fargate, given its parsed task cpu and memory.
/// The order is ECS's: network mode, then task size, then container and volume parameters.
pub fn incompatibility(
    request: &wire::RegisterTaskDefinitionRequest,
    task_cpu: Option<i64>,
    task_memory: Option<i64>,
) -> Option<String> {
    if request.network_mode.as_deref() != Some("awsvpc") {
        return Some("Fargate only supports network mode \u{2018}awsvpc\u{2019}.".to_string());
    }
    let Some(cpu) = task_cpu else {
        return Some("Fargate requires that 'cpu' be defined at the task level.".to_string());
    };
    let Some(memory) = task_memory else {
        return Some("Fargate requires that 'memory' be defined at the task level.".to_string());
    };
    if !is_valid_pair(cpu, memory) {
        return Some(invalid_pair_message(cpu, memory));
    }
    if request.ipc_mode.is_some() {
        return Some("Tasks using the Fargate launch type do not support ipcMode.".to_string());
    }
    if request.pid_mode.as_deref() == Some("host") {
        return Some(
            "Tasks using the Fargate launch type only support the 'task' pidMode.".to_string(),
        );
    }
    for container in request.container_definitions.as_deref().unwrap_or_default() {
        let name = container.name.as_deref().unwrap_or("");
        if container.privileged == Some(true) {
            return Some(format!(
                "Privileged containers are not supported by the Fargate launch type \
                 (container '{name}')."
            ));
        }
        if let Some(driver) = container
            .log_configuration
            .as_ref()
            .and_then(|log| log.log_driver.as_deref())
        {
            if !FARGATE_LOG_DRIVERS.contains(&driver) {
                return Some(format!(
                    "Log driver {driver} is not supported by the Fargate launch type \
                     (container '{name}'); supported drivers are: {}.",
                    FARGATE_LOG_DRIVERS.join(", ")
                ));
            }
        }
    }
    for volume in request.volumes.as_deref().unwrap_or_default() {
        let name = volume.name.as_deref().unwrap_or("");
        if volume
            .host
            .as_ref()
            .is_some_and(|host| host.source_path.is_some())
        {
            return Some(format!(
                "Host volumes with a sourcePath are not supported by the Fargate launch type \
                 (volume '{name}')."
            ));
        }
        if volume.docker_volume_configuration.is_some() {
            return Some(format!(
                "dockerVolumeConfiguration is not supported by the Fargate launch type \
                 (volume '{name}')."
            ));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_documented_pair_and_its_neighbours() {
        let valid: &[(i64, &[i64])] = &[
            (256, &[512, 1024, 2048]),
            (512, &[1024, 2048, 3072, 4096]),
            (1024, &[2048, 3072, 4096, 5120, 6144, 7168, 8192]),
        ];
        for (cpu, memories) in valid {
            for memory in *memories {
                assert!(is_valid_pair(*cpu, *memory), "{cpu}/{memory}");
            }
        }
        for (cpu, memory) in [
            (2048, 4096),
            (2048, 16384),
            (4096, 8192),
            (4096, 30720),
            (8192, 16384),
            (8192, 20480),
            (8192, 61440),
            (16384, 32768),
            (16384, 40960),
            (16384, 122_880),
        ] {
            assert!(is_valid_pair(cpu, memory), "{cpu}/{memory}");
        }
        for (cpu, memory) in [
            (256, 256),
            (256, 1536),
            (256, 4096),
            (512, 512),
            (512, 5120),
            (1024, 1024),
            (1024, 2560),
            (1024, 9216),
            (2048, 17408),
            (4096, 31744),
            (8192, 17408),
            (8192, 18432),
            (8192, 62464),
            (16384, 33792),
            (16384, 131_072),
            (128, 512),
            (32768, 65536),
        ] {
            assert!(!is_valid_pair(cpu, memory), "{cpu}/{memory}");
        }
    }

    #[test]
    fn the_pair_message_matches_ecs() {
        assert_eq!(
            invalid_pair_message(256, 4096),
            "No Fargate configuration exists for given values: 256 CPU, 4096 memory. \
             See the Amazon ECS documentation for the valid values."
        );
    }

    #[test]
    fn incompatibilities_in_order() {
        let mut request = wire::RegisterTaskDefinitionRequest {
            family: Some("f".into()),
            container_definitions: Some(vec![wire::ContainerDefinition {
                name: Some("app".into()),
                image: Some("busybox".into()),
                ..Default::default()
            }]),
            ..Default::default()
        };
        assert!(
            incompatibility(&request, Some(256), Some(512)).is_some_and(|m| m.contains("awsvpc"))
        );
        request.network_mode = Some("awsvpc".into());
        assert!(incompatibility(&request, None, Some(512)).is_some_and(|m| m.contains("'cpu'")));
        assert!(incompatibility(&request, Some(256), None).is_some_and(|m| m.contains("'memory'")));
        assert!(incompatibility(&request, Some(256), Some(4096))
            .is_some_and(|m| m.contains("256 CPU, 4096 memory")));
        assert_eq!(incompatibility(&request, Some(256), Some(512)), None);
        if let Some(containers) = request.container_definitions.as_mut() {
            containers[0].privileged = Some(true);
        }
        assert!(incompatibility(&request, Some(256), Some(512))
            .is_some_and(|m| m.contains("Privileged") && m.contains("'app'")));
    }
}
