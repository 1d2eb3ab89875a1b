//! The agents' WebSocket endpoint at `berth_protocol::CONNECT_PATH`: authenticates the upgrade
//! request like any API call, reads the connect query, opens the control plane's agent session
//! and then shuttles JSON text frames between the socket and the session.
//!
//! Refusals happen before the upgrade, as ordinary HTTP errors rendered like every other API
//! error (`__type` + `message`). This module owns only the transport: which tasks to send and
//! when an agent counts as gone are the control plane's decisions (`berth_control::agents`).

use crate::error::ApiError;
use crate::server::{authenticate, ServerState};
use axum::extract::ws::rejection::WebSocketUpgradeRejection;
use axum::extract::ws::{close_code, CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::extract::{Query, State};
use axum::http::{HeaderMap, Method, Uri};
use axum::response::Response;
use berth_control::agents::AgentConnection;
use berth_model::Scope;
use berth_protocol::{query, AgentMessage, PROTOCOL_VERSION};
use std::sync::Arc;
use std::time::Duration;
use tracing::Instrument;

/// How long one frame may take to reach the agent's socket buffer. An agent that reads nothing
/// for this long is treated as gone: its session ends and it must reconnect.
const SEND_TIMEOUT: Duration = Duration::from_secs(10);

/// What the connect query asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ConnectRequest {
    pub cluster: String,
    pub container_instance: String,
}

/// Reads the connect query. The protocol version is checked first, so that an agent of another
/// version learns that before anything else.
pub(crate) fn connect_request(pairs: &[(String, String)]) -> Result<ConnectRequest, ApiError> {
    let get = |name: &str| {
        pairs
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
            .filter(|value| !value.is_empty())
    };
    let invalid = |message: String| ApiError::new(400, "InvalidParameterException", message);
    let version = get(query::PROTOCOL_VERSION)
        .ok_or_else(|| invalid(format!("{} is required.", query::PROTOCOL_VERSION)))?;
    if version.parse::<u32>().ok() != Some(PROTOCOL_VERSION) {
        return Err(invalid(format!(
            "{} '{version}' is not supported: this control plane speaks agent protocol version \
             {PROTOCOL_VERSION}. Upgrade the agent or the control plane so that they match.",
            query::PROTOCOL_VERSION
        )));
    }
    let cluster =
        get(query::CLUSTER).ok_or_else(|| invalid(format!("{} is required.", query::CLUSTER)))?;
    let container_instance = get(query::CONTAINER_INSTANCE)
        .ok_or_else(|| invalid(format!("{} is required.", query::CONTAINER_INSTANCE)))?;
    Ok(ConnectRequest {
        cluster: cluster.to_string(),
        container_instance: container_instance.to_string(),
    })
}

/// `GET CONNECT_PATH`: the WebSocket upgrade of an agent.
pub(crate) async fn connect(
    State(state): State<Arc<ServerState>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    upgrade: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
) -> Response {
    let request_id = uuid::Uuid::new_v4().to_string();
    let span = tracing::info_span!("agent_connect", id = %request_id);
    let opened = open(&state, &request_id, &method, &uri, &headers, upgrade)
        .instrument(span)
        .await;
    match opened {
        Ok(response) => response,
        Err(error) => {
            if error.status >= 500 {
                tracing::error!(code = %error.code, message = %error.message, "agent connect failed");
            } else {
                tracing::info!(code = %error.code, message = %error.message, "agent connect refused");
            }
            error.into_response_with_id(&request_id)
        }
    }
}

async fn open(
    state: &ServerState,
    request_id: &str,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
    upgrade: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
) -> Result<Response, ApiError> {
    let Some(control) = state.agents.clone() else {
        return Err(ApiError::unknown_operation(
            "This listener does not accept agents.",
        ));
    };
    // The upgrade has no body; the agent signs an empty one.
    let (ctx, _) = authenticate(state, request_id, method, uri, headers, &[])?;
    let pairs = Query::<Vec<(String, String)>>::try_from_uri(uri)
        .map_err(|rejection| {
            ApiError::new(400, "InvalidParameterException", rejection.body_text())
        })?
        .0;
    let request = connect_request(&pairs)?;
    let upgrade = upgrade.map_err(|rejection| {
        ApiError::new(
            rejection.status().as_u16(),
            "ClientException",
            format!(
                "{} must be a WebSocket upgrade: {}",
                berth_protocol::CONNECT_PATH,
                rejection.body_text()
            ),
        )
    })?;
    let scope = Scope::new(ctx.region, ctx.account);
    let connection = control
        .open_agent_session(&scope, &request.cluster, &request.container_instance)
        .await?;
    let span = tracing::info_span!(
        "agent_session",
        session = %connection.session_id(),
        instance = %connection.container_instance_arn()
    );
    Ok(upgrade.on_upgrade(move |socket| serve_socket(socket, connection).instrument(span)))
}

