@needs-restore
Feature: The job of an accepted restore
  A 202 carries the job_id of a task that runs on the target: GET /v3/{project_id}/jobs/{job_id} shows it,
  Running until it is Completed or Failed. The suite follows the job of every accepted restore in the scenario
  that got the 202 (polling with back-off, for at most DDM_JOB_TIMEOUT_S); what goes wrong there is reported
  against these requirements. These scenarios judge the jobs the run has followed, and start a restore of
  their own only when none was accepted before them.

  @RM-JOB-001
  Scenario: The job of an accepted restore is known to the job API
    Given the restores accepted so far in this run, or else a new restore from the configured backup
    Then the job of every accepted restore is known to the job API, with its own id and a documented status

  @RM-JOB-002
  Scenario: The job of an accepted restore ends in time
    Given the restores accepted so far in this run, or else a new restore from the configured backup
    Then the job of every accepted restore ended within DDM_JOB_TIMEOUT_S

  @RM-JOB-003
  Scenario: How each job ended and how long it took
    A Failed job is not a failure of the restore API's contract (the target may not meet the restore's
    preconditions), so it is an observation here, and a warning on the console and in the reports.

    Given the restores accepted so far in this run, or else a new restore from the configured backup
    Then how every job ended and how long it took is recorded
