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

  @faq-ACC-04
  Scenario: An account created from the EURES portal: once the password is chosen, "Proceed" goes on to the portal
    "You are now authenticated and can proceed to the EURES service. Click on 'Proceed' to do so.
    You will be prompted to 'Sign in to continue'. Type your password again." EU Login keeps the
    service with the link it mails, so "Proceed" goes there even when the link is opened in
    another browser. "You should now proceed and set up the 2-factor authentication, if required
    for the service you want to enter": the EURES portal requires it.

    Given I go to the EURES portal and click on 'Login'
    And I click on the 'Create an account' link
    And I fill in the form provided with my personal details
    And I click on 'Create an account' to proceed
    And I close my browser and start it again
    When I click the link in the e-mail
    And I type "Eures-Portal-2024" in the 'New password' field and again in the 'Confirm new password' field and click on 'Submit'
    Then the page offers 'Proceed' to go on to the EURES portal
    When I click on 'Proceed'
    Then I am prompted to "Sign in to continue" by the EURES portal
    When I type my password and click on 'Sign in'
    Then I am told that the EURES portal requires more than my password
