@needs-restore
Feature: Accepted restores
  A well-formed request that names a backup or a restorable point in time of the source instance,
  and a target instance with its data nodes, is accepted: 202 and a job_id to follow the restore.
  These scenarios start real restores, so against a real endpoint they run only with DDM_ALLOW_RESTORE=true.
  A restore is a job that keeps its target busy: the job of every accepted restore is followed until it ends
  before the next restore is sent, so the target gets one restore at a time. A run spends two restores: one from
  the backup and one to the restore time; the check that a busy target refuses another restore goes beside the
  first (the refused one uses nothing up).

  @RM-ACC-001
  Scenario: Restore metadata from a backup
    While its job runs, a second restore goes to the same target: RM-ACC-004 judges that answer below.

    Given a restore request from the configured backup
    When the restore request is sent, and while its job runs a restore to the configured restore time on the same target
    Then the restore is accepted with a job id

  @RM-ACC-004
  Scenario: A second restore to a target whose restore job still runs
    A restore needs a target that restorable-instances lists as available, and that API names "another action
    running on target" as a reason a target is not. So while the job of an accepted restore runs, the target
    takes no other restore. The refusal may be 400 or 404, as for a target listed as not available, or 409, which
    the status code table gives to a request that conflicts with the current state of a resource. The second
    restore is to the configured restore time, so it is not the same request as the first (an endpoint may answer
    a repeated identical request with the job it already started). The first job is polled once after the second
    answer: when the second restore was accepted but the first job had already ended, the target may have been
    free, and the scenario is skipped with that reason. When "Restore metadata from a backup" did not run, this
    scenario sends both restores itself.

    Given the restore sent to a target while the job of an accepted restore ran there
    Then the request is rejected with status 400, 404 or 409 and an error body

  @RM-ACC-002
  Scenario: Restore metadata to a point in time
    On a real DDM the restore from the backup uses its target up, so this one goes to a second prepared target
    (DDM_SECOND_TARGET_INSTANCE_ID, or the next available one restorable-instances lists); without one, to the first.

    Given a restore request to the configured restore time, to the second target
    When the restore request is sent
    Then the restore is accepted with a job id

  @RM-ACC-003
  Scenario: Every accepted restore gets its own job
    It starts no restore of its own: it compares the restores already accepted in this run (those of the
    scenarios above, and any other). Requests that differ must not share a job_id; identical requests may,
    so an endpoint that answers a repeated identical request with the job it already started is not punished.
    The same rule is checked on every 202 of the run, and reported against RM-ACC-003 where it breaks.

    Then every accepted restore of a different request got a job id no other request got
