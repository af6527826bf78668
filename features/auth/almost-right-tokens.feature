Feature: Credentials that are almost right
  A token that is nearly the configured one is still not a valid token. The altered tokens are made from the
  configured one and are never printed (the reports mask them like the token itself).

  @RM-AUTH-002
  Scenario Outline: A token that is almost right (<alteration>)
    Given a restore request from the configured backup
    And the request carries the configured token <alteration>
    When the restore request is sent
    Then the request is rejected with status 401 and an error body

    Examples:
      | alteration                           |
      | with its last characters changed     |
      | cut short                            |
      | with its letter case changed         |
      | with one character added at its end |
