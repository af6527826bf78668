@needs-restore
Feature: Request forms that real clients send
  A valid restore gets the same answer in every form HTTP lets a client write it: Huawei's SDKs declare
  application/json;charset=UTF-8 (Java) or application/json;charset=utf-8 (Python), and HTTP/2 clients send
  every header name in lower case (field names are case-insensitive, RFC 9110 section 5.1).

  @RM-HTTP-004
  Scenario Outline: A valid restore declared with a charset is accepted (<content type>)
    Given a restore request from the configured backup
    And the request declares Content-Type "<content type>"
    When the restore request is sent
    Then the restore is accepted with a job id

    Examples:
      | content type                    |
      | application/json;charset=utf-8  |
      | application/json;charset=UTF-8  |

  @RM-HTTP-005
  Scenario: A valid restore with header names in lower case is accepted
    Given a restore request from the configured backup
    And the request writes its header names in lower case
    When the restore request is sent
    Then the restore is accepted with a job id

  @RM-HTTP-006
  Scenario: A valid body without Content-Type
    The document requires Content-Type; whether an endpoint still reads the body is recorded.

    Given a restore request from the configured backup
    And the request declares no Content-Type
    When the restore request is sent
    Then the answer is recorded
