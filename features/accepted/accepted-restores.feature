@needs-restore
Feature: Accepted restores
  A well-formed request that names a backup or a restorable point in time of the source instance,
  and a target instance with its data nodes, is accepted: 202 and a job_id to follow the restore.
  These scenarios start real restores, so against a real endpoint they run only with DDM_ALLOW_RESTORE=true.
  A restore is a job that keeps its target busy: the job of every accepted restore is followed until it ends
  before the next restore is sent, so the target gets one restore at a time.

  @RM-ACC-001
  Scenario: Restore metadata from a backup
    Given a restore request from the configured backup
    When the restore request is sent
    Then the restore is accepted with a job id

  @RM-ACC-002
  Scenario: Restore metadata to a point in time
    Given a restore request to the configured restore time
    When the restore request is sent
    Then the restore is accepted with a job id

  @RM-ACC-003
  Scenario: Every accepted restore gets its own job
    It starts no restore of its own: it compares the restores already accepted in this run (those of the
    scenarios above, and any other). Requests that differ must not share a job_id; identical requests may,
    so an endpoint that answers a repeated identical request with the job it already started is not punished.
    The same rule is checked on every 202 of the run, and reported against RM-ACC-003 where it breaks.

    Then every accepted restore of a different request got a job id no other request got

  @RM-INFO-001
  Scenario: A source naming both a backup and a restore time
    The document says either one needs to be specified and is silent on both: 202 and 400 are both
    conformant, and the suite records which one the endpoint chose.

    Given a restore request naming both the configured backup and the configured restore time
    When the restore request is sent
    Then the answer is either an accepted restore or a rejection with 400, and the suite records which
