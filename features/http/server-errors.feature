Feature: No request gets a server error
  A 5xx that a client's request causes every time is a defect: the document's 500 is for the server's own
  faults. Every answer of every scenario is checked for it and reported against RM-ROBUST-001. These requests
  are hostile on purpose (the path and query escape bytes that are not UTF-8; the body also lacks source and
  target); each is answered with a client error (4xx).

  @RM-ROBUST-001
  Scenario Outline: A hostile request gets a client error (<case>)
    Given a restore request from the configured backup
    And the request is made hostile: <case>
    When the restore request is sent
    Then the answer is a client error, not a server error

    Examples:
      | case                                       |
      | an invalid UTF-8 escape in the path        |
      | an invalid UTF-8 escape in the query       |
      | a body nested ten thousand levels deep     |
