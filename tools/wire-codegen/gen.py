#!/usr/bin/env python3
"""Generate serde wire shapes for one AWS JSON-protocol service from its botocore model.

Usage (from the repository root):

    python3 tools/wire-codegen/gen.py MODEL OUTPUT [--module-doc TEXT] [--check] [--no-rustfmt]

    python3 tools/wire-codegen/gen.py \\
        ../shared/reference/aws-models/ecs-2014-11-13.service-2.json crates/berth-wire/src/ecs.rs

What it emits (see crates/berth-wire/README.md for the contract the rest of berth relies on):

* every `structure` shape as a serde struct whose members are all `Option<T>`, renamed to the exact
  wire name, so that any field a client sends survives a deserialize/serialize round trip;
* every enum `string` shape as a `String` plus a `<SHAPE>_VALUES` constant (unknown values must reach
  the handler, which answers with an error naming the field, so no serde enums);
* `REQUIRED` and `ENUM_MEMBERS` per structure, the exception names, the operation table and the
  service metadata.

The generator uses the Python 3.11 standard library only and is deterministic: shapes and operations
are emitted in sorted order and nothing depends on the time, the environment or absolute paths.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

# The repository root: this file lives at <root>/tools/wire-codegen/gen.py.
REPO_ROOT = Path(__file__).resolve().parents[2]

# Rust keywords that can be written as raw identifiers (`r#type`).
RAW_KEYWORDS = set(
    """as async await break const continue dyn else enum extern false fn for gen if impl in let loop
    match mod move mut pub ref return static struct trait true type unsafe use where while abstract
    become box do final macro override priv try typeof unsized virtual yield""".split()
)
# Keywords that cannot be raw identifiers; they get a trailing underscore instead.
NON_RAW_KEYWORDS = {"self", "Self", "super", "crate", "_"}

# Names the generated code refers to, and the fully qualified path used when a model defines a
# structure with the same name (servicediscovery has an `Operation` structure, for example).
EXTERNAL_NAMES = {
    "Option": "::std::option::Option",
    "Vec": "::std::vec::Vec",
    "String": "::std::string::String",
    "Box": "::std::boxed::Box",
    "BTreeMap": "::std::collections::BTreeMap",
    "Serialize": "::serde::Serialize",
    "Deserialize": "::serde::Deserialize",
    "Value": "::serde_json::Value",
    "Timestamp": "crate::timestamp::Timestamp",
    "Operation": "crate::shape::Operation",
    "WireShape": "crate::shape::WireShape",
}
# The `use` line that brings each external name into scope when it does not collide.
EXTERNAL_IMPORTS = {
    "BTreeMap": "std::collections::BTreeMap",
    "Serialize": "serde::Serialize",
    "Deserialize": "serde::Deserialize",
    "Value": "serde_json::Value",
    "Timestamp": "crate::timestamp::Timestamp",
    "Operation": "crate::shape::Operation",
    "WireShape": "crate::shape::WireShape",
}

SCALAR_TYPES = {
    "string": "String",
    # botocore's JSON protocol carries blobs as base64 text; the handler decodes when it needs to.
    "blob": "String",
    "boolean": "bool",
    "integer": "i32",
    "long": "i64",
    "float": "f32",
    "double": "f64",
    "timestamp": "Timestamp",
}

DOC_MAX_CHARS = 150
# Words ending in a period that do not end a sentence.
ABBREVIATIONS = ("e.g", "i.e", "etc", "vs", "Inc", "approx", "Ltd", "No")


class ModelError(Exception):
    """The model uses something this generator does not know how to map."""


def snake_case(name: str) -> str:
    """`taskDefinitionArn` -> `task_definition_arn`, `enableECSManagedTags` -> `enable_ecs_managed_tags`."""
    out = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    out = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", out)
    out = re.sub(r"[^A-Za-z0-9_]", "_", out)
    return out.lower()


def field_ident(wire_name: str) -> str:
    ident = snake_case(wire_name)
    if ident and ident[0].isdigit():
        ident = "_" + ident
    if ident in RAW_KEYWORDS:
        return "r#" + ident
    if ident in NON_RAW_KEYWORDS:
        return ident + "_"
    return ident


def rust_string(text: str) -> str:
    """A Rust string literal; json.dumps escapes exactly what Rust needs for printable text."""
    return json.dumps(text, ensure_ascii=False)


def one_line_doc(documentation: str | None) -> str:
    """First sentence of an HTML doc string as plain Markdown text, at most ~150 characters."""
    if not documentation:
        return ""
    text = documentation
    # The first paragraph holds the summary; later paragraphs are detail and notes.
    first_p = re.search(r"<p>(.*?)</p>", text, re.S)
    if first_p and text.lstrip().startswith("<p>"):
        text = first_p.group(1)
    text = re.sub(r"<code>(.*?)</code>", lambda m: "`" + m.group(1).replace("`", "'") + "`", text, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", text)
    text = html.unescape(text)
    text = re.sub(r"\s+", " ", text).strip()
    text = first_sentence(text)
    # Square brackets would be read as intra-doc links and angle brackets as HTML by rustdoc.
    outside_code = text.split("`")
    for i in range(0, len(outside_code), 2):
        outside_code[i] = (
            outside_code[i]
            .replace("[", "\\[")
            .replace("]", "\\]")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
        )
    text = "`".join(outside_code)
    if len(text) > DOC_MAX_CHARS:
        cut = text[:DOC_MAX_CHARS]
        if " " in cut:
            cut = cut[: cut.rindex(" ")]
        cut = cut.rstrip(" ,;:")
        if cut.count("`") % 2 == 1:
            cut += "`"
        text = cut + "..."
    return text


def first_sentence(text: str) -> str:
    for m in re.finditer(r"[.!?](?=\s+[A-Z`(\"'])", text):
        before = text[: m.start()]
        word = re.split(r"\s", before)[-1] if before else ""
        if word.endswith(ABBREVIATIONS) or re.fullmatch(r"[A-Z]", word):
            continue
        if before.count("`") % 2 == 1:
            continue
        return text[: m.end()]
    return text


class Generator:
    def __init__(self, model: dict, module_doc: str | None, command: str):
        self.model = model
        self.shapes: dict = model["shapes"]
        self.metadata: dict = model.get("metadata", {})
        self.module_doc = module_doc
        self.command = command
        self.structs = sorted(
            n for n, s in self.shapes.items() if s["type"] == "structure" and not s.get("document")
        )
        self.local_names = set(self.structs) | {
            n for n, s in self.shapes.items() if s["type"] == "structure" and s.get("document")
        }
        self.boxed_edges = self._recursive_edges()
        self.used_externals: set[str] = set()

    # ----- names -------------------------------------------------------------------------------

    def ext(self, name: str) -> str:
        """Refer to an external name, qualifying it when the model defines the same name."""
        if name in self.local_names:
            return EXTERNAL_NAMES[name]
        self.used_externals.add(name)
        return name

    def shape(self, name: str) -> dict:
        try:
            return self.shapes[name]
        except KeyError:
            raise ModelError(f"reference to unknown shape {name!r}") from None

    def is_enum(self, name: str) -> bool:
        s = self.shape(name)
        return s["type"] == "string" and "enum" in s

    @staticmethod
    def values_const(shape_name: str) -> str:
        return snake_case(shape_name).upper() + "_VALUES"

    # ----- types -------------------------------------------------------------------------------

    def rust_type(self, name: str, boxed: bool = False) -> str:
        s = self.shape(name)
        kind = s["type"]
        if kind == "structure":
            if s.get("document"):
                return self.ext("Value")
            return f"{self.ext('Box')}<{name}>" if boxed else name
        if kind == "list":
            return f"{self.ext('Vec')}<{self.rust_type(s['member']['shape'])}>"
        if kind == "map":
            key = self.shape(s["key"]["shape"])
            if key["type"] != "string":
                raise ModelError(f"map {name!r} has non-string keys ({key['type']})")
            value = self.rust_type(s["value"]["shape"])
            return f"{self.ext('BTreeMap')}<{self.ext('String')}, {value}>"
        if kind in SCALAR_TYPES:
            scalar = SCALAR_TYPES[kind]
            return self.ext(scalar) if scalar in EXTERNAL_NAMES else scalar
        raise ModelError(f"shape {name!r} has unsupported type {kind!r}")

    def _recursive_edges(self) -> set[tuple[str, str]]:
        """Direct structure-to-structure members that close a cycle and so need a `Box`.

        Members reached through a list or map are already behind a heap pointer, so only direct
        members count. An edge needs boxing when both ends are in the same strongly connected
        component (Tarjan's algorithm, iterative so deep models cannot overflow Python's stack).
        """
        graph: dict[str, list[str]] = {}
        for n in self.structs:
            graph[n] = sorted(
                {
                    m["shape"]
                    for m in self.shapes[n]["members"].values()
                    if m["shape"] in self.shapes
                    and self.shapes[m["shape"]]["type"] == "structure"
                    and not self.shapes[m["shape"]].get("document")
                }
            )
        index: dict[str, int] = {}
        low: dict[str, int] = {}
        on_stack: set[str] = set()
        stack: list[str] = []
        component: dict[str, int] = {}
        counter = 0
        for root in self.structs:
            if root in index:
                continue
            work = [(root, 0)]
            while work:
                node, child_i = work.pop()
                if child_i == 0:
                    index[node] = low[node] = counter
                    counter += 1
                    stack.append(node)
                    on_stack.add(node)
                children = graph[node]
                if child_i < len(children):
                    work.append((node, child_i + 1))
                    child = children[child_i]
                    if child not in index:
                        work.append((child, 0))
                    elif child in on_stack:
                        low[node] = min(low[node], index[child])
                    continue
                if low[node] == index[node]:
                    while True:
                        top = stack.pop()
                        on_stack.discard(top)
                        component[top] = index[node]
                        if top == node:
                            break
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
        return {
            (n, child)
            for n, children in graph.items()
            for child in children
            if component[n] == component[child]
        }

    # ----- emitters ----------------------------------------------------------------------------

    def generate(self) -> str:
        body: list[str] = []
        body += self.emit_metadata()
        body += self.emit_enums()
        body += self.emit_errors()
        body += self.emit_operations()
        for name in self.structs:
            body += self.emit_struct(name)
        body += self.emit_documents()
        header = self.emit_header()
        return "\n".join(header + body).rstrip() + "\n"

    def emit_header(self) -> list[str]:
        md = self.metadata
        doc = self.module_doc or (
            f"Wire shapes of {md.get('serviceFullName', 'the service')} "
            f"(`{md.get('uid', '?')}`, {md.get('protocol', '?')} protocol), generated from the botocore "
            "model."
        )
        lines = []
        for paragraph in doc.splitlines():
            wrapped = textwrap.wrap(paragraph, width=96, break_long_words=False, break_on_hyphens=False)
            lines += [f"//! {line}" for line in wrapped] or ["//!"]
        lines += [
            "//!",
            "//! GENERATED FILE: do not edit by hand. Regenerate from the repository root with",
            "//!",
            "//! ```text",
            f"//! {self.command}",
            "//! ```",
            "//!",
            "//! Every structure member is optional and carries its exact wire name, so that a request",
            "//! round-trips through these types without losing fields; enum strings stay `String` so",
            "//! that unknown values reach the handler. This module holds data shapes only: validation,",
            "//! defaults and behaviour belong to the API layer. Being generated, it is exempt from the",
            "//! ~800-line file rule.",
            "",
        ]
        # The model's prose names identifiers without backticks; rewriting it is not our job. The
        # default clippy set is clean; this only matters if pedantic lints are switched on.
        lines += ["#![allow(clippy::doc_markdown)]", ""]
        # Imports are decided after the body is generated, since collisions pick qualified paths.
        imports = sorted(EXTERNAL_IMPORTS[n] for n in self.used_externals if n in EXTERNAL_IMPORTS)
        lines += [f"use {path};" for path in imports]
        lines.append("")
        return lines

    def emit_metadata(self) -> list[str]:
        md = self.metadata
        consts = [
            ("API_VERSION", "apiVersion", "Version of the API the model describes."),
            ("TARGET_PREFIX", "targetPrefix", "Prefix of the `X-Amz-Target` header (`<prefix>.<Operation>`)."),
            ("SIGNING_NAME", "signingName", "Service name in the SigV4 credential scope."),
            ("ENDPOINT_PREFIX", "endpointPrefix", "Host prefix of the service endpoint."),
            ("JSON_VERSION", "jsonVersion", "Content type is `application/x-amz-json-<version>`."),
            ("PROTOCOL", "protocol", "Wire protocol of the service."),
            ("SERVICE_ID", "serviceId", "Service id used by the SDKs."),
        ]
        out = []
        for const, key, doc in consts:
            if key in md:
                out += [f"/// {doc}", f"pub const {const}: &str = {rust_string(md[key])};", ""]
        return out

    def emit_enums(self) -> list[str]:
        out = []
        for name in sorted(n for n in self.shapes if self.is_enum(n)):
            values = ", ".join(rust_string(v) for v in self.shapes[name]["enum"])
            out += [
                f"/// Values of the `{name}` enum, in model order.",
                f"pub const {self.values_const(name)}: &[&str] = &[{values}];",
                "",
            ]
        return out

    def emit_errors(self) -> list[str]:
        errors = sorted(n for n in self.structs if self.shapes[n].get("exception"))
        items = ", ".join(rust_string(e) for e in errors)
        return [
            "/// Error codes (exception shape names) the model declares.",
            f"pub const ERROR_CODES: &[&str] = &[{items}];",
            "",
        ]

    def emit_operations(self) -> list[str]:
        op_type = self.ext("Operation")
        out = ["/// Every operation of the service, sorted by name.", f"pub const OPERATIONS: &[{op_type}] = &["]
        for name in sorted(self.model["operations"]):
            op = self.model["operations"][name]
            wire_name = op.get("name", name)
            inp = op.get("input", {}).get("shape")
            outp = op.get("output", {}).get("shape")
            errors = ", ".join(rust_string(e["shape"]) for e in op.get("errors", []))
            out += [
                f"    {op_type} {{",
                f"        name: {rust_string(wire_name)},",
                f"        input: {'Some(' + rust_string(inp) + ')' if inp else 'None'},",
                f"        output: {'Some(' + rust_string(outp) + ')' if outp else 'None'},",
                f"        errors: &[{errors}],",
                "    },",
            ]
        out += ["];", ""]
        return out

    def emit_struct(self, name: str) -> list[str]:
        s = self.shapes[name]
        required = s.get("required", [])
        members = s["members"]
        for r in required:
            if r not in members:
                raise ModelError(f"{name}: required member {r!r} is not a member")
        out = []
        doc = one_line_doc(s.get("documentation"))
        if s.get("exception"):
            doc = ("Error shape. " + doc).strip()
        if s.get("union"):
            doc = ("Union: set exactly one member. " + doc).strip()
        if doc:
            out.append(f"/// {doc}")
        out.append(
            f"#[derive(Debug, Clone, Default, PartialEq, {self.ext('Serialize')}, {self.ext('Deserialize')})]"
        )
        out.append(f"pub struct {name} {{")
        seen: dict[str, str] = {}
        enum_members: list[tuple[str, str]] = []
        for wire_name, member in members.items():
            wire = member.get("locationName", wire_name)
            ident = field_ident(wire_name)
            if ident in seen:
                raise ModelError(f"{name}: members {seen[ident]!r} and {wire_name!r} both map to {ident}")
            seen[ident] = wire_name
            target = member["shape"]
            ty = self.rust_type(target, boxed=(name, target) in self.boxed_edges)
            mdoc = one_line_doc(member.get("documentation"))
            prefix = []
            if wire_name in required:
                prefix.append("Required.")
            if member.get("deprecated") or self.shape(target).get("deprecated"):
                prefix.append("Deprecated.")
            mdoc = " ".join(prefix + ([mdoc] if mdoc else []))
            if mdoc:
                out.append(f"    /// {mdoc}")
            out.append(
                f"    #[serde(rename = {rust_string(wire)}, default, skip_serializing_if = \"Option::is_none\")]"
            )
            out.append(f"    pub {ident}: {self.ext('Option')}<{ty}>,")
            enum_target = self.enum_of(target)
            if enum_target:
                enum_members.append((wire, enum_target))
        out.append("}")
        out.append("")
        wire_required = [members[r].get("locationName", r) for r in required]
        req = ", ".join(rust_string(r) for r in wire_required)
        enums = ", ".join(f"({rust_string(w)}, {self.values_const(e)})" for w, e in enum_members)
        shape_trait = self.ext("WireShape")
        out += [
            f"impl {name} {{",
            "    /// Wire names of the members the model marks as required.",
            f"    pub const REQUIRED: &'static [&'static str] = &[{req}];",
            "    /// Members holding an enum string (or a list of them), with their allowed values.",
            f"    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[{enums}];",
            "}",
            "",
            f"impl {shape_trait} for {name} {{",
            f"    const SHAPE_NAME: &'static str = {rust_string(name)};",
            f"    const REQUIRED: &'static [&'static str] = {name}::REQUIRED;",
            f"    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = {name}::ENUM_MEMBERS;",
            "}",
            "",
        ]
        return out

    def enum_of(self, target: str) -> str | None:
        """The enum shape a member holds directly or as list elements, if any."""
        s = self.shape(target)
        if self.is_enum(target):
            return target
        if s["type"] == "list" and self.is_enum(s["member"]["shape"]):
            return s["member"]["shape"]
        return None

    def emit_documents(self) -> list[str]:
        out = []
        for name in sorted(n for n, s in self.shapes.items() if s["type"] == "structure" and s.get("document")):
            doc = one_line_doc(self.shapes[name].get("documentation"))
            out.append(f"/// Free-form JSON document. {doc}".rstrip())
            out += [f"pub type {name} = {self.ext('Value')};", ""]
        return out


def rustfmt(path: Path, rustfmt_bin: str) -> None:
    # The file is formatted in a temporary directory, where rustfmt would not find the workspace's
    # configuration on its own: point it there explicitly, as `cargo fmt` would.
    cmd = [rustfmt_bin, "--edition", "2021"]
    for config in ("rustfmt.toml", ".rustfmt.toml"):
        if (REPO_ROOT / config).exists():
            cmd += ["--config-path", str(REPO_ROOT / config)]
            break
    subprocess.run(cmd + [str(path)], check=True, cwd=REPO_ROOT)


def display_path(path: Path) -> str:
    """Path relative to the repository root, so the header does not depend on where we ran."""
    resolved = Path(os.path.abspath(path))
    return os.path.relpath(resolved, REPO_ROOT).replace(os.sep, "/")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("model", type=Path, help="botocore service-2.json model")
    parser.add_argument("output", type=Path, help="Rust file to write")
    parser.add_argument("--module-doc", help="first `//!` paragraph of the generated module")
    parser.add_argument("--check", action="store_true", help="fail if OUTPUT is not up to date")
    parser.add_argument("--no-rustfmt", action="store_true", help="skip running rustfmt on the output")
    parser.add_argument("--rustfmt", default="rustfmt", help="rustfmt binary (default: rustfmt)")
    args = parser.parse_args(argv)

    model = json.loads(args.model.read_text(encoding="utf-8"))
    protocol = model.get("metadata", {}).get("protocol")
    if protocol != "json":
        print(
            f"warning: {args.model} uses the {protocol!r} protocol; the shapes are emitted with "
            "JSON member names, which are not that protocol's wire names",
            file=sys.stderr,
        )
    command = f"python3 tools/wire-codegen/gen.py {display_path(args.model)} {display_path(args.output)}"
    if args.module_doc:
        command += " --module-doc " + json.dumps(args.module_doc)
    try:
        code = Generator(model, args.module_doc, command).generate()
    except ModelError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1

    with tempfile.TemporaryDirectory() as tmp:
        tmp_file = Path(tmp) / args.output.name
        tmp_file.write_text(code, encoding="utf-8")
        if not args.no_rustfmt:
            rustfmt(tmp_file, args.rustfmt)
        code = tmp_file.read_text(encoding="utf-8")

    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else None
        if current != code:
            print(f"{args.output} is out of date; rerun: {command}", file=sys.stderr)
            return 1
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(code, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
