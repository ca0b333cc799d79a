Feature: Creating a new EU Login account
  From the EURES stock replies, "Creating a new EU Login account on ECAS website":
  "To create your EU Login credentials, head to the webpage https://webgate.ec.europa.eu/cas/ and
  click on the 'Create an account' link." In the lab, that page is the lab's EU Login.
  Each scenario is a new person with an e-mail address of their own, read in the web mailbox.

  @faq-ACC-01
  Scenario: 'Create an account' opens the form, and a correctly filled form sends an e-mail to verify the address
    Given I am on the EU Login main page
    When I click on the 'Create an account' link
    And I fill in the form provided with my personal details
    And I click on 'Create an account' to proceed
    Then I am told that an e-mail has been sent to the address I provided
    And I receive an e-mail in my mailbox to verify that I have access to it

  @faq-ACC-04
  Scenario: The link in the e-mail invites me to select a password, after which I am authenticated
    Given I have filled in the form to create an account
    When I click the link in the e-mail
    Then I am invited to select a password and to confirm it
    When I type "Eures-Portal-2024" in the 'New password' field and again in the 'Confirm new password' field and click on 'Submit'
    Then I am now authenticated and can proceed to the service I want to use
    And I can sign in with my e-mail address and my new password

  @faq-ACC-04
  Scenario: Confirming the new password catches a mistyped one
    Given I have filled in the form to create an account
    And I have clicked the link in the e-mail
    When I type "Eures-Portal-2024" in the 'New password' field but "Eures-Portal-2042" in the 'Confirm new password' field
    Then I am told that the two passwords do not match

  @faq-ACC-05
  Scenario Outline: A password without <what it lacks> is refused, and the rule is shown
    It must contain at least 10 characters and a combination of upper case (A to Z), lower case
    (a to z), numeric (0 to 9) and special characters.

    Given I have filled in the form to create an account
    And I have clicked the link in the e-mail
    When I choose the password "<password>"
    Then the password is refused, with the rule of at least 10 characters

    Examples:
      | what it lacks          | password          |
      | 10 characters          | Eures-24          |
      | upper case letters     | eures-portal-2024 |
      | lower case letters     | EURES-PORTAL-2024 |
      | numbers                | Eures-Portal-Jobs |
      | special characters     | EuresPortal2024   |

  @faq-ACC-06
  Scenario: The link in the e-mail still works 23 hours and 59 minutes later
    Given I have filled in the form to create an account
    When 23 hours and 59 minutes go by
    And I click the link in the e-mail
    Then I am invited to select a password and to confirm it
    When I choose the password "Eures-Portal-2024"
    Then I am now authenticated and can proceed to the service I want to use

  @faq-ACC-06
  Scenario: After 24 hours the link is refused, with a way to request a new one
    Given I have filled in the form to create an account
    When 24 hours and 1 minute go by
    And I click the link in the e-mail
    Then I am told that the link has expired
    And I am offered to request a new link on the password reset request page
