Feature: HTTP semantics of the resource
  The resource accepts POST only, and every JSON answer says so in its Content-Type: application/json, or for
  an error answer also a JSON-based type such as application/problem+json (the document names no response
  media type); parameters such as charset=UTF-8 are allowed. Besides these scenarios, the Content-Type of
  every JSON answer in every scenario is checked and reported against RM-HTTP-002.

  @RM-HTTP-001
  Scenario Outline: <method> on the resource is not a restore
    Given a restore request from the configured backup
    When it is sent with method <method>
    Then the answer has status 404 or 405

    Examples:
      | method |
      | PUT    |
      | DELETE |
      | PATCH  |

  @RM-HTTP-001
  Scenario: GET on the resource is not a restore
    GET on this path is also "Querying Details About a Backup" (GET .../backups/{backup_id}) for a backup
    named metadata-recovery, which does not exist: an endpoint may answer it as that API answers an unknown id.
    Given a restore request from the configured backup
    When it is sent with method GET
    Then the answer has status 404 or 405, or 400 with an error body

  @RM-HTTP-003
  Scenario Outline: A 405 answer to <method> names the allowed method
    Not GET: on this path it is also "Querying Details About a Backup", which an endpoint may answer with 404.
    An endpoint that answers a method 404 says nothing about Allow: that method's scenario is skipped.
    Given a restore request from the configured backup
    When it is sent with method <method>
    Then a 405 answer names POST in its Allow header

    Examples:
      | method |
      | PUT    |
      | DELETE |
      | PATCH  |

  @RM-HTTP-002
  Scenario Outline: A rejection declares JSON content (<case>)
    Given a restore request from the configured backup
    And the body is changed: <case>
    When the restore request is sent
    Then the answer declares JSON content

    Examples:
      | case                  |
      | body is not JSON      |
      | source is missing     |

  @RM-HTTP-002
  Scenario: A refusal by the gateway declares JSON content
    Given a restore request from the configured backup
    And the request carries no X-Auth-Token
    When the restore request is sent
    Then the answer declares JSON content
