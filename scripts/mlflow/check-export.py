#!/usr/bin/env python3
"""Reads an `mlops-lab tracking export --format mlflow` folder with MLflow itself and compares
what MLflow sees with the manifest the exporter wrote beside it.

Usage: check-export.py STORE_DIR MANIFEST_JSON
       check-export.py TRACKING_URI MANIFEST_JSON

Exits 0 when MLflow reads back exactly the manifest, 1 with a list of differences otherwise,
2 when the arguments are wrong.
"""

import contextlib
import json
import os
import sys

# MLflow 3 refuses the file store unless told that it is wanted.
os.environ["MLFLOW_ALLOW_FILE_STORE"] = "true"

import mlflow  # noqa: E402
from mlflow import MlflowClient  # noqa: E402
from mlflow.entities import ViewType  # noqa: E402

# Tags the exporter adds to every run besides the run's own (docs/mlflow-export.md).
SYSTEM_TAGS = {"mlflow.runName", "mlflow.user", "mlflow.source.type", "mlflow.source.name"}
LINEAGE_TAGS = {
    "parentRunId": "mlflow.parentRunId",
    "pipelineSha256": "mlops-lab.pipeline-sha256",
    "inputDatasets": "mlops-lab.input-datasets",
}


class Differences:
    def __init__(self):
        self.items = []
        self.checked = 0

    @contextlib.contextmanager
    def guard(self, where):
        """Records MLflow refusing to read one thing, and goes on with the rest."""
        try:
            yield
        except mlflow.exceptions.MlflowException as error:
            self.items.append(f"{where}: MLflow could not read it: {error.message}")

    def expect(self, where, actual, expected):
        self.checked += 1
        if actual != expected:
            self.items.append(f"{where}: MLflow read {actual!r}, the manifest says {expected!r}")


def all_pages(fetch):
    """Every item of a paged MLflow listing."""
    items, token = [], None
    while True:
        page = fetch(token)
        items.extend(page)
        token = page.token
        if not token:
            return items


def list_artifacts(client, run_id, path=None):
    """{path: size} of every file under a run's artifacts, recursively."""
    files = {}
    for info in client.list_artifacts(run_id, path):
        if info.is_dir:
            files.update(list_artifacts(client, run_id, info.path))
        else:
            files[info.path] = info.file_size
    return files


def check_run(client, diff, expected, found, user):
    where = f"run {expected['name']!r} ({expected['id']})"
    info, data = found.info, found.data
    diff.expect(f"{where} name", info.run_name, expected["name"])
    diff.expect(f"{where} status", info.status, expected["status"])
    diff.expect(f"{where} start time", info.start_time, expected["startTime"])
    diff.expect(f"{where} end time", info.end_time, expected["endTime"])
    diff.expect(f"{where} user", info.user_id, user)
    diff.expect(f"{where} params", data.params, expected["params"])
    diff.expect(f"{where} latest metrics", data.metrics, expected["metrics"])

    for key, points in expected["metricHistory"].items():
        history = client.get_metric_history(info.run_id, key)
        read = [{"step": m.step, "value": m.value, "timestamp": m.timestamp} for m in history]
        diff.expect(f"{where} history of {key!r}", read, points)
    diff.expect(f"{where} metric keys", sorted(data.metrics), sorted(expected["metricHistory"]))

    tags = dict(data.tags)
    diff.expect(f"{where} tag mlflow.runName", tags.get("mlflow.runName"), expected["name"])
    diff.expect(f"{where} tag mlflow.user", tags.get("mlflow.user"), user)
    lineage = expected["lineage"]
    wanted_lineage = {
        "parentRunId": lineage["parentRunId"],
        "pipelineSha256": lineage["pipelineSha256"],
        "inputDatasets": ",".join(lineage["inputDatasets"]) or None,
    }
    for field, tag in LINEAGE_TAGS.items():
        diff.expect(f"{where} tag {tag}", tags.get(tag), wanted_lineage[field])
    own = {k: v for k, v in tags.items() if k not in SYSTEM_TAGS and k not in LINEAGE_TAGS.values()}
    own.update({k: tags[k] for k in expected["tags"] if k in tags})
    diff.expect(f"{where} tags", own, expected["tags"])

    wanted = {a["path"]: a["size"] for a in expected["artifacts"]}
    diff.expect(f"{where} artifacts", list_artifacts(client, info.run_id), wanted)


