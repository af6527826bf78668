Feature: Authentication and project scope
  Every request carries the IAM user token in X-Auth-Token, scoped to the project in the path.
  The API gateway answers a missing or invalid token with 401 and a JSON error body; its error_code
  (e.g. APIGW.0301) and error_msg are the gateway's own and are not pinned.

  @RM-AUTH-001
  Scenario: No token
    Given a restore request from the configured backup
    And the request carries no X-Auth-Token
    When the restore request is sent
    Then the request is rejected with status 401 and an error body

  @RM-AUTH-002
  Scenario: An invalid token
    Given a restore request from the configured backup
    And the request carries an X-Auth-Token that is not a valid token
    When the restore request is sent
    Then the request is rejected with status 401 and an error body

  @RM-AUTH-003
  Scenario: A project the token does not belong to
    Given a restore request from the configured backup
    And the project in the path is one the token does not belong to
    When the restore request is sent
    Then the request is rejected with a 4xx status and an error body