/// Moves messages both ways until either side ends; dropping out of the loop ends the session.
async fn serve_socket(mut socket: WebSocket, mut connection: AgentConnection) {
    loop {
        tokio::select! {
            outgoing = connection.next_message() => {
                let Some(message) = outgoing else {
                    // Replaced by a newer session, silent too long, or the store closed.
                    let frame = CloseFrame {
                        code: close_code::AWAY,
                        reason: "session ended".into(),
                    };
                    let _ = tokio::time::timeout(
                        SEND_TIMEOUT,
                        socket.send(Message::Close(Some(frame))),
                    )
                    .await;
                    break;
                };
                let text = match serde_json::to_string(&message) {
                    Ok(text) => text,
                    Err(error) => {
                        tracing::error!(%error, "cannot encode a message for the agent");
                        break;
                    }
                };
                match tokio::time::timeout(SEND_TIMEOUT, socket.send(Message::Text(text.into()))).await {
                    Ok(Ok(())) => {}
                    Ok(Err(error)) => {
                        tracing::info!(%error, "agent socket failed");
                        break;
                    }
                    Err(_) => {
                        tracing::warn!("agent stopped reading; closing its session");
                        break;
                    }
                }
            }
            incoming = socket.recv() => match incoming {
                Some(Ok(Message::Text(text))) => {
                    match serde_json::from_str::<AgentMessage>(text.as_str()) {
                        Ok(message) => {
                            connection.handle(&message).await;
                        }
                        Err(error) => {
                            // Still a sign of life; the versions matched, so this is a bug on
                            // one side, not a reason to drop a working agent.
                            tracing::warn!(%error, "unreadable agent message ignored");
                            connection.heard();
                        }
                    }
                }
                Some(Ok(Message::Ping(_) | Message::Pong(_))) => {
                    connection.heard();
                }
                Some(Ok(Message::Binary(_))) => {
                    tracing::warn!("binary agent frame ignored; the protocol is JSON text");
                    connection.heard();
                }
                Some(Ok(Message::Close(_))) | None => break,
                Some(Err(error)) => {
                    tracing::info!(%error, "agent socket failed");
                    break;
                }
            },
        }
    }
    tracing::info!("agent disconnected");
    connection.close().await;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
        items
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn connect_query_table() {
        let ok = ConnectRequest {
            cluster: "c".into(),
            container_instance: "abc".into(),
        };
        // (query pairs, the request or the start of the error message)
        type Case = (
            Vec<(&'static str, &'static str)>,
            Result<ConnectRequest, &'static str>,
        );
        let cases: Vec<Case> = vec![
            (
                vec![
                    ("cluster", "c"),
                    ("containerInstance", "abc"),
                    ("protocolVersion", "1"),
                ],
                Ok(ok.clone()),
            ),
            (
                vec![("cluster", "c"), ("containerInstance", "abc")],
                Err("protocolVersion is required."),
            ),
            (
                vec![
                    ("cluster", "c"),
                    ("containerInstance", "abc"),
                    ("protocolVersion", "2"),
                ],
                Err("protocolVersion '2' is not supported"),
            ),
            (
                vec![("protocolVersion", "x"), ("cluster", "c")],
                Err("protocolVersion 'x' is not supported"),
            ),
            (
                vec![("protocolVersion", "1"), ("containerInstance", "abc")],
                Err("cluster is required."),
            ),
            (
                vec![
                    ("protocolVersion", "1"),
                    ("cluster", "c"),
                    ("containerInstance", ""),
                ],
                Err("containerInstance is required."),
            ),
        ];
        for (input, want) in cases {
            let got = connect_request(&pairs(&input));
            match (got, want) {
                (Ok(got), Ok(want)) => assert_eq!(got, want),
                (Err(got), Err(prefix)) => {
                    assert_eq!(got.status, 400);
                    assert_eq!(got.code, "InvalidParameterException");
                    assert!(
                        got.message.starts_with(prefix),
                        "{input:?}: {}",
                        got.message
                    );
                }
                (got, want) => panic!("{input:?}: got {got:?}, want {want:?}"),
            }
        }
    }
}
