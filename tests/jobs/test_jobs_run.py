"""The blocking job layer against the real platform: run, fail, time out, logs, stop, delete,
metadata, studies."""

from __future__ import annotations

import hashlib
import io
import stat
import uuid
import zipfile
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from jobs_testkit import LONG_WALK, FakeOps, FakeTime

import sdk
from sdk import RunningState
from sdk._archive import safe_extract


def test_run_succeeds_with_outputs_and_file_download(
    client: sdk.ApiClient, sleeper: sdk.SolverRelease, number_file: Path, tmp_path: Path
) -> None:
    result = sleeper.run({"input_1": number_file, "input_2": 1, "input_3": "false"}, timeout=30)

    assert result.ok
    assert result.state is RunningState.SUCCESS
    assert result.error is None
    assert result.raise_for_state() is result
    assert isinstance(result.job_id, UUID)
    assert set(result.outputs or {}) == {"output_1", "output_2"}
    assert isinstance(result.outputs["output_2"], float)  # type: ignore[index]
    assert isinstance(result.outputs["output_1"], sdk.FileMeta)  # type: ignore[index]

    saved = sleeper.job(result.job_id).download_outputs(tmp_path / "out")
    assert list(saved) == ["output_1"]
    assert saved["output_1"] == tmp_path / "out" / "output_1" / "single_number.txt"
    assert 1 <= int(saved["output_1"].read_text()) <= 9
    assert result.to_dict()["state"] == "SUCCESS"


def test_local_path_is_uploaded_once(
    client: sdk.ApiClient, sleeper: sdk.SolverRelease, tmp_path: Path
) -> None:
    number_file = tmp_path / "unique_number.txt"
    number_file.write_text(f"{uuid.uuid4().int % 10**12}\n")
    first = sleeper.submit({"input_1": number_file, "input_2": 0}, start=False)
    second = sleeper.submit({"input_1": number_file, "input_2": 0}, start=False)
    files = sdk.FilesApi(client)
    digest = hashlib.sha256(number_file.read_bytes()).hexdigest()
    same = list(files.iter_files(sha256_checksum=digest))
    assert len(same) == 1, "the same local file must not be uploaded twice"
    assert same[0].filename == "unique_number.txt"
    for handle in (first, second):
        assert handle.status().state is RunningState.NOT_STARTED
        handle.delete()


def test_failed_job_is_a_result_with_an_error(
    sleeper: sdk.SolverRelease, number_file: Path
) -> None:
    result = sleeper.run({"input_1": number_file, "input_2": 0, "input_3": True}, timeout=30)

    assert not result.ok
    assert result.state is RunningState.FAILED
    assert result.outputs is None
    assert result.error == "FAILED: Failing as requested: input 'fail after sleep' was true"
    with pytest.raises(sdk.JobFailedError, match="fail after sleep") as caught:
        result.raise_for_state()
    assert caught.value.result is result


def test_timeout_raises_and_leaves_the_job_running(
    sleeper: sdk.SolverRelease, number_file: Path
) -> None:
    handle = sleeper.submit({"input_1": number_file, "input_2": 65})
    try:
        with pytest.raises(sdk.JobTimeoutError) as caught:
            handle.wait(timeout=0.2)
        assert isinstance(caught.value, TimeoutError)
        assert isinstance(caught.value, sdk.SdkError)
        assert caught.value.job_id == handle.id
        assert caught.value.status is not None
        assert caught.value.status.state not in (RunningState.SUCCESS, RunningState.FAILED)
        with pytest.raises(sdk.JobTimeoutError) as again:
            sleeper.run({"input_1": number_file, "input_4": LONG_WALK}, timeout=0.1)
        sleeper.job(again.value.job_id).stop()
    finally:
        handle.stop()


def test_log_download_and_safe_extract(
    sleeper: sdk.SolverRelease, number_file: Path, tmp_path: Path
) -> None:
    result = sleeper.run({"input_1": number_file, "input_2": 3}, timeout=30)
    handle = sleeper.job(str(result.job_id))

    archive = handle.download_log(tmp_path)
    assert archive == tmp_path / f"{result.job_id}_logs.zip"
    assert zipfile.is_zipfile(archive)

    folder = handle.download_log(tmp_path / "x", extract=True)
    assert folder.is_dir()
    text = (folder / "sleeper.logs").read_text()
    assert "Will sleep for 3 seconds" in text
    assert "[PROGRESS] 3/3" in text


