@needs-restore
Feature: One restore at a time on a target
  A restore needs a target that restorable-instances lists as available, and that API names "another action
  running on target" as a reason a target is not. So while the job of an accepted restore runs, the target
  takes no other restore. The refusal may be 400 or 404, as for a target listed as not available, or 409, which
  the status code table gives to a request that conflicts with the current state of a resource. This costs one restore on a conformant endpoint (two on one that breaks the rule),
  so against a real endpoint it runs only with DDM_ALLOW_RESTORE=true.

  @RM-ACC-004
  Scenario: A second restore to a target whose restore job still runs
    The second restore is to the configured restore time, so it is not the same request as the first (an
    endpoint may answer a repeated identical request with the job it already started). The first job is polled
    once after the second answer: when the second restore was accepted but the first job had already ended, the
    target may have been free, and the scenario is skipped with that reason. Both jobs are followed to their end.

    Given a restore request from the configured backup
    When the restore request is sent, and right after it a restore to the configured restore time on the same target
    Then the request is rejected with status 400, 404 or 409 and an error body
