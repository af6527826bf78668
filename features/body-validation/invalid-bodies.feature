Feature: Request body validation
  A request that breaks exactly one rule of the documented body, and is valid in every other way,
  is rejected with 400 Bad request and an error body (string error_code and error_msg, any text).

  Scenario Outline: A body that breaks one rule is rejected with 400 (<case>)
    Given a restore request from the configured backup
    And the body is changed: <case>
    When the restore request is sent
    Then the request is rejected with status 400 and an error body

    @RM-BODY-001
    Examples: The body is not JSON
      | case                  |
      | body is not JSON      |

    @RM-BODY-002
    Examples: The body is JSON but not an object
      | case                  |
      | body is a JSON array  |

    @RM-BODY-003
    Examples: source is missing
      | case                  |
      | source is missing     |

    @RM-BODY-004
    Examples: target is missing
      | case                  |
      | target is missing     |

    @RM-BODY-005
    Examples: source names neither a backup nor a restore time
      | case                                   |
      | source has neither backup nor time     |

    @RM-BODY-006
    Examples: backup_id is empty
      | case                  |
      | backup_id is empty    |

    @RM-BODY-007
    Examples: backup_id is not a string
      | case                      |
      | backup_id is a number     |

    @RM-BODY-008
    Examples: restore_time is not a JSON number
      | case                              |
      | restore_time is a numeric string  |
      | restore_time is a boolean         |

    @RM-BODY-009
    Examples: restore_time is outside any restorable window
      | case                                      |
      | restore_time is zero                      |
      | restore_time is negative                  |
      | restore_time is far in the future         |
      | restore_time is tomorrow                  |
      | restore_time is in January 1970           |
      | restore_time is the valid time in seconds |
      | restore_time is just before the window    |
      | restore_time is just after the window     |

    @RM-BODY-010
    Examples: the target instance_id is missing
      | case                             |
      | target instance_id is missing    |

    @RM-BODY-011
    Examples: data_nodes is missing
      | case                      |
      | data_nodes is missing     |

    @RM-BODY-012
    Examples: data_nodes is not an array
      | case                        |
      | data_nodes is a string      |

    @RM-BODY-013
    Examples: data_nodes is empty
      | case                        |
      | data_nodes is empty         |

    @RM-BODY-014
    Examples: data_nodes holds an item that is not a string
      | case                              |
      | data_nodes holds a number         |