def _zip(entries: list[tuple[str, bytes, int | None]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data, mode in entries:
            info = zipfile.ZipInfo(name)
            if mode is not None:
                info.external_attr = mode << 16
            archive.writestr(info, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("entry", "reason"),
    [
        (("../escaped.txt", b"x", None), "'..' part"),
        (("logs/../../escaped.txt", b"x", None), "'..' part"),
        (("/tmp/absolute.txt", b"x", None), "absolute name"),
        (("C:/windows.txt", b"x", None), "absolute name"),
        (("dir\\..\\escaped.txt", b"x", None), "backslash"),
        (("link", b"/etc/passwd", stat.S_IFLNK | 0o777), "symbolic link"),
    ],
)
def test_malicious_log_archive_is_refused(
    tmp_path: Path, entry: tuple[str, bytes, int | None], reason: str
) -> None:
    data = _zip([("good.logs", b"fine\n", None), entry])

    class Ops:
        label = runner_name = "evil"

        def log_archive(self, job_id: UUID) -> bytes:
            return data

    handle = sdk.JobHandle(Ops(), UUID(int=7))  # type: ignore[arg-type]
    target = tmp_path / "target"
    with pytest.raises(sdk.TransferError, match=reason):
        handle.download_log(target, extract=True)
    extracted = target / f"{UUID(int=7)}_logs"
    assert not any(extracted.rglob("*")), "nothing may be written from a refused archive"
    assert not (tmp_path / "escaped.txt").exists()


def test_symlinked_target_folder_does_not_let_entries_out(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    target = tmp_path / "target"
    target.mkdir()
    (target / "logs").symlink_to(outside, target_is_directory=True)
    archive = tmp_path / "a.zip"
    archive.write_bytes(_zip([("logs/evil.txt", b"x", None)]))
    with pytest.raises(sdk.TransferError, match="outside the target"):
        safe_extract(archive, target)
    assert not (outside / "evil.txt").exists()


def test_stop_a_running_job(sleeper: sdk.SolverRelease, number_file: Path) -> None:
    handle = sleeper.submit({"input_1": number_file, "input_4": LONG_WALK})
    stopped = handle.stop()
    assert stopped.state is RunningState.ABORTED
    result = handle.wait(timeout=10)
    assert result.state is RunningState.ABORTED
    assert not result.ok
    assert result.error is not None
    assert result.error.startswith("ABORTED")
    with pytest.raises(sdk.JobFailedError):
        result.raise_for_state()


def test_delete(sleeper: sdk.SolverRelease, number_file: Path) -> None:
    handle = sleeper.submit({"input_1": number_file}, start=False)
    assert handle.status().state is RunningState.NOT_STARTED
    handle.delete()
    with pytest.raises(sdk.NotFoundError):
        handle.status()


def test_metadata_and_filtered_listing(
    client: sdk.ApiClient, sleeper: sdk.SolverRelease, number_file: Path, tag: str
) -> None:
    tagged = sleeper.submit(
        {"input_1": number_file, "input_2": 0}, start=False, metadata={"tag": tag, "n": 1}
    )
    other = sleeper.submit(
        {"input_1": number_file, "input_2": 0}, start=False, metadata={"tag": tag, "n": 2}
    )
    sleeper.submit({"input_1": number_file, "input_2": 0}, start=False, metadata={"tag": "x"})
    assert tagged.metadata() == {"tag": tag, "n": 1}
    assert other.set_metadata({"tag": tag, "n": 3, "ok": True}) == {"tag": tag, "n": 3, "ok": True}

    ids = [h.id for h in sleeper.iter_jobs(metadata_any=[f"tag:{tag}"])]
    assert ids == [tagged.id, other.id]
    assert [h.id for h in sleeper.iter_jobs(metadata_all=[f"tag:{tag}", "n:3"])] == [other.id]
    found = list(sdk.find_jobs(client, metadata_any=[f"tag:{tag[:6]}*"]))
    assert [h.id for h in found] == [tagged.id, other.id]
    assert found[0].name == f"solvers/{sleeper.key}/releases/{sleeper.version}/jobs/{tagged.id}"

    again = sdk.JobHandle.from_name(client, found[1].name)
    assert again.metadata()["ok"] is True
    with pytest.raises(sdk.InvalidInputError):
        sdk.JobHandle.from_name(client, "not/a/job")


def test_latest_release_and_iter_jobs(client: sdk.ApiClient, number_file: Path) -> None:
    latest = sdk.SolverRelease.get(client, "simcore/services/comp/itis/sleeper")
    assert latest.version == "2.2.1"
    handle = latest.submit({"input_1": number_file}, start=False)
    assert handle.id in [h.id for h in latest.iter_jobs()]
    with pytest.raises(sdk.NotFoundError):
        sdk.SolverRelease.get(client, "simcore/services/comp/itis/sleeper", "9.9.9")


def _study(client: sdk.ApiClient) -> sdk.StudyRunner:
    study = sdk.StudiesApi(client).iter_studies().first()
    assert study is not None
    return sdk.StudyRunner.get(client, str(study.uid))


def test_study_runner(client: sdk.ApiClient, tmp_path: Path, tag: str) -> None:
    study = _study(client)
    assert repr(study) == f"<StudyRunner {study.id} {study.title!r}>"
    assert len(study.inputs) == 2
    assert len(study.outputs) == 1
    (sleep_key,) = [k for k, p in study.inputs.items() if p.type == "integer"]
    (fail_key,) = [k for k, p in study.inputs.items() if p.type == "boolean"]
    (out_key,) = study.outputs

    with pytest.raises(sdk.InvalidInputError, match="must be at most 65"):
        study.check({sleep_key: 70})
    with pytest.raises(sdk.InvalidInputError, match="unknown input port"):
        study.check({"input_2": 1})

    result = study.run({sleep_key: 0}, metadata={"tag": tag}, timeout=30)
    assert result.ok
    assert isinstance((result.outputs or {})[out_key], float)
    failed = study.run({sleep_key: 0, fail_key: "true"}, timeout=30)
    assert failed.state is RunningState.FAILED
    assert "fail after sleep" in (failed.error or "")

    handle = study.job(result.job_id)  # type: ignore[arg-type]
    assert handle.metadata() == {"tag": tag}
    assert [h.id for h in study.iter_jobs(metadata_any=[f"tag:{tag}"])] == [result.job_id]
    folder = handle.download_log(tmp_path, extract=True)
    assert (folder / "sleeper-pipeline.logs").is_file()
    assert handle.name == f"studies/{study.id}/jobs/{result.job_id}"
    assert sdk.JobHandle.from_name(client, handle.name).status().state is RunningState.SUCCESS


def test_study_run_many_runs_jobs_of_the_study(client: sdk.ApiClient, tag: str) -> None:
    """The blocking batch runs on an async twin of the runner: of the same study, not a solver."""
    study = _study(client)
    (sleep_key,) = [k for k, p in study.inputs.items() if p.type == "integer"]
    (fail_key,) = [k for k, p in study.inputs.items() if p.type == "boolean"]
    results = study.run_many(
        [{sleep_key: 0}, {sleep_key: 0, fail_key: "true"}], timeout=30, metadata={"tag": tag}
    )
    assert [r.state for r in results] == [RunningState.SUCCESS, RunningState.FAILED]
    ids = {h.id for h in study.iter_jobs(metadata_any=[f"tag:{tag}"])}
    assert ids == {r.job_id for r in results}


# -- waiting, without waiting --------------------------------------------------------------------
def fake_handle(states: list[str], fake: FakeTime, **kwargs: Any) -> sdk.JobHandle:
    return sdk.JobHandle(
        FakeOps(states),  # type: ignore[arg-type]
        UUID(int=1),
        clock=fake.clock,
        sleep=fake.sleep,
        **kwargs,
    )


def test_wait_polls_with_backoff_up_to_a_cap() -> None:
    fake = FakeTime()
    states = ["PUBLISHED"] * 12 + ["SUCCESS"]
    result = fake_handle(states, fake).wait()
    assert result.ok
    assert result.outputs == {"x": 1.0}
    expected = [min(0.1 * 1.5**i, 5.0) for i in range(12)]
    assert fake.sleeps == pytest.approx(expected, abs=1e-6)
    assert fake.sleeps[:3] == [0.1, 0.15, 0.225]
    assert fake.sleeps[-2:] == [5.0, 5.0]


def test_wait_times_out_at_the_deadline() -> None:
    fake = FakeTime()
    with pytest.raises(sdk.JobTimeoutError, match="did not finish within 1 s"):
        fake_handle(["STARTED"], fake).wait(timeout=1.0)
    assert sum(fake.sleeps) == pytest.approx(1.0)
    assert fake.sleeps[-1] < 0.4, "the last sleep is cut to the deadline"


def test_poll_policy_is_a_value() -> None:
    fake = FakeTime()
    policy = sdk.PollPolicy(initial=1.0, factor=2.0, maximum=3.0)
    fake_handle(["STARTED"] * 4 + ["FAILED"], fake, poll=policy).wait()
    assert fake.sleeps == [1.0, 2.0, 3.0, 3.0]
    with pytest.raises(ValueError, match="factor"):
        sdk.PollPolicy(factor=0.5)
