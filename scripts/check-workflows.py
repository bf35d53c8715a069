#!/usr/bin/env python3
"""Check the structure of GitHub Actions workflow files.

Usage: scripts/check-workflows.py [FILE_OR_FOLDER ...]   (default: .github/workflows)

yamllint checks the YAML syntax and layout; this checks what GitHub Actions needs on top:
the top-level keys, each job's runs-on and steps (or a reusable workflow in uses), each
step's run or uses, needs that name existing jobs without a cycle, needs.<job> and
steps.<id> in expressions that refer to a job or step that exists, and balanced ${{ }}.
Prints one line per problem as FILE: PLACE: MESSAGE and exits with 1 when there is one.
Needs PyYAML (Debian package python3-yaml).
"""

import re
import sys
from pathlib import Path

import yaml

TOP_LEVEL_KEYS = {
    "name", "run-name", "on", "permissions", "env", "defaults", "concurrency", "jobs",
}
EVENTS = {
    "branch_protection_rule", "check_run", "check_suite", "create", "delete", "deployment",
    "deployment_status", "discussion", "discussion_comment", "fork", "gollum",
    "issue_comment", "issues", "label", "merge_group", "milestone", "page_build", "public",
    "pull_request", "pull_request_review", "pull_request_review_comment",
    "pull_request_target", "push", "registry_package", "release", "repository_dispatch",
    "schedule", "status", "watch", "workflow_call", "workflow_dispatch", "workflow_run",
}
JOB_KEYS = {
    "name", "permissions", "needs", "if", "runs-on", "environment", "concurrency", "outputs",
    "env", "defaults", "steps", "timeout-minutes", "strategy", "continue-on-error",
    "container", "services", "uses", "with", "secrets",
}
REUSABLE_JOB_KEYS = {
    "name", "uses", "with", "secrets", "needs", "if", "permissions", "strategy",
    "concurrency",
}
STEP_KEYS = {
    "id", "if", "name", "uses", "run", "shell", "with", "env", "continue-on-error",
    "timeout-minutes", "working-directory",
}
JOB_ID = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")
# owner/repo@ref, owner/repo/path@ref, ./local/path or docker://image.
ACTION_REFERENCE = re.compile(r"^([A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+@[^\s@]+|\./\S+|docker://\S+)$")
EXPRESSION = re.compile(r"\$\{\{(.*?)\}\}", re.DOTALL)


