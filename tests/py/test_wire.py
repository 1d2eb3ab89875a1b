"""The wire: AWS JSON 1.1 framing, SigV4 authentication, error rendering, request ids, the body
size cap and region scoping. Raw requests are signed with botocore's own SigV4 signer."""

from __future__ import annotations

import datetime as dt
import http.client
import json

import botocore.auth
import botocore.awsrequest
import botocore.credentials

from berth_harness import ACCOUNT, ECS_TARGET_PREFIX, expect_error


def test_healthz_is_unauthenticated(server):
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    try:
        conn.request("GET", "/healthz")
        assert conn.getresponse().status == 200
    finally:
        conn.close()


def test_a_signed_raw_request_succeeds_with_a_request_id(server):
    response = server.raw("ListClusters", {})
    assert response.status == 200, response
    assert "clusterArns" in response.json()
    assert response.headers.get("x-amzn-requestid")
    assert response.headers.get("content-type", "").startswith("application/x-amz-json-1.1")


def test_boto3_sees_the_request_id(ecs):
    metadata = ecs.list_clusters()["ResponseMetadata"]
    assert metadata["RequestId"]
    assert metadata["HTTPHeaders"]["x-amzn-requestid"] == metadata["RequestId"]


def test_request_ids_are_unique(server):
    ids = {server.raw("ListClusters", {}).headers["x-amzn-requestid"] for _ in range(5)}
    assert len(ids) == 5


def test_errors_carry_type_message_and_request_id(server):
    response = server.raw("DescribeClusters", {"include": ["BOGUS"]})
    assert response.status == 400
    body = response.json()
    assert response.error_type == "InvalidParameterException"
    assert "include" in body["message"]
    assert response.headers.get("x-amzn-requestid")


def test_unknown_operation(server):
    response = server.raw("FrobnicateClusters", {})
    assert response.status == 400
    assert response.error_type == "UnknownOperationException"
    assert "message" in response.json()


def test_unknown_target_prefix(server):
    response = server.raw(None, {}, target="DynamoDB_20120810.ListTables")
    assert response.status == 400
    assert response.error_type == "UnknownOperationException"


def test_malformed_json_body(server):
    response = server.raw("ListClusters", b"{not json")
    assert response.status == 400
    assert response.error_type == "SerializationException"


def test_body_that_is_not_an_object(server):
    response = server.raw("ListClusters", b"[1, 2, 3]")
    assert response.error_type == "SerializationException"


def test_member_of_the_wrong_type_names_the_member(server):
    response = server.raw("ListClusters", {"maxResults": "ten"})
    assert response.error_type == "SerializationException"
    assert "maxResults" in response.json()["message"]


def test_missing_required_member_names_it(server):
    for operation, body, member in (
        ("DeleteCluster", {}, "cluster"),
        ("RunTask", {"cluster": "whatever"}, "taskDefinition"),
        ("RegisterTaskDefinition", {"family": "f"}, "containerDefinitions"),
    ):
        response = server.raw(operation, body)
        assert response.status == 400
        assert response.error_type == "InvalidParameterException", (operation, response)
        assert member in response.json()["message"], (operation, response)


def test_server_validation_names_the_field_through_boto3(server):
    ecs = server.client(validate=False)
    error = expect_error("InvalidParameterException", ecs.delete_cluster)
    assert "cluster" in error.response["Error"]["Message"]


def test_missing_signature(server):
    response = server.raw("ListClusters", {}, sign=False)
    assert response.status in (400, 403)
    assert response.error_type == "MissingAuthenticationTokenException"


def test_wrong_secret(server):
    response = server.raw("ListClusters", {}, secret_key="not-the-secret-" + "x" * 25)
    assert response.status in (400, 403)
    assert response.error_type == "InvalidSignatureException"
    assert "does not match" in response.json()["message"]


def test_wrong_secret_through_boto3(server):
    ecs = server.client(secret_key="wrong" * 8)
    error = expect_error("InvalidSignatureException", ecs.list_clusters)
    assert "does not match" in error.response["Error"]["Message"]


def test_unknown_access_key(server):
    response = server.raw("ListClusters", {}, access_key="BKIAUNKNOWNUNKNOWN12")
    assert response.status in (400, 403)
    assert response.error_type == "UnrecognizedClientException"


