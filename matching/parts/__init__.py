"""The parts of a match's score, one module a part, each with its rule written twice side by
side: `scalar` for one (need, offer) pair, with the sentence a planner reads, and `array` for
many pairs at once. `scoring.evaluate` composes the scalar ones, `vectorised` the array ones;
the property tests in `tests/matching/test_scoring.py` hold them equal part by part.

A part's `scalar(pair)` returns (value 0..1, sentence), or None when the part does not apply
to the pair; its `array(pairs)` returns (values, applies), `applies` a boolean array or None
when it applies to every pair, or None when it applies to none of them.
"""

from matching.parts import cost, distance, hours, period, preferences, qualifications, trust

# In the order the explanation lists them.
IN_ORDER = (hours, qualifications, distance, preferences, cost, period, trust)