def check_tracking(client, diff, manifest):
    experiments = client.search_experiments(view_type=ViewType.ALL)
    by_name = {e.name: e for e in experiments}
    expected_names = sorted(e["name"] for e in manifest["experiments"])
    diff.expect("experiment names", sorted(by_name), sorted(expected_names + ["Default"]))
    for expected in manifest["experiments"]:
        experiment = by_name.get(expected["name"])
        if experiment is None:
            continue
        diff.expect(f"experiment {expected['name']!r} id", experiment.experiment_id, expected["id"])
        diff.expect(f"experiment {expected['name']!r} stage", experiment.lifecycle_stage, "active")
        runs = all_pages(
            lambda token, eid=experiment.experiment_id: client.search_runs(
                [eid], run_view_type=ViewType.ALL, max_results=1000, page_token=token
            )
        )
        found = {run.info.run_id: run for run in runs}
        diff.expect(f"experiment {expected['name']!r} run ids", sorted(found), sorted(r["id"] for r in expected["runs"]))
        for run in expected["runs"]:
            if run["id"] not in found:
                continue
            with diff.guard(f"run {run['name']!r} ({run['id']})"):
                check_run(client, diff, run, found[run["id"]], manifest["user"])
                # get_run finds a run through a different path of the store than search_runs.
                diff.expect(f"run {run['id']} by get_run", client.get_run(run["id"]).info.run_name, run["name"])
        # The same through the fluent API, by name as a learner would type it.
        fluent = mlflow.search_runs(experiment_names=[expected["name"]], output_format="list")
        diff.expect(f"experiment {expected['name']!r} runs by name", len(fluent), len(expected["runs"]))


def check_version(client, diff, where, expected, version):
    found = client.get_model_version(expected["name"], str(version["version"]))
    diff.expect(f"{where} run id", found.run_id, version["runId"])
    diff.expect(f"{where} source", found.source, version["source"])
    diff.expect(f"{where} status", found.status, version["status"])
    diff.expect(f"{where} tags", dict(found.tags), version["tags"])
    wanted_aliases = sorted(a for a, v in expected["aliases"].items() if v == version["version"])
    diff.expect(f"{where} aliases", sorted(found.aliases), wanted_aliases)


def check_registry(client, diff, manifest):
    models = all_pages(lambda token: client.search_registered_models(max_results=1000, page_token=token))
    by_name = {m.name: m for m in models}
    diff.expect("registered model names", sorted(by_name), sorted(m["name"] for m in manifest["registeredModels"]))
    for expected in manifest["registeredModels"]:
        name = expected["name"]
        model = by_name.get(name)
        if model is None:
            continue
        diff.expect(f"model {name!r} tags", dict(model.tags), expected["tags"])
        diff.expect(f"model {name!r} aliases", {a: int(v) for a, v in model.aliases.items()}, expected["aliases"])
        listed = client.search_model_versions(f"name = '{name}'")
        diff.expect(f"model {name!r} versions", sorted(int(v.version) for v in listed), [v["version"] for v in expected["versions"]])
        for version in expected["versions"]:
            where = f"model {name!r} version {version['version']}"
            with diff.guard(where):
                check_version(client, diff, where, expected, version)
        for alias, number in expected["aliases"].items():
            with diff.guard(f"model {name!r} alias {alias!r}"):
                found = client.get_model_version_by_alias(name, alias)
                diff.expect(f"model {name!r} alias {alias!r}", int(found.version), number)



def main(argv):
    if len(argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    store, manifest_path = argv[1], argv[2]
    if "://" in store:
        uri = store  # e.g. the sqlite:/// database that `mlflow migrate-filestore` made of an export
    elif os.path.isdir(store):
        uri = "file://" + os.path.abspath(store)
    else:
        print(f"check-export: no store folder at {store}", file=sys.stderr)
        return 2
    with open(manifest_path, encoding="utf-8") as handle:
        manifest = json.load(handle)

    mlflow.set_tracking_uri(uri)
    mlflow.set_registry_uri(uri)
    client = MlflowClient(tracking_uri=uri, registry_uri=uri)
    diff = Differences()
    try:
        check_tracking(client, diff, manifest)
        check_registry(client, diff, manifest)
    except mlflow.exceptions.MlflowException as error:
        diff.items.append(f"MLflow refused to read the store: {error}")

    runs = sum(len(e["runs"]) for e in manifest["experiments"])
    histories = sum(len(r["metricHistory"]) for e in manifest["experiments"] for r in e["runs"])
    aliases = sum(len(m["aliases"]) for m in manifest["registeredModels"])
    summary = (
        f"{len(manifest['experiments'])} experiments, {runs} runs, {histories} metric histories, "
        f"{len(manifest['registeredModels'])} registered models, {aliases} aliases; {diff.checked} comparisons"
    )
    if diff.items:
        print(f"MLflow {mlflow.__version__} read back something else than the manifest ({summary}):")
        for item in diff.items:
            print(f"  - {item}")
        return 1
    print(f"MLflow {mlflow.__version__} read back exactly the manifest: {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
