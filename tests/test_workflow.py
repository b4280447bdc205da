"""The workflow's build job, run the way GitHub runs it: as root in a container, on a checkout
that the runner's own user owns. Each `run:` step of the job, in order, in a clone of this
project (its working tree committed), owned by another user, with a home of its own (so no
`safe.directory` of this machine's helps); `uses:` steps are GitHub's own, and the Test step is
this suite itself. It must end green with a site whose dates are the last commit's, and a pull
request's summary that says what changes for readers."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml
from conftest import ROOT, clone_working_tree

WORKFLOW = ROOT / ".github" / "workflows" / "site.yml"
OTHER_USER = 65534
"""`nobody`: the checkout's owner, as the runner's user owns it in a container job."""
EXPRESSIONS = {
    "github.event.pull_request.base.sha": "HEAD~1",
    "github.event.repository.default_branch": "main",
    "vars.SITE_URL || format('https://{0}.github.io/{1}/', github.repository_owner, github.event.repository.name)":
        "https://newsroom.github.io/factsheet/",
    "github.event_name == 'pull_request'": "true",
}
"""What GitHub would put for each expression the build job uses, in a pull request."""
SKIPPED = {"Test": "the suite this test belongs to"}


def _git(*args: str, cwd: Path, env: dict | None = None) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True, env=env).stdout


def _checkout(target: Path) -> Path:
    """A clone of this project with its working tree as the last commit, owned by another user."""
    clone_working_tree(target)
    for path in [target, *target.rglob("*")]:
        os.lchown(path, OTHER_USER, OTHER_USER)
    return target


def _expand(text: str) -> str:
    def value(match: re.Match) -> str:
        expression = match.group(1).strip()
        assert expression in EXPRESSIONS, f"the test does not know what GitHub puts for ${{{{ {expression} }}}}"
        return EXPRESSIONS[expression]
    return re.sub(r"\$\{\{(.*?)\}\}", value, text)


def _steps() -> list[dict]:
    return yaml.safe_load(WORKFLOW.read_text())["jobs"]["build"]["steps"]


def test_the_build_job_runs_green_as_root_on_a_checkout_another_user_owns(tmp_path):
    assert os.geteuid() == 0, "run as root, as GitHub runs a container job (make test's apt-get needs it too)"
    workspace = _checkout(tmp_path / "workspace")
    home, summary = tmp_path / "home", tmp_path / "summary.md"
    home.mkdir()
    cache = subprocess.run([sys.executable, "-m", "pip", "cache", "dir"], capture_output=True, text=True).stdout.strip()
    env = {"PATH": os.environ["PATH"], "HOME": str(home), "CI": "true", "GITHUB_ACTIONS": "true",
           "GITHUB_WORKSPACE": str(workspace), "GITHUB_STEP_SUMMARY": str(summary),
           "GITHUB_REPOSITORY": "newsroom/factsheet", "GITHUB_EVENT_NAME": "pull_request",
           "PIP_CACHE_DIR": cache or str(home / ".cache" / "pip"), "NO_MKDOCS_2_WARNING": "1"}
    ran = []
    for step in _steps():
        if "run" not in step or step["name"] in SKIPPED:
            continue
        if "if" in step and _expand("${{ " + step["if"] + " }}") != "true":
            continue
        step_env = {**env, **{k: _expand(str(v)) for k, v in step.get("env", {}).items()}}
        result = subprocess.run(["bash", "-e", "-c", step["run"]], cwd=workspace, env=step_env,
                                capture_output=True, text=True)
        assert result.returncode == 0, (
            f"step {step['name']!r} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
        )
        ran.append(step["name"])
    assert "Build the site" in ran and "What changes for readers (the pull request's summary)" in ran
    committed = int(_git("log", "-1", "--format=%ct", cwd=workspace, env=env))
    sitemap = ET.parse(workspace / "site" / "sitemap.xml").getroot()
    dates = {e.text for e in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}lastmod")}
    assert dates == {dt.datetime.fromtimestamp(committed, dt.UTC).date().isoformat()}
    assert summary.read_text().startswith("## What changes for readers")
    page = next((workspace / "site" / "actors").glob("*/index.html")).read_text()
    assert "https://github.com/newsroom/factsheet/blob/main/data/statements/" in page
