#!/usr/bin/env python3
"""Write Tests/CurriculumTests/Vectors/fsrs.json: review sequences scheduled by py-fsrs.

The Swift tests replay every sequence through `FSRSScheduler` and compare each step with what
py-fsrs computed. Regenerate with the pinned reference (fuzz is always off):

    python3 -m venv .venv && .venv/bin/pip install fsrs==6.3.2
    .venv/bin/python scripts/vectors/make_fsrs_vectors.py

The output is a pure function of SEED and the fsrs version: running this twice writes the same
bytes.

Layout of the JSON file:
    configs[k]: name, parameters (21 weights), desired_retention, maximum_interval (days),
                learning_steps and relearning_steps (seconds)
    cards[i]:   [config index, created (Unix s), [step, ...]]
    step:       [grade, time, R, [wait_again, wait_hard, wait_good, wait_easy],
                 stability, difficulty, state, step or null, due]
        grade and time are the input; R and the four waits (seconds) are computed on the card
        *before* the review, at that time; stability, difficulty, state, step and due are the
        card *after* the review (the scheduled interval is due - time).
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from importlib.metadata import version
from fsrs import Card, Rating, Scheduler
from fsrs.scheduler import DEFAULT_PARAMETERS, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS

SEED = 20250611
EXPECTED_FSRS_VERSION = "6.3.2"
OUTPUT = Path(__file__).resolve().parents[2] / "Tests/CurriculumTests/Vectors/fsrs.json"

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
MINUTE, HOUR, DAY = 60, 3600, 86400


def unix(moment: datetime) -> int:
    seconds, remainder = divmod(moment - EPOCH, timedelta(seconds=1))
    if remainder:
        # The Swift scheduler keeps whole seconds; steps in whole minutes never leave a remainder.
        raise SystemExit(f"py-fsrs produced a fractional due time: {moment.isoformat()}")
    return seconds


def at(seconds: int) -> datetime:
    return EPOCH + timedelta(seconds=seconds)


def perturbed_weights(rng: random.Random) -> list[float]:
    """Non-default weights within py-fsrs's bounds, so no constant can hide in the Swift code."""
    weights = []
    for value, lower, upper in zip(DEFAULT_PARAMETERS, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS):
        candidate = round(value * rng.uniform(0.7, 1.3) + rng.uniform(-0.02, 0.02), 4)
        weights.append(min(max(candidate, lower), upper))
    return weights


def configs(rng: random.Random) -> list[dict]:
    default_steps = dict(learning_steps=[MINUTE, 10 * MINUTE], relearning_steps=[10 * MINUTE])
    no_steps = dict(learning_steps=[], relearning_steps=[])
    weights = list(DEFAULT_PARAMETERS)
    return [
        # (name, cards, settings)
        dict(name="py-fsrs defaults", cards=150, parameters=weights, desired_retention=0.9,
             maximum_interval=36500, **default_steps),
        dict(name="no steps", cards=120, parameters=weights, desired_retention=0.9,
             maximum_interval=36500, **no_steps),
        dict(name="py-fsrs steps, retention 0.85", cards=80, parameters=weights,
             desired_retention=0.85, maximum_interval=36500, **default_steps),
        dict(name="no steps, retention 0.85", cards=40, parameters=weights,
             desired_retention=0.85, maximum_interval=36500, **no_steps),
        # One learning step (Hard waits 1.5 x it), two relearning steps (Hard waits halfway),
        # other weights, a high retention and a short maximum interval that clamps.
        dict(name="custom weights and steps", cards=60, parameters=perturbed_weights(rng),
             desired_retention=0.95, maximum_interval=180,
             learning_steps=[10 * MINUTE], relearning_steps=[5 * MINUTE, 20 * MINUTE]),
    ]


def next_gap(rng: random.Random, card: Card, now: int) -> int:
    """Seconds until the next review: minutes to years, on time, early, late, or on a day edge."""
    due_in = unix(card.due) - now
    mode = rng.random()
    if mode < 0.22:
        return rng.randint(1, 120) * MINUTE + rng.randint(0, 59)  # same session
    if mode < 0.34:
        return rng.randint(2 * HOUR, DAY - 1)  # same day (under 24 h)
    if mode < 0.37:
        return DAY + rng.choice([-1, 0, 1])  # the edge of a whole day
    if mode < 0.67:
        return max(1, due_in + rng.randint(-HOUR, 6 * HOUR))  # about when due
    if mode < 0.74:
        return max(1, int(due_in * rng.uniform(0.3, 0.9)))  # early
    if mode < 0.86:
        return rng.randint(1, 60) * DAY + rng.randint(0, DAY - 1)  # days
    if mode < 0.96:
        return rng.randint(30, 240) * DAY + rng.randint(0, DAY - 1)  # months
    return rng.randint(365, 4 * 365) * DAY + rng.randint(0, DAY - 1)  # long gap


def pick_grade(rng: random.Random, again_weight: float) -> Rating:
    return rng.choices(
        [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy],
        weights=[again_weight, 0.15, 0.55, 0.15],
    )[0]


def main() -> None:
    if version("fsrs") != EXPECTED_FSRS_VERSION:
        raise SystemExit(f"expected fsrs {EXPECTED_FSRS_VERSION}, found {version('fsrs')}")
    rng = random.Random(SEED)
    settings = configs(rng)
    cards_out = []
    card_id = 0
    for index, config in enumerate(settings):
        scheduler = Scheduler(
            parameters=config["parameters"],
            desired_retention=config["desired_retention"],
            learning_steps=[timedelta(seconds=s) for s in config["learning_steps"]],
            relearning_steps=[timedelta(seconds=s) for s in config["relearning_steps"]],
            maximum_interval=config["maximum_interval"],
            enable_fuzzing=False,
        )
        for _ in range(config["cards"]):
            card_id += 1
            created = rng.randint(1_704_067_200, 1_767_225_599)  # 2024-01-01 .. 2025-12-31 UTC
            card = Card(card_id=card_id, due=at(created))
            again_weight = rng.choice([0.05, 0.15, 0.35])  # some cards lapse often
            now = created + rng.randint(0, 3 * DAY)
            steps = []
            for review_number in range(rng.randint(3, 20)):
                if review_number > 0:
                    now += next_gap(rng, card, now)
                grade = pick_grade(rng, again_weight)
                when = at(now)
                retrievability = scheduler.get_card_retrievability(card, when)
                waits = [unix(scheduler.review_card(card, rating, when)[0].due) - now for rating in Rating]
                card, _ = scheduler.review_card(card, grade, when)
                steps.append([
                    int(grade), now, float(retrievability), waits,
                    card.stability, card.difficulty, int(card.state), card.step, unix(card.due),
                ])
            cards_out.append([index, created, steps])

    document = {
        "generator": "scripts/vectors/make_fsrs_vectors.py",
        "reference": f"fsrs (py-fsrs) {version('fsrs')}, enable_fuzzing=False",
        "seed": SEED,
        "configs": [
            {key: config[key] for key in (
                "name", "parameters", "desired_retention", "maximum_interval",
                "learning_steps", "relearning_steps")}
            for config in settings
        ],
        "cards": cards_out,
    }
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(document, separators=(",", ":"))
    OUTPUT.write_text(text + "\n")
    step_count = sum(len(card[2]) for card in cards_out)
    print(f"wrote {OUTPUT} ({len(text)} bytes): {len(cards_out)} cards, {step_count} reviews",
          file=sys.stderr)


if __name__ == "__main__":
    main()