class WorkflowChecker:
    """Collects the problems of one workflow file."""

    def __init__(self, path):
        self.path = path
        self.problems = []

    def report(self, place, message):
        self.problems.append(f"{self.path}: {place}: {message}")

    def check(self):
        try:
            text = self.path.read_text(encoding="utf-8")
            workflow = yaml.safe_load(text)
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
            self.report("file", f"cannot be read as YAML: {error}")
            return self.problems

        if not isinstance(workflow, dict):
            self.report("file", "the top level must be a mapping")
            return self.problems

        # YAML 1.1, which PyYAML follows, reads the key "on" as the boolean True.
        if True in workflow:
            workflow["on"] = workflow.pop(True)
        for key in workflow:
            if key not in TOP_LEVEL_KEYS:
                self.report("top level", f"unknown key '{key}'")

        self.check_events(workflow.get("on"))
        jobs = workflow.get("jobs")
        if not isinstance(jobs, dict) or not jobs:
            self.report("jobs", "missing or empty; a workflow needs at least one job")
        else:
            for job_id, job in jobs.items():
                self.check_job(str(job_id), job, jobs)
            self.check_needs_cycles(jobs)
        self.check_expressions_balanced(text)
        return self.problems

    def check_events(self, events):
        if events is None:
            self.report("on", "missing; name the events that start the workflow")
            return
        if isinstance(events, str):
            names = [events]
        elif isinstance(events, list):
            names = events
        elif isinstance(events, dict):
            names = list(events)
        else:
            self.report("on", "must be an event name, a list or a mapping")
            return
        for name in names:
            if name not in EVENTS:
                self.report("on", f"unknown event '{name}'")

    def check_job(self, job_id, job, jobs):
        place = f"jobs.{job_id}"
        if not JOB_ID.match(job_id):
            self.report(place, "a job id starts with a letter or '_' and contains only "
                        "letters, digits, '-' and '_'")
        if not isinstance(job, dict):
            self.report(place, "must be a mapping")
            return

        if "uses" in job:
            allowed = REUSABLE_JOB_KEYS
            if "steps" in job or "runs-on" in job:
                self.report(place, "a job that calls a reusable workflow (uses) has no "
                            "runs-on and no steps")
        else:
            allowed = JOB_KEYS - {"uses", "with", "secrets"}
            if "runs-on" not in job:
                self.report(place, "missing runs-on (or uses, for a reusable workflow)")
            self.check_steps(place, job.get("steps"))
        for key in job:
            if key not in allowed:
                self.report(place, f"unknown key '{key}'")

        for needed in self.needs_of(job):
            if needed not in jobs:
                self.report(f"{place}.needs", f"'{needed}' is not a job of this workflow")
        self.check_job_references(place, job)

    def check_steps(self, place, steps):
        if not isinstance(steps, list) or not steps:
            self.report(f"{place}.steps", "missing or empty; a job needs at least one step")
            return
        step_ids = set()
        for index, step in enumerate(steps, start=1):
            step_place = f"{place}.steps[{index}]"
            if not isinstance(step, dict):
                self.report(step_place, "must be a mapping")
                continue
            for key in step:
                if key not in STEP_KEYS:
                    self.report(step_place, f"unknown key '{key}'")
            has_run = "run" in step
            has_uses = "uses" in step
            if has_run == has_uses:
                self.report(step_place, "needs exactly one of run and uses")
            if has_run and not isinstance(step["run"], str):
                self.report(step_place, "run must be a string")
            if has_uses and not ACTION_REFERENCE.match(str(step["uses"])):
                self.report(step_place, f"uses '{step['uses']}' is not owner/repo@ref, "
                            "./path or docker://image")
            if "with" in step and not isinstance(step["with"], dict):
                self.report(step_place, "with must be a mapping")
            if "id" in step:
                if step["id"] in step_ids:
                    self.report(step_place, f"step id '{step['id']}' is used twice")
                step_ids.add(step["id"])

    @staticmethod
    def needs_of(job):
        needs = job.get("needs", [])
        return [needs] if isinstance(needs, str) else list(needs or [])

    def check_job_references(self, place, job):
        """Check needs.<job> and steps.<id> inside the job's expressions."""
        needs = set(self.needs_of(job))
        step_ids = {step.get("id") for step in job.get("steps") or [] if isinstance(step, dict)}
        for expression in EXPRESSION.findall("\n".join(strings_in(job))):
            for needed in re.findall(r"\bneeds\.([A-Za-z_][A-Za-z0-9_-]*)", expression):
                if needed not in needs:
                    self.report(place, f"expression uses needs.{needed}, but the job does "
                                f"not list '{needed}' in needs")
            for step_id in re.findall(r"\bsteps\.([A-Za-z_][A-Za-z0-9_-]*)", expression):
                if step_id not in step_ids:
                    self.report(place, f"expression uses steps.{step_id}, but no step has "
                                f"id '{step_id}'")

    def check_needs_cycles(self, jobs):
        visiting, done = set(), set()

        def visit(job_id, chain):
            if job_id in done or job_id not in jobs or not isinstance(jobs[job_id], dict):
                return
            if job_id in visiting:
                self.report("jobs", "needs form a cycle: " + " -> ".join(chain + [job_id]))
                return
            visiting.add(job_id)
            for needed in self.needs_of(jobs[job_id]):
                visit(needed, chain + [job_id])
            visiting.discard(job_id)
            done.add(job_id)

        for job_id in jobs:
            visit(job_id, [])

    def check_expressions_balanced(self, text):
        for number, line in enumerate(text.splitlines(), start=1):
            if line.count("${{") != line.count("}}"):
                self.report(f"line {number}", "unbalanced ${{ }} expression")


def strings_in(value):
    """Yield every string inside a parsed YAML value, keys included."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings_in(key)
            yield from strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings_in(item)


def workflow_files(arguments):
    paths = [Path(argument) for argument in arguments] or [Path(".github/workflows")]
    for path in paths:
        if path.is_dir():
            yield from sorted(list(path.glob("*.yml")) + list(path.glob("*.yaml")))
        else:
            yield path


def main(arguments):
    files = list(workflow_files(arguments))
    if not files:
        print("check-workflows: no workflow file found", file=sys.stderr)
        return 1
    problems = []
    for path in files:
        problems.extend(WorkflowChecker(path).check())
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"check-workflows: {len(files)} file(s), {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
