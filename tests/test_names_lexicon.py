"""The curated lexicons: file formats, validation with file:line errors, and sanity."""

from __future__ import annotations

import json
from collections import defaultdict

import pytest

from litkit.errors import InputError
from litkit.extract.identity import normalize, spellings
from litkit.extract.lexicon import (
    LABELS,
    case_sensitive,
    default_paths,
    load_lexicon,
    load_lexicons,
)


def test_shipped_lexicons_are_valid_and_large():
    entries = [e for path in default_paths() for e in load_lexicon(path)]
    by_label = defaultdict(int)
    for entry in entries:
        assert entry.label in LABELS
        by_label[entry.label] += 1
    assert by_label["DATASET"] >= 300
    assert by_label["MODEL"] >= 200


def test_no_name_has_two_labels_or_two_entries():
    owner: dict[str, tuple[str, str]] = {}
    for path in default_paths():
        for entry in load_lexicon(path):
            for alias in entry.names:
                key = normalize(alias)
                if key in owner and owner[key][0] != entry.name:
                    pytest.fail(f"{alias!r} is in {entry.name!r} and in {owner[key][0]!r}")
                owner[key] = (entry.name, entry.label)


def test_case_rules():
    assert case_sensitive("ARC") and case_sensitive("Yi") and case_sensitive("Natural Questions")
    assert not case_sensitive("ImageNet") and not case_sensitive("GPT-3")
    assert not case_sensitive("Llama 2")
    assert case_sensitive("Falcon", "exact") and not case_sensitive("ARC", "any")


def test_tsv_lexicon(tmp_path):
    path = tmp_path / "names.tsv"
    path.write_text("# name<TAB>label<TAB>aliases\nZebraBench\tdataset\tZebra Bench|ZB-1\n"
                    "Kiwi-LM\tMODEL\n")
    entries = load_lexicon(path)
    assert [(e.name, e.label, e.aliases) for e in entries] == [
        ("ZebraBench", "DATASET", ("Zebra Bench", "ZB-1")), ("Kiwi-LM", "MODEL", ())]


@pytest.mark.parametrize("line, reason", [
    ('{"name": "X", "label": "METHOD"}', "'label' must be one of"),
    ('{"name": "", "label": "MODEL"}', "'name' must be a non-empty string"),
    ('{"name": "X", "label": "MODEL", "aliases": "Y"}', "'aliases' must be a list"),
    ('{"name": "X", "label": "MODEL", "synonyms": ["", "Y"]}', "'synonyms' must be a list"),
    ('{"name": "X", "label": "MODEL", "match": "fuzzy"}', "'match' must be one of"),
    ('{"name": "X", "label": "MODEL", "size": 7}', "unknown field(s) ['size']"),
    ('{"name": "X", "label": "MODEL"', "invalid JSON"),
    ('["X", "MODEL"]', "expected a JSON object"),
])
def test_lexicon_errors_name_file_and_line(tmp_path, line, reason):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"name": "Fine", "label": "DATASET"}) + "\n\n" + line + "\n")
    with pytest.raises(InputError) as err:
        load_lexicon(path)
    assert str(err.value).startswith(f"{path}:3: ")
    assert reason in str(err.value)


def test_tsv_errors_name_file_and_line(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("Good\tMODEL\nno label here\n")
    with pytest.raises(InputError, match=r"bad\.tsv:2: expected 'name<TAB>label"):
        load_lexicon(path)


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="lexicon file not found"):
        load_lexicons([tmp_path / "nope.jsonl"])


def test_later_files_win_and_ignore_removes_every_spelling(tmp_path):
    path = tmp_path / "mine.jsonl"
    path.write_text(json.dumps({"name": "Magicoder", "label": "DATASET"}) + "\n"
                    + json.dumps({"name": "imagenet", "label": "IGNORE"}) + "\n")
    table = load_lexicons([path])
    assert table["Magicoder"].label == "DATASET"
    assert table["imagenet"].label == "IGNORE"
    assert "ImageNet" not in table and "ILSVRC" in table


def test_synonyms_match_and_show_as_the_name_aliases_keep_their_own(tmp_path):
    path = tmp_path / "names.jsonl"
    path.write_text(json.dumps({"name": "ZebraBench", "label": "DATASET", "synonyms": ["ZB"],
                                "aliases": ["ZebraBench-Hard"]}) + "\n")
    table = load_lexicons([path], defaults=False)
    assert {name: entry.name for name, entry in table.items()} == {
        "ZebraBench": "ZebraBench", "ZB": "ZebraBench", "ZebraBench-Hard": "ZebraBench"}
    shown = spellings(table.values())["DATASET"]
    assert shown[normalize("ZB")] == shown[normalize("zebra bench")] == "ZebraBench"
    assert shown[normalize("ZebraBench-Hard")] == "ZebraBench-Hard"
