"""configure_logging: a rotating UTF-8 file in the log folder, DEBUG and stderr with debug,
stderr only (and no exception) when the file cannot be written, no duplicate handlers, and an
import that costs nothing beyond logging.handlers.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from leg_timer import logs
from leg_timer.logs import configure_logging
from leg_timer.paths import Paths, default_paths

log = logging.getLogger("leg_timer.tests.logs")


pytestmark = pytest.mark.usefixtures("restored_root_logger")


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return default_paths(tmp_path / "base")


def ours() -> list[logging.Handler]:
    return [handler for handler in logging.getLogger().handlers
            if handler.get_name() in (logs.FILE_HANDLER_NAME, logs.STDERR_HANDLER_NAME)]


def flush() -> None:
    for handler in ours():
        handler.flush()


def test_records_go_to_a_utf8_file_in_the_log_folder(paths: Paths,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert not paths.log_dir.exists()
    assert configure_logging(paths) == paths.log_file
    log.info("Kniebeugen: 100 — done ✓")
    log.debug("not at INFO")
    flush()
    text = paths.log_file.read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if "Kniebeugen" in line)
    # time, level, logger name, message
    assert line.startswith(("19", "20"))
    assert " INFO " in line
    assert "leg_timer.tests.logs: Kniebeugen: 100 — done ✓" in line
    assert "not at INFO" not in text
    assert "log opened" in text
    assert capsys.readouterr().err == ""  # without debug the terminal stays quiet
    assert logging.getLogger().level == logging.INFO


def test_the_file_rotates_and_keeps_a_few_backups(paths: Paths) -> None:
    configure_logging(paths, max_bytes=300, backup_count=2)
    for number in range(60):
        log.info("record %02d %s", number, "x" * 40)
    flush()
    names = sorted(path.name for path in paths.log_dir.iterdir())
    assert names == ["leg-timer.log", "leg-timer.log.1", "leg-timer.log.2"]
    for path in paths.log_dir.iterdir():
        assert path.stat().st_size <= 300
    assert "record 59" in paths.log_file.read_text(encoding="utf-8")


def test_the_default_size_is_one_mebibyte_times_three(paths: Paths) -> None:
    configure_logging(paths)
    [handler] = [h for h in ours() if isinstance(h, logging.handlers.RotatingFileHandler)]
    assert (handler.maxBytes, handler.backupCount) == (1024 * 1024, 3)


def test_debug_logs_debug_records_and_echoes_them_to_stderr(
        paths: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    assert configure_logging(paths, debug=True) == paths.log_file
    log.debug("segment 3 of 13")
    flush()
    assert "DEBUG    leg_timer.tests.logs: segment 3 of 13" in paths.log_file.read_text(
        encoding="utf-8")
    assert "segment 3 of 13" in capsys.readouterr().err
    assert logging.getLogger().level == logging.DEBUG


def test_calling_it_again_adds_no_handlers_and_can_switch_debug(
        paths: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging(paths)
    configure_logging(paths)
    assert len(ours()) == 1
    log.info("once")
    flush()
    assert paths.log_file.read_text(encoding="utf-8").count("once") == 1

    configure_logging(paths, debug=True)
    assert len(ours()) == 2  # the file and stderr
    log.debug("now debug")
    assert "now debug" in capsys.readouterr().err

    configure_logging(paths)
    assert len(ours()) == 1
    log.info("quiet again")
    assert capsys.readouterr().err == ""


def test_python_warnings_are_logged(paths: Paths) -> None:
    configure_logging(paths)
    with warnings.catch_warnings():
        warnings.simplefilter("always")  # pytest turns warnings into errors otherwise
        warnings.warn("an old setting name", UserWarning, stacklevel=1)
    flush()
    text = paths.log_file.read_text(encoding="utf-8")
    assert "WARNING  py.warnings:" in text
    assert "UserWarning: an old setting name" in text


def assert_stderr_only(paths: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    assert configure_logging(paths) is None
    log.warning("still heard")
    log.info("routine chatter")
    err = capsys.readouterr().err
    assert "leg-timer: cannot write the log file" in err
    assert "leg-timer: still heard" in err
    assert "routine chatter" not in err  # standing in for the file, stderr gets warnings only
    assert [handler.get_name() for handler in ours()] == [logs.STDERR_HANDLER_NAME]


def test_a_read_only_folder_means_stderr_only(paths: Paths,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    paths.state_dir.mkdir(parents=True)
    paths.state_dir.chmod(0o500)
    try:
        probe = paths.state_dir / "probe"
        try:
            probe.mkdir()
        except PermissionError:
            pass
        else:  # root writes anyway; the tests below make the folder impossible for root too
            pytest.skip("folder permissions do not stop this user (root)")
        assert_stderr_only(paths, capsys)
    finally:
        paths.state_dir.chmod(0o700)


def test_a_file_where_the_folder_should_be_means_stderr_only(
        paths: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    paths.state_dir.parent.mkdir(parents=True)
    paths.state_dir.write_text("not a folder", encoding="utf-8")
    assert_stderr_only(paths, capsys)


def test_a_folder_where_the_log_file_should_be_means_stderr_only(
        paths: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    paths.log_file.mkdir(parents=True)
    assert_stderr_only(paths, capsys)


class NoHome(Paths):
    @property
    def log_file(self) -> Path:
        raise RuntimeError("Could not determine home directory.")


def test_a_log_path_that_cannot_be_worked_out_means_stderr_only(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert_stderr_only(NoHome(tmp_path, tmp_path, tmp_path), capsys)


def test_no_home_is_not_told_twice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The window says a missing home once, with what it means; logging adds nothing to it,
    and makes no folder under the home that is not there."""
    missing = tmp_path / "nonexistent"
    paths = Paths(missing / "data", missing / "config", missing / "state",
                  problem=f"the home folder {missing} does not exist")
    assert configure_logging(paths) is None
    assert capsys.readouterr().err == ""
    assert not missing.exists()


def test_without_stderr_it_still_does_not_raise(paths: Paths,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    paths.log_file.mkdir(parents=True)
    monkeypatch.setattr(sys, "stderr", None)  # pythonw.exe, a windowed bundle
    assert configure_logging(paths, debug=True) is None
    assert ours() == []
    log.info("nowhere to go, and no error either")


def test_importing_it_costs_nothing_beyond_logging_handlers() -> None:
    script = (
        "import sys, logging.handlers\n"
        "before = set(sys.modules)\n"
        "import leg_timer.logs\n"
        "print(' '.join(sorted(set(sys.modules) - before)))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True, cwd=Path(__file__).parent.parent,
                            env={**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)})
    assert set(result.stdout.split()) <= {"__future__", "leg_timer", "leg_timer.logs"}
