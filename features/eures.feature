Feature: The EURES portal signs in with EU Login
  From the EURES stock replies: "Is the password for my EU Login account the same password as my
  EURES portal account? Please note that the EU Login credentials/account is different from the
  EURES Job Mobility Portal account. [...] The password you select for your EU Login credential is
  a new password, that will replace your existing password to the EURES Job Mobility Portal."
  The EURES portal here is the lab's demo of it; it signs in through the lab's EU Login.

  @faq-ACC-15
  Scenario: The EURES portal keeps no password of its own: "Lost your password?" leads to EU Login
    Given I have an EU Login account
    When I go to "EURES portal"
    Then the EURES portal says it keeps no password of its own
    When I choose "Lost your password?" on the EURES portal
    Then I am on EU Login's "Lost your password?" page

  @faq-ACC-15
  Scenario: Signing in to the EURES portal is signing in to EU Login, with the EU Login password
    Given I have an EU Login account with my mobile phone number registered
    When I go to "EURES portal"
    And I choose "Sign in" on the EURES portal
    Then EU Login asks me to sign in for "EURES portal"
    When I sign in with my EU Login password and "Mobile Phone + SMS"
    Then "EURES portal" opens, and shows that I signed in with "Mobile Phone + SMS"
