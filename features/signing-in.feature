Feature: Signing in to EU Login
  From "How to create an EU Login account": "Sign in by e-mail address: type it and click NEXT
  (not 'Create an account'), then the password and the verification method." And from the EURES
  stock replies: a wrong password gives "Incorrect password supplied", with the way to reset it.
  And from "EU Login for retirees" (HELP-04): "Once the EU Login has been created, the only difference
  between the two types of EU Login [EU Login4Life and the "external" EU Login] is how you change
  mobile number or email address [...] both categories have to change password every 6 months." The
  FAQ does not say how either of them changes the mobile number or the e-mail address: it only names a
  support document, "EULogin4Life: change of mobile number or email address", whose content it does
  not give. So no scenario here shows a difference there; what the FAQ does say, that both change
  their password every 6 months, is shown below for both.

  @faq-SIGN-01
  Scenario: I type my e-mail address, click NEXT, then give my password
    Given I have an EU Login account
    When I sign in with my e-mail address and my password
    Then I am signed in to EU Login

  @faq-SIGN-01
  Scenario: Without a mouse, the keyboard alone signs in
    Each field is reached with Tab, in the order the page reads, and Enter sends the form as NEXT
    and "Sign in" do.

    Given I have an EU Login account
    When I sign in with the keyboard alone: Tab to each field, type, and Enter
    Then I am signed in to EU Login

  @faq-SIGN-06
  Scenario: A wrong password gives "Incorrect password supplied" with the way to reset it
    Given I have an EU Login account
    When I sign in with my e-mail address and the password "Not-my-password-1"
    Then I am told "Incorrect password supplied"
    And I am offered to reset my password

  @faq-SIGN-02
  Scenario: "Welcome back" remembers the e-mail address from the last sign-in on this browser
    Given I have an EU Login account
    And I signed in on this browser before and closed it
    When I come back to EU Login
    Then I am welcomed back with my e-mail address already filled in
    And I can sign in with my password alone

  @faq-SIGN-02
  Scenario: The "different e-mail address" link forgets the remembered address, on my next visit too
    Given I have an EU Login account
    And I signed in on this browser before and closed it
    When I come back to EU Login
    And I click on 'Sign in with a different e-mail address?'
    Then I am asked for my e-mail address again
    When I close my browser and start it again
    And I come back to EU Login
    Then I am asked for my e-mail address again, and the field is empty

  @faq-SIGN-03
  Scenario: After clearing the browser's stored data, the e-mail address must be typed again
    Given I have an EU Login account
    And I signed in on this browser before and closed it
    When I clear the browser's stored data
    And I come back to EU Login
    Then I am asked for my e-mail address again

  @faq-SIGN-04
  Scenario: An old ECAS user name no longer signs in; I am told to use my e-mail address
    Given I have an EU Login account that also had the ECAS user name "rossim"
    When I enter "rossim" on the EU Login main page and click NEXT
    Then I am told that user names no longer sign in and to use my e-mail address instead
    And I can sign in with my e-mail address and my password

  @faq-SIGN-05
  Scenario: After the operator changed my address, only the original address signs in
    Given I have an EU Login account whose address was later changed by the operator to "maria.rossi@ec.europa.eu.example"
    When I enter "maria.rossi@ec.europa.eu.example" on the EU Login main page and click NEXT
    Then I am told that EU Login recognises only the address my account was created with
    And I can sign in with my e-mail address and my password

  @faq-SIGN-07
  Scenario: Too many incorrect passwords in a row lock the account, and it unlocks by itself 15 minutes later
    Given I have an EU Login account
    When I type a wrong password 5 times in a row
    Then I am told that my account is locked and until when
    And even my right password does not sign me in
    And I cannot ask for a new password while it is locked
    When 14 minutes go by
    Then even my right password does not sign me in
    When 1 minute goes by
    Then I can sign in with my e-mail address and my password

  @faq-SIGN-07 @faq-HELP-02
  Scenario: The helpdesk unlocks a locked account in its support console
    Given I have an EU Login account
    And I typed a wrong password 5 times in a row
    And even my right password did not sign me in
    When a support agent looks my account up in the support console
    And the support agent unlocks my account
    Then I can sign in with my e-mail address and my password

  @faq-SIGN-07
  Scenario: Four wrong passwords then the right one: the count starts again
    Given I have an EU Login account
    When I type a wrong password 4 times in a row
    Then I can sign in with my e-mail address and my password

  @faq-SIGN-12
  Scenario Outline: A <kind> whose password is older than 6 months must change it before going on
    Given I am a <kind> whose password was last changed 7 months ago
    When I sign in with my e-mail address and my password
    Then I am asked to change my expired password
    When I choose the new password "Retired-In-2026!"
    Then I am signed in to EU Login
    And I can sign in with my e-mail address and my new password

    Examples:
      | kind          |
      | retiree       |
      | staff member  |

  @faq-SIGN-12 @faq-HELP-04
  Scenario Outline: A <kind> changes the password every 6 months: not the day before, but the day after
    Given I am a <kind> whose password will be 6 months old tomorrow
    When I sign in with my e-mail address and my password
    Then I am signed in to EU Login
    When 2 days go by
    And I close my browser and start it again
    And I sign in with my e-mail address and my password
    Then I am asked to change my expired password
    When I choose the new password "Retired-In-2026!"
    Then I am signed in to EU Login

    Examples:
      | kind                              |
      | retiree with an EU Login4Life     |
      | retiree with an external EU Login |

  @faq-SIGN-12
  Scenario: A self-registered account is not forced to change its password
    Given I am a self-registered user whose password was last changed 7 months ago
    When I sign in with my e-mail address and my password
    Then I am signed in to EU Login
