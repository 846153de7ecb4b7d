"""The data files in bot/data: each loads, and none gives a key twice (YAML would silently keep the last one)."""
import pytest
import yaml

from bot.content import DATA_DIR, load, load_text

# answer_examples.yml is written by tools.answer_examples from the tuned sets (a list, never edited by hand)
DATA_FILES = sorted(path.stem for path in DATA_DIR.glob("*.yml") if path.stem != "answer_examples")


@pytest.mark.parametrize("name", DATA_FILES)
def test_every_data_file_loads_without_a_repeated_key(name):
    assert load(name) is not None


def test_a_repeated_key_is_refused_with_its_line():
    with pytest.raises(yaml.constructor.ConstructorError) as error:
        load_text("chat_forms: {pien: pijn, mit: met, pien: pijnen}\n")
    assert "'pien' is given twice" in str(error.value)
    assert "line 1" in str(error.value)


def test_a_term_list_with_distinct_keys_loads_in_order():
    assert list(load_text("chat_phrases: {'je sais pas': weet niet, 'sais pas': weet niet}")["chat_phrases"]) == [
        "je sais pas", "sais pas"]
