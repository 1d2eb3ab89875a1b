//! The store key layout: every record of every region and account, in one ordered key space.
//!
//! Keys are `{region}/{account}/{family}/...`, so a region+account is a prefix (the tenancy
//! boundary) and each resource family lists with one prefix range. Numbers in keys are
//! zero-padded so that byte order is numeric order. Names are validated before they reach a key
//! (ECS names never contain `/`), so no escaping is needed.

use berth_model::Scope;

fn base(scope: &Scope) -> String {
    format!("s/{}/{}/", scope.region, scope.account)
}

pub fn clusters(scope: &Scope) -> String {
    format!("{}clusters/", base(scope))
}

pub fn cluster(scope: &Scope, name: &str) -> String {
    format!("{}{name}", clusters(scope))
}

pub fn task_definitions(scope: &Scope) -> String {
    format!("{}taskdefs/", base(scope))
}

pub fn task_definition_family(scope: &Scope, family: &str) -> String {
    format!("{}{family}/", task_definitions(scope))
}

pub fn task_definition(scope: &Scope, family: &str, revision: i32) -> String {
    format!("{}{revision:010}", task_definition_family(scope, family))
}

pub fn instances(scope: &Scope, cluster: &str) -> String {
    format!("{}instances/{cluster}/", base(scope))
}

pub fn instance(scope: &Scope, cluster: &str, id: &str) -> String {
    format!("{}{id}", instances(scope, cluster))
}

pub fn tasks(scope: &Scope, cluster: &str) -> String {
    format!("{}tasks/{cluster}/", base(scope))
}

pub fn task(scope: &Scope, cluster: &str, id: &str) -> String {
    format!("{}{id}", tasks(scope, cluster))
}

pub fn client_token(scope: &Scope, cluster: &str, token: &str) -> String {
    format!("{}tokens/{cluster}/{token}", base(scope))
}

pub fn services(scope: &Scope, cluster: &str) -> String {
    format!("{}services/{cluster}/", base(scope))
}

pub fn service(scope: &Scope, cluster: &str, name: &str) -> String {
    format!("{}{name}", services(scope, cluster))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn revisions_sort_numerically_and_prefixes_do_not_overlap() {
        let scope = Scope::new("us-east-1", "000000000000");
        assert!(task_definition(&scope, "web", 9) < task_definition(&scope, "web", 10));
        // `web` must not list `web2`'s revisions.
        assert!(
            !task_definition(&scope, "web2", 1).starts_with(&task_definition_family(&scope, "web"))
        );
        let other = Scope::new("eu-west-1", "000000000000");
        assert!(!cluster(&other, "a").starts_with(&clusters(&scope)));
    }
}
