Feature: Unknown identifiers
  A well-formed request naming an instance, backup or data node that does not exist is rejected.
  The document lists 400; a service may also answer 404 for a missing resource. Both are conformant.
  The unknown identifiers are made up afresh for every run.

  @RM-ID-001
  Scenario: The source instance in the path does not exist
    Given a restore request from the configured backup
    And the source instance in the path is one that does not exist
    When the restore request is sent
    Then the request is rejected with status 400 or 404 and an error body

  @RM-ID-002
  Scenario: The backup does not exist
    Given a restore request from a backup that does not exist
    When the restore request is sent
    Then the request is rejected with status 400 or 404 and an error body

  @RM-ID-003
  Scenario: The target instance does not exist
    Given a restore request from the configured backup
    And the target instance is one that does not exist
    When the restore request is sent
    Then the request is rejected with status 400 or 404 and an error body

  @RM-ID-004
  Scenario: A target data node does not exist
    Given a restore request from the configured backup
    And the target data nodes are the configured ones plus one that does not exist
    When the restore request is sent
    Then the request is rejected with status 400 or 404 and an error body

  @RM-ID-004
  Scenario: A target data node is an empty string
    Given a restore request from the configured backup
    And the target data nodes are the configured ones plus an empty one
    When the restore request is sent
    Then the request is rejected with status 400 or 404 and an error body

  @RM-ID-005
  Scenario: The backup exists but is not usable
    The backups API lists each backup with its status: only a normal backup can be restored. A backup of the
    source instance that is being created, failed or was deleted is found through that API; when it lists none,
    the scenario is skipped with that reason.

    Given a restore request naming a backup of the source instance that is not usable
    When the restore request is sent
    Then the request is rejected with status 400, 404 or 409 and an error body

  @RM-ID-006
  Scenario: The target instance exists but is not available for restoration
    The document says the target is obtained from the instances that can be used for restoration; that API lists
    each candidate with available true or false. A candidate listed as not available (other than the configured
    target) is found through it; when it lists none, the scenario is skipped with that reason.

    Given a restore request naming a target the restorable instances list as not available
    When the restore request is sent
    Then the request is rejected with status 400, 404 or 409 and an error body

  @RM-ID-007
  Scenario: The target instance is the source instance itself
    Metadata is restored to a new DDM instance, one of those restorable-instances offers; the source instance,
    whose backup or point in time is restored, is neither.

    Given a restore request from the configured backup
    And the target instance is the source instance
    When the restore request is sent
    Then the request is rejected with status 400, 404 or 409 and an error body

  @RM-ID-008
  Scenario: A target data node exists but is not available for restoration
    The document says the target data nodes are obtained from the data nodes available to restore to; that API
    lists each candidate with available true or false. A candidate listed as not available (other than the
    configured ones) is found through it and added to the configured nodes; when it lists none, the scenario is
    skipped with that reason.

    Given a restore request naming a target data node the restorable data nodes list as not available
    When the restore request is sent
    Then the request is rejected with status 400, 404 or 409 and an error body

  Scenario Outline: What the related APIs list as not usable here is refused (<fact>)
    The lists discovery reads also say what this restore cannot use. Each such item, found through them, is named
    in an otherwise valid request; when the lists offer none, the scenario is skipped with that reason.

    Given a restore request naming <fact>
    When the restore request is sent
    Then the request is rejected with status 400, 404 or 409 and an error body

    @RM-ID-009
    Examples: A backup that the backups API lists under another instance
      | fact                                |
      | a backup of another instance        |

    @RM-ID-010
    Examples: A restore time between two restorable intervals
      | fact                                                       |
      | a restore time in a gap between two restorable intervals |

    @RM-ID-011
    Examples: A source data node where a target data node belongs
      | fact                                              |
      | a source data node offered as a target data node |
