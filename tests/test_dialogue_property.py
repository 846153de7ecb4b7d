"""Property test of the dialogue core (issue 11): whatever a patient types - random text, yes/no,
"weet ik niet", corrections, "terug", bad input, alarm words - every conversation ends in advice
within a bounded number of turns, and no question is asked more than twice in a row (an empty or
too long message is refused by the channel and the question repeated, without counting). ("opnieuw
beginnen" is left out: it starts a new check on purpose.)"""
import datetime as dt

from hypothesis import HealthCheck, given, settings, strategies as st

from bot.content import SLOTS
from bot.dialogue import SAME_QUESTION, CheckState, handle
from bot.input_check import classify

TODAY = dt.date(2026, 12, 1)
# every ask of a question counts: at most 2 asks for each slot and each alarm flag, plus one
# message that only says "terug" or is refused before each of them
MAX_TURNS = 4 * (len(SLOTS) + 4) + 2

REPLIES = st.one_of(
    st.sampled_from(["ja", "nee", "weet ik niet", "soms", "nee wacht", "sorry, ik bedoel ja", "terug",
                     "vorige vraag", "geen idee", "", "   ", "👍", "🙂🙂", "hello how are you", "asdfgh",
                     "heb ik AVN?", "dank je", "nee wacht, ik gebruik wél prednison", "mijn knie",
                     "ik hijg wat", "ben onderuit gegaan", "de wond is nat", "ik heb 38,5", "geen koorts",
                     "al maanden liespijn, vooral 's nachts", "ik rook niet en drink veel", "x" * 1200]),
    st.text(max_size=60),
)


def play(replies):
    """Answers the questionnaire from the list (then "weet ik niet") until the advice."""
    state = CheckState()
    asked = []
    read = 0  # messages that reached the bot's reading: an empty or too long one is refused and repeated
    for turn_number in range(len(replies) + MAX_TURNS + 1):
        text = replies[turn_number] if turn_number < len(replies) else "weet ik niet"
        turn = handle(state, text, TODAY)
        state = turn.state
        refused = classify(text) in ("empty", "too_long")
        read += not refused
        if turn.finished:
            return read, asked
        if not refused:
            asked.append(SAME_QUESTION.get(state.alarm_check, state.alarm_check) or state.requested)
    raise AssertionError(f"no advice after {MAX_TURNS} turns; asked {asked}")


@settings(max_examples=300, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(REPLIES, max_size=80))
def test_every_conversation_ends_in_advice_and_never_loops(replies):
    turns, asked = play(replies)
    assert turns <= MAX_TURNS
    for index in range(2, len(asked)):
        assert not (asked[index] == asked[index - 1] == asked[index - 2]), f"asked three times in a row: {asked}"
