Feature: Configure my account
  In My Account, "Configure my account" has four options, in EU Login's words: "I want to receive
  email notifications", "Warn me each time an application asks for my identity", "View my EU Login
  account details after logging me in" and "Always require multi-factor authentication".
  These scenarios answer no FAQ question of their own: the report lists them apart.

  Scenario: Warned each time an application asks for my identity, I let My IntraComm know who I am
    Signed in already, another application would open without a question; with this option, EU
    Login asks first.

    Given I am signed in to "My Remote" with my password and my laptop's own verification
    When I open My Account
    And I choose "Configure my account" in My Account
    And I tick "Warn me each time an application asks for my identity" and submit
    Then I am told that my account has been successfully updated
    When I go to "My IntraComm"
    Then EU Login tells me that "My IntraComm" asks for my identity
    When I continue
    Then "My IntraComm" opens without my signing in again

  Scenario: Multi-factor authentication can be required only once I have a second verification method
    Given I am signed in to My Account
    When I choose "Configure my account" in My Account
    And I tick "Always require multi-factor authentication" and submit
    Then I am told that I must first add a verification method beside my password
