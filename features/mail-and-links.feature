Feature: The e-mail and its link
  From the EURES stock replies: "If you do not receive the e-mail, please check your spam or junk
  folder"; a mistyped address can only be fixed by registering again; an initialisation not
  completed in time, or a link that does not work, is solved by requesting a new one on the
  password reset request page. A link that the mail program split over two lines must not fail
  silently. Each scenario reads its mail in the lab's web mailbox.

  @faq-ACC-07
  Scenario: The e-mail went to the junk folder
    Given my mail program puts mail for my address in the junk folder
    When I have filled in the form to create an account
    Then I am told that the e-mail may be in my spam or junk folder
    And my inbox stays empty but the e-mail is in my junk folder
    And the link in the e-mail from the junk folder lets me choose my password

  @faq-ACC-08
  Scenario: A mistyped e-mail address: I register again with the right address
    Given I registered with a mistyped e-mail address
    Then I am told that an e-mail has been sent to the mistyped address
    And I am told that I can simply create an account again with the right address
    But no e-mail arrives in my own mailbox, even after a few minutes
    When I have filled in the form to create an account
    And I click the link in the e-mail
    Then I am invited to select a password and to confirm it

  @faq-ACC-10
  Scenario: Initialisation not completed in time: the password reset request page sends a new link
    Given I have filled in the form to create an account
    And 2 days go by
    When I ask for a new link on the password reset request page
    And I click the link in the password reset e-mail
    And I choose the password "Eures-Portal-2024"
    Then I am now authenticated and can proceed to the service I want to use

  @faq-ACC-11
  Scenario: A link split over two lines by the mail program says it is incomplete, and what to do
    Given I have filled in the form to create an account
    When I open the e-mail in a mail program that wraps lines
    And I click the part of the link that stayed a link
    Then I am told that the link is incomplete because the mail program may have split it
    And I am offered to request a new link on the password reset request page

  @faq-ACC-11
  Scenario: A link already used does not work a second time, and a new one can be requested
    Given I have filled in the form to create an account
    And I have clicked the link in the e-mail
    And I choose the password "Eures-Portal-2024"
    When I click the link in the e-mail again
    Then I am told that the link has already been used
    And I am offered to request a new link on the password reset request page

  @faq-ACC-01
  Scenario: The mail server is down when I register: the mail arrives once it is back
    Given the mail server refuses mail for a while
    When I have filled in the form to create an account anyway
    Then I am told that the e-mail could not be sent yet and how to get a new link
    When the mail server accepts mail again
    And 1 minute goes by
    Then I receive an e-mail in my mailbox to verify that I have access to it

  @faq-ACC-12
  Scenario: After creation only the password is available, and a service that requires more asks for a second factor
    Given I have created my account and chosen my password
    When I sign in again
    Then the only verification method offered is "Password"
    When I sign in to a service that requires a second factor
    Then I am told that this application requires more than my password and how to add a method
