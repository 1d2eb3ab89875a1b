"""Unit tests of gen.py's pure parts. Run from the repository root:

    python3 -m unittest discover -s tools/wire-codegen
"""

import unittest

import gen


def model(shapes, operations=None):
    return {
        "metadata": {"protocol": "json", "targetPrefix": "Svc_1", "uid": "svc-1"},
        "operations": operations or {},
        "shapes": shapes,
    }


class NamesTest(unittest.TestCase):
    def test_snake_case(self):
        cases = {
            "taskDefinitionArn": "task_definition_arn",
            "enableECSManagedTags": "enable_ecs_managed_tags",
            "bindIP": "bind_ip",
            "ipv6Address": "ipv6_address",
            "ARN": "arn",
            "AWSKMSKeyARN": "awskms_key_arn",
            "sizeInGiB": "size_in_gi_b",
        }
        for wire, expected in cases.items():
            self.assertEqual(gen.snake_case(wire), expected, wire)

    def test_field_ident_escapes_keywords(self):
        self.assertEqual(gen.field_ident("type"), "r#type")
        self.assertEqual(gen.field_ident("self"), "self_")
        self.assertEqual(gen.field_ident("name"), "name")


class DocTest(unittest.TestCase):
    def test_first_sentence_plain_text(self):
        doc = "<p>The name of the <code>cluster</code>, e.g. my-app. More detail here.</p><p>Next.</p>"
        self.assertEqual(gen.one_line_doc(doc), "The name of the `cluster`, e.g. my-app.")

    def test_truncates_and_balances_backticks(self):
        doc = "<p>" + "word " * 20 + "<code>" + "x " * 40 + "</code> end.</p>"
        out = gen.one_line_doc(doc)
        self.assertTrue(out.endswith("..."))
        self.assertLessEqual(len(out), gen.DOC_MAX_CHARS + 4)
        self.assertEqual(out.count("`") % 2, 0)

    def test_escapes_links_and_html_outside_code(self):
        out = gen.one_line_doc("<p>Use [a] &lt;b&gt; and <code>[c]</code>.</p>")
        self.assertEqual(out, "Use \\[a\\] &lt;b&gt; and `[c]`.")

    def test_empty(self):
        self.assertEqual(gen.one_line_doc(None), "")


class GeneratorTest(unittest.TestCase):
    def test_boxes_only_direct_cycles(self):
        shapes = {
            "Node": {
                "type": "structure",
                "members": {"next": {"shape": "Node"}, "kids": {"shape": "Nodes"}, "leaf": {"shape": "Leaf"}},
            },
            "Nodes": {"type": "list", "member": {"shape": "Node"}},
            "Leaf": {"type": "structure", "members": {"s": {"shape": "S"}}},
            "S": {"type": "string"},
        }
        code = gen.Generator(model(shapes), None, "cmd").generate()
        self.assertIn("pub next: Option<Box<Node>>,", code)
        self.assertIn("pub kids: Option<Vec<Node>>,", code)
        self.assertIn("pub leaf: Option<Leaf>,", code)

    def test_colliding_names_are_qualified(self):
        shapes = {
            "Operation": {"type": "structure", "members": {"id": {"shape": "S"}}},
            "S": {"type": "string"},
        }
        ops = {"Get": {"name": "Get", "input": {"shape": "Operation"}, "errors": []}}
        code = gen.Generator(model(shapes, ops), None, "cmd").generate()
        self.assertIn("pub const OPERATIONS: &[crate::shape::Operation]", code)
        self.assertIn("pub struct Operation {", code)
        self.assertNotIn("use crate::shape::Operation;", code)

    def test_required_enums_and_determinism(self):
        shapes = {
            "Req": {
                "type": "structure",
                "required": ["kind"],
                "members": {"kind": {"shape": "Kind"}, "kinds": {"shape": "Kinds"}},
            },
            "Kind": {"type": "string", "enum": ["B", "A"]},
            "Kinds": {"type": "list", "member": {"shape": "Kind"}},
        }
        first = gen.Generator(model(shapes), None, "cmd").generate()
        reordered = dict(reversed(list(shapes.items())))
        second = gen.Generator(model(reordered), None, "cmd").generate()
        self.assertEqual(first, second)
        self.assertIn('pub const KIND_VALUES: &[&str] = &["B", "A"];', first)
        self.assertIn('= &["kind"];', first)
        self.assertIn('&[("kind", KIND_VALUES), ("kinds", KIND_VALUES)];', first)
        self.assertIn("/// Required.", first)

    def test_unknown_type_is_an_error(self):
        shapes = {"X": {"type": "structure", "members": {"v": {"shape": "V"}}}, "V": {"type": "bigDecimal"}}
        with self.assertRaises(gen.ModelError):
            gen.Generator(model(shapes), None, "cmd").generate()


if __name__ == "__main__":
    unittest.main()
