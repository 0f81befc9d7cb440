"""Just Another Workout Timer (JAWT, github.com/blockbasti/just_another_workout_timer).

Its files are JSON: a backup ``{"workouts": [...]}`` or one workout ``{"title": ..., "sets":
[...]}``. A set runs its exercises ``repetitions`` times in a row; an exercise is a name and a
whole number of seconds. JAWT has no rest type: its "add rest" button adds an exercise named
with the app's word for rest, so rests are recognised by that name. The app counts down 10 s
before the first exercise (``buildTimetable`` starts the first one at second 10).
"""

from __future__ import annotations

from leg_timer.importers.problems import FormatError, Value
from leg_timer.importers.timeline import Step, StepKind, Workout, checked_extend, repeated

NAME = "jawt"
GET_READY_S = 10.0
# The app's word for rest in each of its translations (lib/l10n/intl_*.arb, "rest"), those
# of older releases (Polish, Chinese), and common words in other languages people type.
REST_WORDS = frozenset(word.casefold() for word in (
    "Rest", "Pause", "Repos", "Riposo", "Отдых", "Dinlenme", "Odpoczynek", "休息",
    "Descanso", "Pausa", "Rust",
))


def is_rest_name(name: str) -> bool:
    return " ".join(name.split()).casefold() in REST_WORDS


def looks_like(root: Value) -> bool:
    return root.is_object() and (root.has("workouts") or (root.has("title")
                                                          and root.has("sets")))


def read(root: Value) -> list[Workout]:
    if not root.is_object():
        raise root.fail("expected a JAWT backup or workout (a JSON object)")
    backup = root.get("workouts")
    if backup is None:
        return [read_workout(root)]
    workouts = [read_workout(item) for item in backup.items()]
    if not workouts:
        raise backup.fail("the backup holds no workout")
    return workouts


def read_workout(node: Value) -> Workout:
    if not node.is_object():
        raise node.fail("expected a workout (an object with title and sets)")
    title_node = node.get("title")
    workout = Workout(title_node.text("Workout") if title_node else "Workout",
                      node.path or "the workout")
    workout.steps.append(Step(StepKind.REST, GET_READY_S, "Get ready", node.path))
    for set_node in node.need("sets").items():
        repetitions_node = set_node.get("repetitions")
        repetitions = repetitions_node.whole(0) if repetitions_node else 1
        body = []
        for exercise in set_node.need("exercises").items():
            name_node = exercise.get("name")
            name = name_node.text("Exercise") if name_node else "Exercise"
            duration_node = exercise.get("duration")
            seconds = duration_node.seconds(whole=True) if duration_node else 30.0
            kind = StepKind.REST if is_rest_name(name) else StepKind.EFFORT
            body.append(Step(kind, seconds, name, exercise.path))
        checked_extend(workout.steps, repeated(body, repetitions, set_node.path),
                       set_node.path)
    if len(workout.steps) == 1:
        raise FormatError(node.child_path("sets"), "this workout has no exercise")
    return workout