def test_tampered_body_fails_the_signature(server):
    # Sign one body, send another: the payload hash no longer matches.
    key, secret = server.credentials()
    request = botocore.awsrequest.AWSRequest(
        method="POST",
        url=server.endpoint + "/",
        data=b"{}",
        headers={
            "Content-Type": "application/x-amz-json-1.1",
            "X-Amz-Target": f"{ECS_TARGET_PREFIX}.ListClusters",
        },
    )
    botocore.auth.SigV4Auth(botocore.credentials.Credentials(key, secret), "ecs", "us-east-1").add_auth(request)
    headers = dict(request.headers.items())
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        conn.request("POST", "/", body=b'{"maxResults": 1}', headers=headers)
        response = conn.getresponse()
        body = json.loads(response.read())
    finally:
        conn.close()
    assert response.status in (400, 403)
    assert body["__type"].rsplit("#", 1)[-1] == "InvalidSignatureException"


def test_skewed_clock_is_refused(server):
    # AWS's wording: "Signature expired: ..." for the past, "Signature not yet current: ..."
    # for the future; both InvalidSignatureException.
    for skew, words in (
        (dt.timedelta(minutes=-10), "signature expired"),
        (dt.timedelta(minutes=10), "signature not yet current"),
    ):
        response = server.raw(
            "ListClusters", {}, timestamp=dt.datetime.now(dt.timezone.utc) + skew
        )
        assert response.status in (400, 403), response
        assert response.error_type == "InvalidSignatureException"
        assert words in response.json()["message"].lower(), response.json()


def test_small_skew_is_accepted(server):
    response = server.raw(
        "ListClusters", {}, timestamp=dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=2)
    )
    assert response.status == 200, response


def test_body_over_one_mib_is_refused(server):
    big = json.dumps({"clusterName": "x", "padding": "a" * (1024 * 1024 + 10)}).encode()
    response = server.raw("CreateCluster", big)
    assert response.status in (400, 413), response
    assert response.error_type, response
    # The server is still healthy afterwards.
    assert server.raw("ListClusters", {}).status == 200


def test_body_just_under_the_cap_is_parsed(server):
    # Under 1 MiB the request reaches the operation (and fails there, on its own terms).
    body = json.dumps({"clusters": ["x"] * 1000, "include": ["BOGUS"]}).encode()
    assert len(body) < 1024 * 1024
    response = server.raw("DescribeClusters", body)
    assert response.error_type == "InvalidParameterException"


def test_regions_isolate_state(server, unique):
    east = server.client(region="us-east-1")
    west = server.client(region="eu-west-1")
    name = unique("shared")
    east_arn = east.create_cluster(clusterName=name, tags=[{"key": "r", "value": "east"}])["cluster"]["clusterArn"]
    assert east_arn == f"arn:aws:ecs:us-east-1:{ACCOUNT}:cluster/{name}"
    assert west.describe_clusters(clusters=[name])["clusters"] == []

    west_arn = west.create_cluster(clusterName=name)["cluster"]["clusterArn"]
    assert west_arn == f"arn:aws:ecs:eu-west-1:{ACCOUNT}:cluster/{name}"
    assert _listed(east, east_arn)
    assert not _listed(west, east_arn)

    west.delete_cluster(cluster=name)
    assert east.describe_clusters(clusters=[name])["clusters"][0]["status"] == "ACTIVE"
    assert west.describe_clusters(clusters=[name])["clusters"][0]["status"] == "INACTIVE"


def _listed(client, arn: str) -> bool:
    for page in client.get_paginator("list_clusters").paginate():
        if arn in page["clusterArns"]:
            return True
    return False


def test_a_region_arn_from_another_region_is_not_found_here(server, unique):
    east = server.client(region="us-east-1")
    west = server.client(region="eu-west-1")
    name = unique("c")
    east_arn = east.create_cluster(clusterName=name)["cluster"]["clusterArn"]
    # Either refused as a foreign ARN or reported missing: never the other region's cluster.
    try:
        response = west.describe_clusters(clusters=[east_arn])
    except west.exceptions.InvalidParameterException as error:
        assert "region" in error.response["Error"]["Message"]
        return
    assert response["clusters"] == []
    assert len(response["failures"]) == 1


def test_get_is_not_an_api_call(server):
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    try:
        conn.request("GET", "/")
        response = conn.getresponse()
        response.read()
        assert response.status >= 400
    finally:
        conn.close()
