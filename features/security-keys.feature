@faq-APP-09
Feature: Security Key or Trusted Platform
  From "EU Login for retirees": "Until June 2025, it will still be possible to use a code received
  by SMS to authenticate. After that date, only the options illustrated opposite will be accepted
  by the European Commission. If you have a smartphone, we recommend the EU Login app [...] If you
  cannot use a smartphone but have a PC or laptop, you can opt for the other solutions." One of
  them is "Security Key or Trusted Platform" under "Choose your verification method": a security
  key (a small USB device) or the computer's own verification (Windows Hello, Touch ID), registered
  in My Account.
  In the lab, the security key and the computer's own verification are the browser's virtual
  authenticators: a USB key that answers when touched, and a built-in one that checks the
  person's fingerprint or PIN.

  Scenario: I register my security key in My Account, then sign in with it
    Given I am signed in to My Account
    And I have a USB security key, "Blue USB key", in my computer
    When I choose "Manage my Security Keys and Trusted Platforms" in My Account
    And I click on 'Add a Security Key or Trusted Platform' and name it "Blue USB key"
    And I click on 'Register it' and touch my security key
    Then I am told that my security key is registered and can be used for authenticating
    And "Blue USB key" is listed in my Security Keys and Trusted Platforms
    When I close my browser and start it again
    And I sign in with my password and the verification method "Security Key or Trusted Platform"
    And I click on 'Use my Security Key or Trusted Platform' and touch my security key
    Then I am signed in to EU Login

  @faq-SIGN-14
  Scenario: Without a smartphone, after June 2025, I sign in to My Remote with my laptop's own verification; neither SMS nor the password alone will do
    Given I have an EU Login account with the mobile phone number of a basic phone, and no smartphone
    And my laptop's own verification, "My laptop", is registered to my account
    When I go to "My Remote"
    And I give my e-mail address
    Then "Choose your verification method" offers exactly:
      | Security Key or Trusted Platform |
    When I sign in with my EU Login password and "Security Key or Trusted Platform"
    And I click on 'Use my Security Key or Trusted Platform' and confirm with my fingerprint
    Then "My Remote" opens, and shows that I signed in with "Security Key or Trusted Platform"

  Scenario: A security key I deleted in My Account no longer signs in
    Given I have an EU Login account
    And my USB security keys "Blue USB key" and "Red USB key" are registered to my account
    When I open My Account
    And I choose "Manage my Security Keys and Trusted Platforms" in My Account
    And I click on 'Delete' next to "Blue USB key"
    Then I am told that the key was deleted and can no longer be used to sign in
    And "Blue USB key" is no longer listed, and "Red USB key" still is
    When I take "Red USB key" out of my computer and put "Blue USB key" in
    And I close my browser and start it again
    And I sign in with my password and the verification method "Security Key or Trusted Platform"
    And I click on 'Use my Security Key or Trusted Platform' and touch my security key
    Then I am told that no registered security key or trusted platform answered
    And I am not signed in

  Scenario: A security key that is not registered to my account is refused; my own then signs in
    Given I have an EU Login account
    And my USB security key "Blue USB key" is registered to my account
    When I take "Blue USB key" out of my computer and put another USB security key, "Green USB key", in
    And I close my browser and start it again
    And I sign in with my password and the verification method "Security Key or Trusted Platform"
    And I click on 'Use my Security Key or Trusted Platform' and touch my security key
    Then I am told that no registered security key or trusted platform answered
    And I am not signed in
    When I take "Green USB key" out of my computer and put "Blue USB key" back in
    And I click on 'Use my Security Key or Trusted Platform' and touch my security key
    Then I am signed in to EU Login

  Scenario: PANIC deletes my security keys with my devices
    Given I have an EU Login account
    And my USB security key "Blue USB key" is registered to my account
    When I open My Account
    And I choose "Delete all my devices and eID (PANIC)" in My Account
    Then I am told how many security keys and trusted platforms this deletes: 1
    When I confirm that all my devices are to be deleted
    And I close my browser and start it again
    And I start signing in with my e-mail address
    Then "Choose your verification method" offers exactly:
      | Password |
