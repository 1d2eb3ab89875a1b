//! CPU units, memory (MiB) and ports: what an instance offers and what a task reserves.
//!
//! Arithmetic saturates and comparisons are explicit so that an over-commit can never hide in
//! an overflow. Ports are kept as sorted sets of host ports per protocol.

use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// A bundle of schedulable resources.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Resources {
    /// CPU units (1024 = one vCPU).
    pub cpu: i64,
    /// Memory in MiB.
    pub memory: i64,
    /// Reserved TCP host ports.
    pub ports_tcp: BTreeSet<u16>,
    /// Reserved UDP host ports.
    pub ports_udp: BTreeSet<u16>,
}

/// Which resource a request did not fit in, in the order ECS reports them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortfall {
    Cpu,
    Memory,
    Ports,
}

impl Resources {
    /// Whether `request` fits in `self` (treated as what remains); the first shortfall otherwise.
    pub fn fits(&self, request: &Resources) -> Result<(), Shortfall> {
        if request.cpu > self.cpu {
            return Err(Shortfall::Cpu);
        }
        if request.memory > self.memory {
            return Err(Shortfall::Memory);
        }
        if !request.ports_tcp.is_disjoint(&self.ports_tcp)
            || !request.ports_udp.is_disjoint(&self.ports_udp)
        {
            return Err(Shortfall::Ports);
        }
        Ok(())
    }

    /// `self - request`, where `self` is what remains and the request's ports become taken.
    pub fn reserve(&self, request: &Resources) -> Resources {
        Resources {
            cpu: self.cpu.saturating_sub(request.cpu),
            memory: self.memory.saturating_sub(request.memory),
            ports_tcp: self.ports_tcp.union(&request.ports_tcp).copied().collect(),
            ports_udp: self.ports_udp.union(&request.ports_udp).copied().collect(),
        }
    }

    /// Gives back what `reserve` took.
    pub fn release(&self, request: &Resources) -> Resources {
        Resources {
            cpu: self.cpu.saturating_add(request.cpu),
            memory: self.memory.saturating_add(request.memory),
            ports_tcp: self
                .ports_tcp
                .difference(&request.ports_tcp)
                .copied()
                .collect(),
            ports_udp: self
                .ports_udp
                .difference(&request.ports_udp)
                .copied()
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn res(cpu: i64, memory: i64, tcp: &[u16]) -> Resources {
        Resources {
            cpu,
            memory,
            ports_tcp: tcp.iter().copied().collect(),
            ports_udp: BTreeSet::new(),
        }
    }

    #[test]
    fn reports_the_first_shortfall_in_ecs_order() {
        let remaining = res(1024, 512, &[80]);
        assert_eq!(remaining.fits(&res(2048, 1024, &[])), Err(Shortfall::Cpu));
        assert_eq!(remaining.fits(&res(256, 1024, &[])), Err(Shortfall::Memory));
        assert_eq!(remaining.fits(&res(256, 256, &[80])), Err(Shortfall::Ports));
        assert_eq!(remaining.fits(&res(256, 256, &[8080])), Ok(()));
    }

    proptest! {
        #[test]
        fn reserve_then_release_is_identity(cpu in 0i64..10_000, mem in 0i64..10_000, c in 0i64..10_000, m in 0i64..10_000, p in 1u16..2000) {
            let remaining = res(cpu.max(c), mem.max(m), &[]);
            let request = res(c, m, &[p]);
            prop_assert_eq!(remaining.reserve(&request).release(&request), remaining);
        }
    }
}
